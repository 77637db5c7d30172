package main

import (
	"flag"
	"fmt"
	"sort"

	"github.com/rcperm/rcperm/permissions"
)

// explainMain lists every call that needs a permission, each with its chain
// of wrappers down to the request: why the app needs it.
func explainMain(args []string) int {
	fs := flag.NewFlagSet("rcperm explain", flag.ContinueOnError)
	var lf loadFlags
	lf.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: rcperm explain PERMISSION [flags] [packages]\n\nLists every call that needs PERMISSION, with the calls down to the request.")
		fs.PrintDefaults()
	}
	if len(args) == 0 || args[0] == "" || args[0][0] == '-' {
		fs.Usage()
		return 2
	}
	perm := permissions.Permission(args[0])
	if !permissions.Known(perm) {
		fail("explain: %s", permissions.UnknownPermission(args[0]))
		return 2
	}
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	run, err := analyze(&lf, fs.Args())
	if err != nil {
		return fail("explain: %v", err)
	}
	reqs := run.requests()
	sort.SliceStable(reqs, func(i, j int) bool {
		return run.fset.Position(reqs[i].Pos).String() < run.fset.Position(reqs[j].Pos).String()
	})
	n := 0
	for _, req := range reqs {
		if !req.Requires.Has(perm) {
			continue
		}
		n++
		fmt.Printf("%s: %s needs %s\n", relPath(run.fset.Position(req.Pos).String()), operationNames(req), req.Requires)
		for _, step := range req.Chain[1:] {
			fmt.Printf("\tvia %s at %s:%d:%d\n", step.Call, relPath(step.File), step.Line, step.Col)
		}
	}
	if n == 0 {
		fmt.Printf("no call needs %s\n", perm)
	}
	return 0
}
