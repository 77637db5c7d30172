package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
	"github.com/rcperm/rcperm/permissions"
)

// A forwarder's request is accounted at its callers: each static call
// fills in its route. Calls rcperm does not see fill in nothing, so a
// forwarder that may be called that way is an unresolved request of its
// own: one whose method value or function value is taken, a method that
// calls through an interface may reach, or an unexported function nobody
// calls. Each package judges its own forwarders, so every host does the
// same; an exported forwarder that only other packages reach through an
// interface is not seen this way.

// dynamicCalls are the ways a package may call functions without naming
// them: the functions and methods it takes as values, and the names of the
// interface methods it calls.
type dynamicCalls struct {
	taken   map[*types.Func]bool
	methods map[string]bool
}

// dynamicCalls is findDynamicCalls of the package, once: the scan asks
// when it meets a dynamic call and again for its forwarders.
func (s *packageScan) dynamicCalls() *dynamicCalls {
	if s.dynamic == nil {
		d := findDynamicCalls(s.pass.Files, s.pass.TypesInfo)
		s.dynamic = &d
	}
	return s.dynamic
}

// findDynamicCalls looks at every use of a function or method outside the
// callee position of a call, and at every call of an interface method, in
// one walk: a call is visited before its callee expression, which it
// marks.
func findDynamicCalls(files []*ast.File, info *types.Info) dynamicCalls {
	d := dynamicCalls{taken: map[*types.Func]bool{}, methods: map[string]bool{}}
	callees := map[ast.Expr]bool{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			var id *ast.Ident
			switch n := n.(type) {
			case *ast.CallExpr:
				fun := ast.Unparen(n.Fun)
				callees[fun] = true
				if sel, ok := fun.(*ast.SelectorExpr); ok {
					callees[sel.Sel] = true
					if _, ok := invokedInterface(info.Selections[sel]); ok {
						d.methods[sel.Sel.Name] = true
					}
				}
				if ix, ok := fun.(*ast.IndexExpr); ok { // a generic function instantiated
					callees[ast.Unparen(ix.X)] = true
				}
				return true
			case *ast.SelectorExpr:
				if callees[n] || callees[n.Sel] {
					return true
				}
				id = n.Sel
			case *ast.Ident:
				if callees[n] {
					return true
				}
				id = n
			default:
				return true
			}
			if fn, ok := info.Uses[id].(*types.Func); ok {
				d.taken[fn.Origin()] = true
			}
			return true
		})
	}
	return d
}

// dynamicallyReached returns the forwarder requests of the package that
// calls rcperm does not see may reach, judged on the package alone: taken
// as a value, a method an interface call of the package may reach, or an
// unexported function the package never calls, when no call the analysis
// follows (static, or through the value flow) instantiates it.
func (s *packageScan) dynamicallyReached() []site {
	d := s.dynamicCalls()
	var out []site
	for _, fn := range s.funcs {
		sites := s.forwards[fn]
		if len(sites) == 0 {
			continue
		}
		// A call the value flow resolved instantiated it: accounted there.
		if s.calls[fn] {
			continue
		}
		if d.taken[fn] || isMethod(fn) && d.methods[fn.Name()] || !fn.Exported() {
			out = append(out, sites...)
		}
	}
	return out
}

func isMethod(fn *types.Func) bool { return fn.Type().(*types.Signature).Recv() != nil }

// resolveDynamicLate resolves the late-bound calls of the package's
// functions that only calls rcperm does not see reach (a command handler
// a registry holds, dispatched from a map), whose arguments depend on
// their parameters: no caller fills those in, so they are unknown, and
// the call is resolved as one whose arguments are known (by the
// implementations in sight, or by a package that converts a value to
// its interface: field_calls.go), rather than waiting for callers that
// never come.
func (s *packageScan) resolveDynamicLate() {
	d := s.dynamicCalls()
	for _, fn := range s.funcs {
		if s.calls[fn] || !(d.taken[fn] || isMethod(fn) && d.methods[fn.Name()]) {
			continue
		}
		for _, t := range s.requestsOf(fn) {
			if t.Via == nil || t.Via.known() {
				continue
			}
			call := s.lateCallExpr(fn, t)
			if call == nil {
				continue
			}
			r := t
			r.Via = t.Via.substitute(nil)
			// The requests are this call's; fn's template stays as it is
			// for the calls that do fill its parameters in.
			s.late(&summary{fn: fn, seen: map[string]bool{}}, call, r)
		}
	}
}

