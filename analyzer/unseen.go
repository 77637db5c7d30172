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
func (s *packageScan) noteUnseen(fn *types.Func, callee *types.Func, args []ast.Expr) {
	if !s.unseenCallee(callee) {
		return
	}
	pkg := callee.Pkg()
	if _, ok := s.routeBuilder(callee); ok {
		return
	}
	// A forwarded parameter counts only in a package the driver read on
	// demand, a versioned module's: in a package that holds no route
	// otherwise, only a constant may be one, and the value flow is not
	// built to find none.
	constantsOnly := s.routeless && (s.pass.Module == nil || s.pass.Module.Version == "")
	for _, a := range args {
		if !carriesRoute(s.pass.TypesInfo.TypeOf(a)) {
			continue
		}
		if constantsOnly {
			if v, ok := constantValue(s.pass.TypesInfo, a); ok && permissions.Recognizes(v.render()) {
				s.unseen[UnseenCall{Package: pkg.Path()}] = true
				return
			}
			continue
		}
		vals := s.values(fn, a)
		if _, ok := recognized(vals); ok {
			s.unseen[UnseenCall{Package: pkg.Path()}] = true
			return
		}
		for _, v := range vals {
			if v.hasParams() {
				s.unseen[UnseenCall{Package: pkg.Path(), Param: true}] = true
			}
		}
	}
}

// unseenCallee reports whether callee may be a function rcperm learns
// nothing of: not one of the package's, of std or a sink package (rcperm's
// models know those), nor of the module being analyzed (its packages are
// analyzed, facts or not).
func (s *packageScan) unseenCallee(callee *types.Func) bool {
	pkg := callee.Pkg()
	return pkg != nil && pkg != s.pass.Pkg && !isStd(pkg.Path()) && !sinkPackages[pkg.Path()] && !s.sameModule(pkg)
}

// recognized returns the first of the values that is a RingCentral route
// known where it is written: no parameter of the function to come.
func recognized(vals []Value) (Value, bool) {
	for _, v := range vals {
		if !v.hasParams() && permissions.Recognizes(v.render()) {
			return v, true
		}
	}
	return nil, false
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

// urlPackage is where routes become *url.URL values: a package importing
// it may build routes for others (a URL joiner) without sending any.
const urlPackage = "net/url"

// isURLType reports whether t is url.URL or *url.URL.
func isURLType(t types.Type) bool { return isNamed(t, "net/url", "URL") }

// isRequestType reports whether t is http.Request or *http.Request.
func isRequestType(t types.Type) bool { return isNamed(t, "net/http", "Request") }

func isNamed(t types.Type, pkg, name string) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
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
