package analyzer

import (
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"github.com/rcperm/rcperm/permissions"
)

// An UnseenCall is a call that hands a RingCentral route, or a value built
// from one, to a function of another module's package that rcperm learned
// nothing about: no request, no route builder. Under go vet every package
// is analyzed and such a function has nothing to learn; rcperm's own
// driver reads most third-party packages without facts, and reads these
// from source on demand (internal/driver, ondemand.go).
type UnseenCall struct {
	// Package is the import path of the function's package.
	Package string
	// Param is true when the value is a parameter of the calling function
	// rather than a route known there: a package read on demand forwarding
	// the route it was given.
	Param bool
}

// noteUnseen records call as unseen when callee is a function of a
// third-party package with no facts and an argument may carry a route.
// Only string and URL arguments are evaluated, and only for such calls:
// most calls cost nothing more.
func (s *packageScan) noteUnseen(ev *evaluator, callee *types.Func, args []ast.Expr) {
	pkg := callee.Pkg()
	if pkg == nil || pkg == s.pass.Pkg || isStd(pkg.Path()) || sinkPackages[pkg.Path()] {
		return // rcperm's models know std and the sink packages
	}
	if _, ok := s.routeBuilder(callee); ok {
		return
	}
	for _, a := range args {
		if !carriesRoute(s.pass.TypesInfo.TypeOf(a)) {
			continue
		}
		v := ev.eval(a)
		switch {
		case permissions.Recognizes(v.render()):
			s.unseen[UnseenCall{Package: pkg.Path()}] = true
			return
		case v.hasParams():
			s.unseen[UnseenCall{Package: pkg.Path(), Param: true}] = true
		}
	}
}

// carriesRoute reports whether a value of type t can hold a route: a
// string or a URL.
func carriesRoute(t types.Type) bool {
	if t == nil {
		return false
	}
	if b, ok := t.Underlying().(*types.Basic); ok {
		return b.Info()&types.IsString != 0
	}
	return isURLType(t)
}

// isStd reports whether path is a standard library package: its first
// element has no dot, as the go command decides.
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// unseenCalls returns the unseen calls of the package, sorted.
func (s *packageScan) unseenCalls() []UnseenCall {
	out := make([]UnseenCall, 0, len(s.unseen))
	for u := range s.unseen {
		out = append(out, u)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Package != out[j].Package {
			return out[i].Package < out[j].Package
		}
		return !out[i].Param && out[j].Param
	})
	return out
}
