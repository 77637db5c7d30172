package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"sort"
	"strings"
)

// The generated Go SDK for RingCentral ships the spec it was generated from.
// Many of its methods call routes that today's spec no longer has (Glip under
// /restapi/v1.0/glip, the legacy /ringout) but that RingCentral still serves
// and guards with a permission; this spec is the public record of those
// permissions.
const (
	legacyModule   = "github.com/grokify/go-ringcentral-client@v0.3.25"
	legacySpecFile = "office/v1/client/api/openapi.yaml"
)

// retiredPermissions are legacy permission names with no successor in
// RingCentral's list of permissions (permissions.tsv): no app can be
// granted them today, so their routes cannot be checked as served ones and
// are left out (a call to one is an unknown operation).
var retiredPermissions = map[string]bool{
	"NumberLookup": true, // number-pool/lookup and number-pool/reserve
}

// renamedPermissions maps the permission names of the legacy spec that
// RingCentral has since renamed to today's names (permissions.tsv). Every
// other name of the legacy spec is one of today's.
var renamedPermissions = map[string]string{
	// Glip became Team Messaging: today's /team-messaging routes, which
	// replaced /restapi/v1.0/glip, need TeamMessaging, and RingCentral
	// answers a legacy Glip call without it with "application needs to have
	// [TeamMessaging] permission".
	"Glip": "TeamMessaging",
	// The legacy spec writes the OAuth scope in snake case on one operation
	// (renewSubscription); the scope is SubscriptionWebhook.
	"webhook_subscription": "SubscriptionWebhook",
}

// retiredGlipPermissions are permissions the Glip sources name that no app
// can be granted today and that have no successor in permissions.tsv:
// routes needing them are left out, so a call to one is an unknown
// operation rather than one that needs nothing.
var retiredGlipPermissions = map[string]bool{
	"GlipInternal": true, // chats/{chatId}/read and /unread: RingCentral's own clients'
}

// GenerateLegacy turns the legacy spec, and the Glip routes of more
// sources, into the legacy operation table, legacy_operations.tsv: the
// operations that no operation of the current table answers (see answers).
// current is the generated operations.tsv; source names where spec came
// from.
//
// A route of the glip sources is added when the legacy spec lacks its method
// and path. Its permission is the source's (under today's name), else that
// of its current equivalent (see equivalent); a route with neither, or
// with a retired permission, is left out. Every Glip route names its
// current equivalent, where there is one.
func GenerateLegacy(spec, current []byte, source string, glip ...glipSource) ([]byte, error) {
	rows, err := readOperations(spec)
	if err != nil {
		return nil, err
	}
	var currentRoutes [][]string // method, then path segments
	var currentOps []currentOp
	for i, line := range strings.Split(string(current), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 {
			return nil, fmt.Errorf("current table, line %d: want method, path, operationId, app permission and more, tab separated", i+1)
		}
		currentRoutes = append(currentRoutes, append([]string{f[0]}, strings.Split(f[1], "/")...))
		currentOps = append(currentOps, currentOp{f[0], f[1], f[2], undashGen(f[3]), strings.Split(paramsBlank(f[1]), "/")})
	}
	type out struct {
		method, path, id, app, user, sourceApp, from string
		equiv                                        *currentOp
	}
	var outs []out
	ids := map[string]bool{}
	have := map[string]bool{} // method and path, parameters blank
	for _, r := range rows {
		if answers(currentRoutes, append([]string{r.method}, strings.Split(r.path, "/")...)) {
			continue
		}
		if err := r.checkID(); err != nil {
			return nil, err
		}
		if retiredPermissions[r.op.AppPermission] {
			continue
		}
		app := r.op.AppPermission
		if renamed, ok := renamedPermissions[app]; ok {
			app = renamed
		}
		outs = append(outs, out{r.method, r.path, r.op.OperationID, app, r.op.UserPermission, r.op.AppPermission, "spec",
			equivalent(currentOps, r.method, r.path)})
		ids[r.op.OperationID] = true
		have[r.method+" "+paramsBlank(r.path)] = true
	}
	for i, src := range glip {
		for _, g := range src.routes {
			key := g.method + " " + paramsBlank(g.path)
			if have[key] || !strings.HasPrefix(g.path, legacyGlip) || retiredGlipPermissions[g.permission] ||
				answers(currentRoutes, append([]string{g.method}, strings.Split(g.path, "/")...)) {
				continue
			}
			eq := equivalent(currentOps, g.method, g.path)
			app := g.permission
			if renamed, ok := renamedPermissions[app]; ok {
				app = renamed
			}
			if app == "" && eq != nil {
				app = eq.permission
			}
			if app == "" {
				continue // nothing says what it needs: unknown, not free
			}
			id := g.id
			if id == "" || ids[id] {
				id = camelID(g.method, g.path)
			}
			if ids[id] {
				return nil, fmt.Errorf("%s: %s %s: operationId %s twice", src.from, g.method, g.path, id)
			}
			outs = append(outs, out{g.method, g.path, id, app, g.user, g.permission, fmt.Sprintf("glip%d", i+1), eq})
			ids[id] = true
			have[key] = true
		}
	}
	sort.SliceStable(outs, func(i, j int) bool {
		if outs[i].path != outs[j].path {
			return outs[i].path < outs[j].path
		}
		return outs[i].method < outs[j].method
	})
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Code generated by permissions/internal/gen from the OpenAPI spec %s of %s (sha256 %x). DO NOT EDIT.\n",
		legacySpecFile, source, sha256.Sum256(spec))
	for i, src := range glip {
		fmt.Fprintf(&b, "# glip%d: the Glip routes of %s (sha256 %x).\n", i+1, src.from, src.sha256)
	}
	b.WriteString("# Operations of those sources whose method and path no operation of operations.tsv has: routes RingCentral\n")
	b.WriteString("# still serves but no longer documents. source: spec, or the glip source the row comes from.\n")
	b.WriteString("# source_app_permission: the source's x-app-permission as it spells it. app_permission: today's name of\n")
	b.WriteString("# it, or else that of the route's current equivalent. current: the operationId of the current equivalent\n")
	b.WriteString("# of a /restapi/v1.0/glip route, the same method at /team-messaging/v1 (groups renamed chats). operationId:\n")
	b.WriteString("# the source's; where it gives none, or one already taken, method and path in camel case.\n")
	b.WriteString("# method\tpath\toperationId\tapp_permission\tuser_permission\tsource_app_permission\tcurrent\tsource\n")
	for _, o := range outs {
		eq := ""
		if o.equiv != nil {
			eq = o.equiv.id
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", o.method, o.path, o.id,
			dash(o.app), dash(o.user), dash(o.sourceApp), dash(eq), o.from)
	}
	return b.Bytes(), nil
}

func undashGen(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// answers reports whether a current route answers the legacy one: same
// method and, segment by segment, the same literal, or a parameter in the
// current route, which Lookup matches first. A legacy parameter stands for
// an ID, not for a current literal.
func answers(current [][]string, legacy []string) bool {
	for _, c := range current {
		if len(c) == len(legacy) && segmentsAnswer(c, legacy) {
			return true
		}
	}
	return false
}

func segmentsAnswer(current, legacy []string) bool {
	for i, seg := range current {
		if seg != legacy[i] && !isParam(seg) {
			return false
		}
	}
	return true
}

func isParam(seg string) bool {
	return strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}")
}
