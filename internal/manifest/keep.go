package manifest

import (
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/rcperm/rcperm/internal/clip"
	"github.com/rcperm/rcperm/permissions"
)

// keepKey lists grants the app keeps on purpose, though no code rcperm
// checks needs them: a permission used by a process outside the
// repository, such as a script or another service with the same app's
// credentials. Each says why:
//
//	keep:
//	  - permission: ReadAccounts
//	    reason: the nightly export job, in another repository, reads accounts
//
// rcperm reports no unused-permission for a kept grant, and reports a keep
// whose permission the manifest does not grant (see checkKept).
const keepKey = "keep"

// keepExample shows an item of keep in messages.
const keepExample = "{permission: ReadAccounts, reason: \"the nightly export job uses it\"}"

// A keepItem is one item of keep, until the grants are all read.
type keepItem struct {
	perm   permissions.Permission
	reason string
	node   *yaml.Node
}

// keep reads the keep list.
func (p *manifestParser) keep(v *yaml.Node) error {
	if v.Kind != yaml.SequenceNode {
		return p.errAtNode(v, "keep is %s, want a list such as [%s]", describe(v), keepExample)
	}
	seen := map[permissions.Permission]*yaml.Node{}
	for _, item := range v.Content {
		if item.Kind != yaml.MappingNode {
			return p.errAtNode(item, "keep item is %s, want %s", describe(item), keepExample)
		}
		k := keepItem{node: item}
		for i := 0; i+1 < len(item.Content); i += 2 {
			key, val := item.Content[i], item.Content[i+1]
			switch {
			case key.Value == "permission" && isString(val):
				k.perm = permissions.Permission(val.Value)
			case key.Value == "reason" && isString(val):
				k.reason = strings.TrimSpace(val.Value)
			case key.Value == "permission" || key.Value == "reason":
				return p.errAtNode(val, "keep item's %s is %s, want a string", key.Value, describe(val))
			default:
				return p.errAtNode(key, "unknown key %q in a keep item: want permission and reason, as in %s", clip.String(key.Value), keepExample)
			}
		}
		switch {
		case k.perm == "":
			return p.errAtNode(item, "keep item without a permission: want %s", keepExample)
		case k.reason == "":
			return p.errAtNode(item, "keep %s without a reason: say why the app keeps it, as in %s", k.perm, keepExample)
		}
		if _, unknown := permissions.SetOf(k.perm); len(unknown) > 0 {
			return p.errAtNode(item, "keep: %s", permissions.UnknownPermission(string(k.perm)))
		}
		if first, dup := seen[k.perm]; dup {
			return p.errAtNode(item, "keep lists %s twice: first at line %d, keep one", k.perm, first.Line)
		}
		seen[k.perm] = item
		p.kept = append(p.kept, k)
	}
	return nil
}

// checkKept marks the kept grants, once every grant is read, and rejects
// a keep that has gone stale: its permission is no longer granted, so the
// reason it gives no longer describes the app.
func (p *manifestParser) checkKept() error {
	for _, k := range p.kept {
		e, granted := p.seen[k.perm]
		if !granted {
			return p.errAtNode(k.node, "keep %s, which the manifest does not grant: remove it from keep, or grant it", k.perm)
		}
		for i := range p.m.Entries {
			if p.m.Entries[i] == e {
				p.m.Entries[i].Kept = k.reason
			}
		}
	}
	return nil
}