// lateCallExpr is the call in fn that a late-bound template of fn's is
// made at: the first step of its chain, when it is fn's own.
func (s *packageScan) lateCallExpr(fn *types.Func, t RequestTemplate) *ast.CallExpr {
	steps := s.chains.steps(t.Chain)
	decl := s.decls[fn]
	if len(steps) == 0 || decl == nil {
		return nil
	}
	var found *ast.CallExpr
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found != nil {
			return found == nil
		}
		p := s.pass.Fset.Position(call.Pos())
		if p.Filename == steps[0].File && p.Line == steps[0].Line && p.Column == steps[0].Col {
			found = call
		}
		return found == nil
	})
	return found
}

// handedOff returns the requests of other packages' functions that the
// package hands, as values, to a function of yet another package (a
// method value given to a generic pipeline stage: pipe.FanOut(ctx, in, n,
// w.Do)), whose route depends on arguments rcperm does not see passed:
// that code calls them where no fact follows. A route read off a field
// of a struct parameter (the Request each stage hands the worker) is
// what the stores into the field hold, whatever value the code out of
// sight passes: the request is the field's, each store its route, checked
// with the package's route fields (handOffHoles). Any other is an
// unresolved request at the hand-off, never silence; a request the
// function fixed is checked where it is made already.
func (s *packageScan) handedOff() []site {
	info := s.pass.TypesInfo
	var out []site
	for _, f := range s.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			callee := typeutil.StaticCallee(info, call)
			if callee == nil || callee.Pkg() == nil || callee.Pkg() == s.pass.Pkg {
				return true
			}
			for _, arg := range call.Args {
				var id *ast.Ident
				switch a := ast.Unparen(arg).(type) {
				case *ast.SelectorExpr:
					id = a.Sel
				case *ast.Ident:
					id = a
				default:
					continue
				}
				fn, ok := info.Uses[id].(*types.Func)
				if !ok || fn.Pkg() == nil || fn.Pkg() == s.pass.Pkg || fn.Pkg() == callee.Pkg() {
					continue
				}
				for _, t := range s.requestsOf(fn.Origin()) {
					if t.Fixed || t.Unresolved || t.Via != nil || !t.URL.hasParams() {
						continue
					}
					if r, ok := handOffHoles(fn.Origin(), t); ok {
						p := s.pass.Fset.Position(arg.Pos())
						r.Chain = s.chains.add(Step{Call: fn.FullName(), File: p.Filename, Line: p.Line, Col: p.Column}, s.calleeChain(fn.Origin(), t))
						s.request(&summary{seen: map[string]bool{}}, arg, r)
						continue
					}
					r := RequestTemplate{Method: upper(t.Method.substitute(nil)), URL: t.URL.substitute(nil)}
					m := s.lookup(r)
					out = append(out, site{at: arg, req: r, match: m, gap: permissions.FindGap(r.URL.render(), m)})
				}
			}
			return true
		})
	}
	return out
}

// handOffHoles returns t, a request of fn, with each string field of a
// struct parameter it reads as that field's hole, and its other
// parameters unknown (the receiver's server too: a hole of its own
// stands for every store): ok is false when it reads no such field.
func handOffHoles(fn *types.Func, t RequestTemplate) (RequestTemplate, bool) {
	found := false
	holes := func(v Value) Value {
		out := Value{}
		for _, p := range v {
			if p.IsParam {
				hole, slot, f, ok := fieldHole(fn.Signature(), p)
				if ok && slot > 0 && isStringType(f.Type()) {
					found = true
				} else {
					hole = Part{Unknown: true}
				}
				p = hole
			}
			out = flow.AppendPart(out, p)
		}
		return out
	}
	r := RequestTemplate{Method: upper(holes(t.Method)), URL: holes(t.URL)}
	return r, found
}
