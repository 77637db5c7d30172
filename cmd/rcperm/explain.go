package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/driver"

	"github.com/rcperm/rcperm/permissions"
)

// explain lists every call that needs a permission, each with its chain
// of wrappers down to the request, and the subscriptions' filters and
// transports that need it: why the app needs it. Given a user permission
// (FullCompanyCallLog), it lists the calls whose user needs it.
var explain = &command{
	name:    "explain",
	args:    "[flags] [packages]",
	doc:     "Lists every call that needs PERMISSION, with the calls down to the request.",
	operand: "PERMISSION",
	flags: func(*flag.FlagSet) func(*invocation) int {
		return func(inv *invocation) int {
			perm := permissions.Permission(inv.operand)
			if !permissions.Known(perm) && !permissions.KnownUserPermission(inv.operand) {
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
		fmt.Fprintf(w, "\tvia %s at %s:%d:%d\n", step.Call, relPath(step.File), step.Line, step.Col)
	}
}
