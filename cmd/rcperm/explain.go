package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/rcperm/rcperm/internal/driver"

	"github.com/rcperm/rcperm/permissions"
)

// explain lists every call that needs a permission, each with its chain
// of wrappers down to the request: why the app needs it. With -unfollowed
// it lists the routes rcperm sees but cannot follow to a request instead.
var explain = &command{
	name: "explain",
	args: "[flags] [packages]",
	doc: "Lists every call that needs PERMISSION, with the calls down to the request.\n" +
		"rcperm explain -unfollowed [flags] [packages] lists instead the RingCentral routes in the code\n" +
		"that rcperm cannot follow to a request: where its least-privilege advice stops.",
	operand:     "PERMISSION",
	operandFlag: "unfollowed",
	flags: func(fs *flag.FlagSet) func(*invocation) int {
		unfollowed := fs.Bool("unfollowed", false, "list the routes rcperm cannot follow to a request, in place of PERMISSION")
		return func(inv *invocation) int {
			if *unfollowed {
				run, err := inv.analyze()
				if err != nil {
					return inv.fail(err)
				}
				writeUnfollowed(os.Stdout, run)
				return 0
			}
			perm := permissions.Permission(inv.operand)
			if !permissions.Known(perm) {
				fail("explain: %s", permissions.UnknownPermission(inv.operand))
				return 2
			}
			run, err := inv.analyze()
			if err != nil {
				return inv.fail(err)
			}
			writeExplanation(os.Stdout, run, perm)
			return 0
		}
	},
}

// writeExplanation lists the requests of the run that need perm.
func writeExplanation(w io.Writer, run *driver.Run, perm permissions.Permission) {
	reqs := run.Requests()
	sort.SliceStable(reqs, func(i, j int) bool {
		return run.Fset.Position(reqs[i].Pos).String() < run.Fset.Position(reqs[j].Pos).String()
	})
	n := 0
	for _, req := range reqs {
		if !req.Requires.Has(perm) {
			continue
		}
		n++
		fmt.Fprintf(w, "%s: %s needs %s\n", relPath(run.Fset.Position(req.Pos).String()), operationNames(req), req.Requires)
		for _, step := range req.Chain[1:] {
			fmt.Fprintf(w, "\tvia %s at %s:%d:%d\n", step.Call, relPath(step.File), step.Line, step.Col)
		}
	}
	if n == 0 {
		fmt.Fprintf(w, "no call needs %s\n", perm)
	}
}
