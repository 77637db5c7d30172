package main

import (
	"cmp"
	"fmt"
	"go/token"
	"io"
	"slices"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/driver"
)

// userNeed is one request whose operation needs a user permission of the
// role of the user the app runs as (RingCentral's CMN-408 check).
type userNeed struct {
	permission string
	req        analyzer.Request
	pos        token.Position
	where      string // pos, relative to the working directory
}

// userNeeds returns the requests of the run whose one operation needs a
// user permission, by permission and place.
func userNeeds(run *driver.Run) []userNeed {
	var out []userNeed
	for _, req := range run.Requests() {
		if len(req.Operations) != 1 || req.Operations[0].UserPermission == "" {
			continue
		}
		pos := run.Fset.Position(req.Pos)
		out = append(out, userNeed{req.Operations[0].UserPermission, req, pos, shownPath(pos.String())})
	}
	slices.SortStableFunc(out, func(a, b userNeed) int {
		return cmp.Or(strings.Compare(a.permission, b.permission), driver.ComparePositions(a.pos, b.pos))
	})
	return out
}

// writeUserComments ends a manifest with the user permissions the code
// needs, as comments: rcperm checks them only when the manifest declares
// the role's user-permissions, which only the app's author knows.
//
// With stable, each place is named by its file only (see writeManifest).
func writeUserComments(w io.Writer, run *driver.Run, stable bool) {
	needs := userNeeds(run)
	if len(needs) == 0 {
		return
	}
	// An operation that takes any of several user permissions ("A OR B")
	// is declared by its first: the note says the others would do.
	var names, others []string
	shown := 0
	for i, n := range needs {
		if i == 0 || n.permission != needs[i-1].permission {
			alternatives := n.req.Operations[0].UserPermissionAlternatives()
			names, shown = append(names, alternatives[0]), 0
			for _, alt := range alternatives[1:] {
				others = append(others, fmt.Sprintf("%s for %s", alt, alternatives[0]))
			}
		}
		if shown++; shown <= maxUsesShown {
			where := "at " + n.where
			if stable {
				where = "in " + shownPath(n.pos.Filename)
			}
			fmt.Fprintf(w, "# the user this app runs as needs: %s for %s %s\n", n.permission, n.req.Operations[0].ID, where)
		}
	}
	fmt.Fprintf(w, "# To check the role of that user too (403 CMN-408), declare what it grants:\n# user-permissions: [%s]\n", strings.Join(names, ", "))
	if len(others) > 0 {
		fmt.Fprintf(w, "# (or, as the role grants: %s)\n", strings.Join(others, ", "))
	}
}

// writeUserExplanation lists the requests whose operation needs the user
// permission name, and returns how many.
func writeUserExplanation(w io.Writer, run *driver.Run, name string) int {
	n := 0
	for _, u := range userNeeds(run) {
		if !slices.Contains(u.req.Operations[0].UserPermissionAlternatives(), name) {
			continue
		}
		n++
		fmt.Fprintf(w, "%s: %s needs the user permission %s (403 CMN-408 without it)\n", u.where, operationNames(u.req), u.permission)
		writeChain(w, u.req)
	}
	return n
}
