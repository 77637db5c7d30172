package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/driver"
	"github.com/rcperm/rcperm/permissions"
)

// explain says what a permission grants and, given packages, lists every
// call that needs it, each with its chain of wrappers down to the request,
// and the subscriptions' filters and transports that need it: why the app
// needs it. Given a user permission (FullCompanyCallLog), it lists the
// calls whose user needs it. With -unfollowed it lists the routes rcperm
// sees but cannot follow to a request instead.
var explain = &command{
	name: "explain",
	args: "[flags] [packages]",
	doc: "Prints what PERMISSION grants: the operations that need it, the permissions it includes and that include it,\n" +
		"and whether RingCentral must approve it; with packages, then every call that needs it, with the calls down to the request.\n" +
		"rcperm explain -unfollowed [flags] [packages] lists instead the RingCentral routes in the code\n" +
		"that rcperm cannot follow to a request: where its least-privilege advice stops.\n" +
		"rcperm explain -unresolved [flags] [packages] lists the requests whose operation rcperm cannot tell.",
	operand:      "PERMISSION",
	operandFlags: []string{"unfollowed", "unresolved"},
	flags: func(fs *flag.FlagSet) func(*invocation) int {
		unfollowed := fs.Bool("unfollowed", false, "list the routes rcperm cannot follow to a request, in place of PERMISSION")
		unresolved := fs.Bool("unresolved", false, "list the requests whose RingCentral operation rcperm cannot tell, in place of PERMISSION")
		return func(inv *invocation) int {
			if *unresolved {
				run, err := inv.analyze()
				if err != nil {
					return inv.fail(err)
				}
				writeUnresolved(os.Stdout, run)
				return 0
			}
			if *unfollowed {
				run, err := inv.analyze()
				if err != nil {
					return inv.fail(err)
				}
				writeUnfollowed(os.Stdout, run)
				return 0
			}
			perm := permissions.Permission(inv.operand)
			if !permissions.Known(perm) && !permissions.KnownUserPermission(inv.operand) {
				fail("explain: %s", permissions.UnknownPermission(inv.operand))
				return 2
			}
			if permissions.Known(perm) {
				writePermission(os.Stdout, perm)
			} else {
				fmt.Fprintf(os.Stdout, "%s: a user permission: the role of the user the app runs as must grant it, or RingCentral answers 403 CMN-408\n", perm)
			}
			if len(inv.patterns) == 0 {
				return 0
			}
			fmt.Fprintf(os.Stdout, "\ncalls that need %s:\n", perm)
			run, err := inv.analyze()
			if err != nil {
				return inv.fail(err)
			}
			writeExplanation(os.Stdout, run, perm)
			return 0
		}
	},
}

// writePermission says what perm is: its description, whether RingCentral
// must approve it, the permissions it includes and that include it, and
// the operations that need it.
func writePermission(w io.Writer, perm permissions.Permission) {
	info, _ := permissions.Describe(perm)
	fmt.Fprintf(w, "%s: %s\n", perm, info.Description)
	if info.OnRequest {
		fmt.Fprintln(w, "RingCentral's review: needed; request it for the app in the Developer Console")
	} else {
		fmt.Fprintln(w, "RingCentral's review: not needed")
	}
	var includes, includedBy []string
	for _, other := range permissions.All() {
		switch {
		case other.Name == perm:
		case permissions.Includes(perm, other.Name):
			includes = append(includes, string(other.Name))
		case permissions.Includes(other.Name, perm):
			includedBy = append(includedBy, string(other.Name))
		}
	}
	fmt.Fprintf(w, "includes: %s\n", listOrNone(includes))
	fmt.Fprintf(w, "included in: %s\n", listOrNone(includedBy))
	var rows [][]string
	for _, op := range permissions.Operations() {
		if op.Requires.Has(perm) {
			rows = append(rows, []string{"  " + op.Method, op.Path, op.ID})
		}
	}
	fmt.Fprintf(w, "operations that need it (%d):\n", len(rows))
	writeRows(w, rows, func(string) bool { return true })
}

func listOrNone(names []string) string {
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

// writeExplanation lists the requests of the run that need perm.
func writeExplanation(w io.Writer, run *driver.Run, perm permissions.Permission) {
	reqs := run.Requests()
	slices.SortStableFunc(reqs, func(a, b analyzer.Request) int {
		return driver.ComparePositions(run.Fset.Position(a.Pos), run.Fset.Position(b.Pos))
	})
	n := 0
	for _, req := range reqs {
		if !req.Requires.Has(perm) {
			continue
		}
		n++
		fmt.Fprintf(w, "%s: %s needs %s\n", shownPath(run.Fset.Position(req.Pos).String()), operationNames(req), req.Requires)
		writeChain(w, req)
	}
	n += writeSubscriptionExplanation(w, run, perm)
	n += writeUserExplanation(w, run, string(perm))
	if n == 0 {
		fmt.Fprintf(w, "no call needs %s\n", perm)
	}
}

// writeChain lists the calls from a request's call down to the request.
func writeChain(w io.Writer, req analyzer.Request) {
	for _, step := range req.Chain[1:] {
		fmt.Fprintf(w, "\tvia %s at %s:%d:%d\n", step.Call, shownPath(step.File), step.Line, step.Col)
	}
}
