package analyzer

import (
	"fmt"
	"strings"

	"github.com/rcperm/rcperm/permissions"
)

// grantHint says where to grant what a request lacks, for the message of a
// missing-permission finding: RingCentral checks the app's permissions in
// the Developer Console, and rcperm.yaml is rcperm's copy of them, so
// granting in only one of the two either still fails at run time or still
// fails the check. what names the permissions, such as "ReadCallLog".
func (g *grants) grantHint(what string) string {
	hint := fmt.Sprintf("; grant %s in the RingCentral Developer Console (what RingCentral checks) and in %s", what, g.source)
	if g.path != "" && len(g.entries) > 0 && g.entries[0].Line > 0 {
		hint += fmt.Sprintf(" at line %d", g.entries[0].Line)
	}
	return hint
}

// permissionNames names the permissions of s for a sentence: "A", "A and B".
func permissionNames(s permissions.Set) string {
	var names []string
	for _, p := range s.Permissions() {
		names = append(names, string(p))
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
