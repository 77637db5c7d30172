package permissions

import (
	_ "embed"
	"fmt"
	"iter"
	"sort"
	"strings"
	"sync"
)

// Permission is an app permission as RingCentral spells it in OAuth scopes
// and in the Developer Console, for example "ReadCallLog".
type Permission string

// Info describes one app permission.
type Info struct {
	Name Permission
	// Includes lists the permissions this one grants as well, directly.
	Includes []Permission
	// OnRequest is true when RingCentral must approve the permission for an
	// app before the Developer Console offers it.
	OnRequest   bool
	Description string
}

//go:embed permissions.tsv
var permissionsTSV string

type registry struct {
	infos  []Info
	byName map[Permission]int
	// closure[i] is the set of permissions index i grants: itself and all
	// it includes, transitively.
	closure []Set
}

var loadRegistry = sync.OnceValue(func() *registry {
	r, err := parseRegistry(permissionsTSV)
	if err != nil {
		panic("permissions: embedded permissions.tsv: " + err.Error())
	}
	return r
})

func parseRegistry(text string) (*registry, error) {
	r := &registry{byName: map[Permission]int{}}
	var includes [][]string
	for n, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("line %d: want 4 tab-separated fields, have %d", n+1, len(f))
		}
		name := Permission(f[0])
		if _, dup := r.byName[name]; dup {
			return nil, fmt.Errorf("line %d: %s listed twice", n+1, name)
		}
		r.byName[name] = len(r.infos)
		r.infos = append(r.infos, Info{Name: name, OnRequest: f[2] == "yes", Description: f[3]})
		var inc []string
		if f[1] != "-" {
			inc = strings.Split(f[1], ",")
		}
		includes = append(includes, inc)
	}
	if len(r.infos) > maxPermissions {
		return nil, fmt.Errorf("%d permissions: Set holds at most %d", len(r.infos), maxPermissions)
	}
	for i, inc := range includes {
		for _, name := range inc {
			j, ok := r.byName[Permission(name)]
			if !ok {
				return nil, fmt.Errorf("%s includes unknown permission %s", r.infos[i].Name, name)
			}
			r.infos[i].Includes = append(r.infos[i].Includes, r.infos[j].Name)
		}
	}
	// Transitive closure by repeated relaxation: the graph is tiny.
	r.closure = make([]Set, len(r.infos))
	for i := range r.infos {
		r.closure[i] = 1 << i
	}
	for changed := true; changed; {
		changed = false
		for i, info := range r.infos {
			c := r.closure[i]
			for _, inc := range info.Includes {
				c |= r.closure[r.byName[inc]]
			}
			if c != r.closure[i] {
				r.closure[i], changed = c, true
			}
		}
	}
	return r, nil
}

// All returns every known permission, sorted by name.
func All() []Info {
	r := loadRegistry()
	out := append([]Info(nil), r.infos...)
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Known reports whether p is a RingCentral app permission.
func Known(p Permission) bool {
	_, ok := loadRegistry().byName[p]
	return ok
}

// Describe returns what rcperm knows of p.
func Describe(p Permission) (Info, bool) {
	r := loadRegistry()
	i, ok := r.byName[p]
	if !ok {
		return Info{}, false
	}
	return r.infos[i], true
}

// Nearest returns the known permission a misspelled name most likely meant
// (for "did you mean" messages), or "" when none is close. Names that share
// more words with name come first ("Fax" means Faxes, "SendSMS" means SMS,
// not AI or A2PSMS, which fewer edits reach), then names fewer edits away.
// A name is close when it is few edits away, or has every word of name.
// The name spelled with spaces ("A2P SMS") is the name itself.
func Nearest(name string) Permission {
	return Permission(nearestName(name, func(yield func(string) bool) {
		for _, info := range loadRegistry().infos {
			if !yield(string(info.Name)) {
				return
			}
		}
	}))
}

// nearestName is the name of names that name most likely meant, as
// Nearest ranks them; "" when none is near.
func nearestName(name string, names iter.Seq[string]) string {
	limit := len(name)/2 + 2
	words := nameWords(name)
	squashed := strings.Join(words, "")
	best, bestShared, bestDist := "", 0, 0
	for candidate := range names {
		d := editDistance(squashed, strings.ToLower(candidate))
		if d == 0 {
			return candidate
		}
		shared := sharedWords(words, nameWords(candidate))
		if d >= limit && (shared == 0 || shared < len(words)) {
			continue
		}
		if best == "" || shared > bestShared || shared == bestShared && d < bestDist {
			best, bestShared, bestDist = candidate, shared, d
		}
	}
	return best
}

// Includes reports whether granting p also grants q (p == q included).
func Includes(p, q Permission) bool {
	r := loadRegistry()
	i, ok := r.byName[p]
	j, ok2 := r.byName[q]
	return ok && ok2 && r.closure[i]&(1<<j) != 0
}
