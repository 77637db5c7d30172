package analyzer

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// A function may return a function that makes the request: a client of
// closure factories (resource := c.Under("/restapi/v1.0/account/~");
// list := resource("call-log"); list(ctx, q)), or one partially applied
// (c.Sending(http.MethodPost)(prefix)(rel)). The request's route is
// complete only when the returned function is called with the rest: its
// template reads the parameters of what the function returns
// (flow.ResultParam), level by level. A call of the function fills in its
// own parameters and leaves those open, so the template is no request of
// the caller's (unless it returns the value on); a call of the returned
// value fills in the first level, and a value it returns in turn has the
// next. Where the last level is filled in, the route is chosen: that call
// is the request, whether or not what it returns is ever called, as an
// option constructor's call is.

// hasResultParams reports whether v reads a parameter of a function its
// function returns.
func (v Value) hasResultParams() bool {
	for _, p := range v {
		if _, _, ok := flow.ResultParamOf(p.Param); p.IsParam && ok {
			return true
		}
	}
	return false
}

// opensResult reports whether a template reads a parameter of a function
// its function returns.
func (t RequestTemplate) opensResult() bool {
	return t.URL.hasResultParams() || t.Method.hasResultParams()
}

// pendingCalls records the requests a call of a function value completes:
// the templates of the function that returned it, their first level of
// returned parameters filled in with the call's arguments. It reports
// whether the value has any.
func (s *packageScan) pendingCalls(sum *summary, call *ast.CallExpr) bool {
	pending := s.pendingOf(sum, call.Fun, 0)
	if len(pending) == 0 {
		return false
	}
	p := s.pass.Fset.Position(call.Pos())
	step := Step{Call: types.ExprString(call.Fun), File: p.Filename, Line: p.Line, Col: p.Column}
	for _, t := range s.bindResult(sum, call, pending) {
		if t.opensResult() {
			continue // what the call returns is called later with the rest
		}
		t.Chain = s.chains.add(step, t.Chain)
		s.request(sum, call, t)
	}
	return true
}

// pendingOf returns the templates a call of the function value e leaves
// open: in terms of the parameters of what e is (level 1) and of what
// that returns, and of the function sum is.
func (s *packageScan) pendingOf(sum *summary, e ast.Expr, depth int) []RequestTemplate {
	if depth > flow.MaxResultLevel {
		return nil
	}
	info := s.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		var out []RequestTemplate
		for _, def := range s.localDefs(sum.fn, x) {
			out = append(out, s.pendingOf(sum, def, depth+1)...)
		}
		return out
	case *ast.IndexExpr, *ast.IndexListExpr:
		return nil // an instance of a generic function: no call
	case *ast.CallExpr:
		callee := typeutil.StaticCallee(info, x)
		if callee == nil {
			// g(args), g a function value: what g leaves open, its
			// first level filled in, the rest one level up.
			var out []RequestTemplate
			for _, t := range s.bindResult(sum, x, s.pendingOf(sum, x.Fun, depth+1)) {
				if t.opensResult() {
					out = append(out, t)
				}
			}
			return out
		}
		callee = callee.Origin()
		var templates []RequestTemplate
		for _, t := range s.requestsOf(callee) {
			if t.opensResult() && t.Via == nil {
				templates = append(templates, t)
			}
		}
		step := s.step(callee, x)
		var handed []RequestTemplate
		for _, h := range s.handedTemplates(sum, x, callee, depth+1) {
			if h.later {
				h.t.Chain = s.chains.add(step, h.t.Chain)
				handed = append(handed, h.t)
			}
		}
		if len(templates) == 0 {
			return handed
		}
		combos, merged, _ := s.argCombinations(sum.fn, x, callee, calleeArgs(info, x, callee), templates)
		var out []RequestTemplate
		for _, args := range combos {
			for _, t := range templates {
				out = append(out, RequestTemplate{Method: upper(t.Method.instantiate(args)), URL: t.URL.instantiate(args),
					Chain: s.chains.add(step, s.calleeChain(callee, t)), Merged: t.Merged || merged})
			}
		}
		return append(out, handed...)
	}
	return nil
}

// handedPending records the requests of the function values a static
// call hands over that a call of their own completes (result.Then(r,
// newReq(ctx)), newReq returning the closure that requests base+path).
func (s *packageScan) handedPending(sum *summary, call *ast.CallExpr, callee *types.Func) {
	step := s.step(callee, call)
	for _, h := range s.handedTemplates(sum, call, callee, 0) {
		if h.later {
			continue // what the callee returns calls it later (pendingOf)
		}
		h.t.Chain = s.chains.add(step, h.t.Chain)
		s.request(sum, call, h.t)
	}
}

// A handedTemplate is a template of a function value handed to a callee,
// its first level of returned parameters filled in with what the callee
// calls it with; later when the value returns a function in turn, whose
// calls complete it: the callee's result's (adapt(newReq(ctx)) returning
// a closure that calls what it was given). A template that opens the
// results of the function the call is in is that function's own.
type handedTemplate struct {
	t     RequestTemplate
	later bool
}

// handedTemplates are the templates of the function values call hands to
// callee with the first level of their returned parameters filled in:
// the callee calls them with what its summary says
// (flow.Program.Callbacks), filled in at this call. A value handed to a
// function no summary speaks for is called with arguments rcperm cannot
// know: its requests stand at the call, their open parts unknown, so that
// an unresolved request is reported rather than lost.
func (s *packageScan) handedTemplates(sum *summary, call *ast.CallExpr, callee *types.Func, depth int) []handedTemplate {
	info := s.pass.TypesInfo
	var out []handedTemplate
	for i, arg := range calleeArgs(info, call, callee) {
		if _, ok := info.TypeOf(arg).Underlying().(*types.Signature); !ok {
			continue
		}
		pending := s.pendingOf(sum, arg, depth)
		if len(pending) == 0 {
			continue
		}
		// Still open after the binding: the value's own deeper levels,
		// or the callee's result's parameters it is called with; else
		// parameters of what the function the call is in returns.
		later := slices.ContainsFunc(pending, opensLevel2)
		found := false
		for _, cc := range s.callbacksOf(callee) {
			if cc.Param != i {
				continue
			}
			found = true
			opens := later || slices.ContainsFunc(cc.Args, func(alts []flow.Str) bool {
				return slices.ContainsFunc(alts, func(a flow.Str) bool { return Value(a).hasResultParams() })
			})
			for _, t := range s.bindLevel(pending, s.callbackArgs(sum, call, callee, cc)) {
				out = append(out, handedTemplate{t, opens && t.opensResult()})
			}
		}
		if !found {
			for _, t := range s.bindLevel(pending, func(int) []Value { return nil }) {
				out = append(out, handedTemplate{t, later && t.opensResult()})
			}
		}
	}
	return out
}

// opensLevel2 reports whether a template reads a parameter of a function
// that what its function returns returns in turn.
func opensLevel2(t RequestTemplate) bool {
	for _, p := range append(append(Value{}, t.Method...), t.URL...) {
		if level, _, ok := flow.ResultParamOf(p.Param); p.IsParam && ok && level > 1 {
			return true
		}
	}
	return false
}

// callbacksOf is what callee calls its function-typed parameters with:
// the package's own function's summary, every call, or another's fact.
func (s *packageScan) callbacksOf(callee *types.Func) []flow.CallbackCall {
	if callee.Pkg() != s.pass.Pkg {
		return flowOracle{s}.Callbacks(callee)
	}
	if !takesFunc(callee.Signature()) {
		return nil
	}
	fp := s.flow()
	if fp == nil {
		return nil
	}
	return fp.AllCallbacks(callee)
}

// callbackArgs gives, for each parameter of the function value a callback
// call calls, what call's arguments make it: the call's templates, in
// terms of the callee's parameters, filled in.
func (s *packageScan) callbackArgs(sum *summary, call *ast.CallExpr, callee *types.Func, cc flow.CallbackCall) func(int) []Value {
	var forms []RequestTemplate
	for _, alts := range cc.Args {
		for _, a := range alts {
			forms = append(forms, RequestTemplate{URL: Value(a)})
		}
	}
	combos, _, _ := s.argCombinations(sum.fn, call, callee, calleeArgs(s.pass.TypesInfo, call, callee), forms)
	return func(k int) []Value {
		if k >= len(cc.Args) || len(cc.Args[k]) == 0 {
			return nil
		}
		var out []Value
		for _, a := range cc.Args[k] {
			for _, args := range combos {
				if v := Value(a).instantiate(args); !slices.ContainsFunc(out, v.equal) {
					out = append(out, v)
				}
			}
		}
		return out
	}
}

// bindResult fills the first level of the returned parameters of
// templates in with the arguments of call, a call of the value they are
// open on, and moves the next levels up one.
func (s *packageScan) bindResult(sum *summary, call *ast.CallExpr, templates []RequestTemplate) []RequestTemplate {
	if len(templates) == 0 {
		return nil
	}
	args := call.Args
	return s.bindLevel(templates, func(i int) []Value {
		if i >= len(args) || !carriesRoute(s.pass.TypesInfo.TypeOf(args[i])) {
			return nil
		}
		return s.values(sum.fn, args[i])
	})
}

// bindLevel fills the first level of the returned parameters of templates
// in with the alternatives argsOf gives for each (nil: unknown), and
// moves the next levels up one.
func (s *packageScan) bindLevel(templates []RequestTemplate, argsOf func(int) []Value) []RequestTemplate {
	n := 0
	for _, t := range templates {
		for _, p := range append(append(Value{}, t.Method...), t.URL...) {
			if level, k, ok := flow.ResultParamOf(p.Param); p.IsParam && ok && level == 1 {
				n = max(n, k+1)
			}
		}
	}
	combos, merged := s.combinations(n, argsOf)
	var out []RequestTemplate
	for _, vals := range combos {
		bind := func(p int) Value {
			level, k, ok := flow.ResultParamOf(p)
			switch {
			case !ok:
				return Value{{Param: p, IsParam: true}}
			case level > 1:
				return Value{{Param: flow.ResultParam(level-1, k), IsParam: true}}
			case k < len(vals) && vals[k] != nil:
				return vals[k]
			}
			return unknown()
		}
		for _, t := range templates {
			if len(out) == maxRequestsPerFunc {
				return out
			}
			t.Method, t.URL = upper(t.Method.substituteWith(bind)), t.URL.substituteWith(bind)
			t.Merged = t.Merged || merged
			out = append(out, t)
		}
	}
	return out
}

// localDefs returns the values the function fn assigns to the local
// variable id names: its definitions and assignments in fn's body,
// indexed once for each function.
func (s *packageScan) localDefs(fn *types.Func, id *ast.Ident) []ast.Expr {
	info := s.pass.TypesInfo
	obj, ok := info.Uses[id].(*types.Var)
	if !ok || fn == nil || s.decls[fn] == nil || obj.Parent() == nil || obj.Parent() == obj.Pkg().Scope() {
		return nil
	}
	if defs, ok := s.funcVarDefs[fn]; ok {
		return defs[obj]
	}
	defs := map[*types.Var][]ast.Expr{}
	add := func(name *ast.Ident, value ast.Expr) {
		if v, ok := info.ObjectOf(name).(*types.Var); ok {
			if _, isFunc := v.Type().Underlying().(*types.Signature); isFunc {
				defs[v] = append(defs[v], value) // only function values are called
			}
		}
	}
	ast.Inspect(s.decls[fn].Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				return true
			}
			for i, lhs := range n.Lhs {
				if l, ok := lhs.(*ast.Ident); ok {
					add(l, n.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, name := range n.Names {
					add(name, n.Values[i])
				}
			}
		}
		return true
	})
	if s.funcVarDefs == nil {
		s.funcVarDefs = map[*types.Func]map[*types.Var][]ast.Expr{}
	}
	s.funcVarDefs[fn] = defs
	return defs[obj]
}

// returnsCall reports whether fn returns what call gives as its first
// result, written in a return statement of its own (not a closure's): a
// factory handing on another's (return c.Under(me)), whose returned
// parameters are its own.
func (s *packageScan) returnsCall(fn *types.Func, call *ast.CallExpr) bool {
	if fn == nil || s.decls[fn] == nil {
		return false
	}
	found := false
	ast.Inspect(s.decls[fn].Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) > 0 && ast.Unparen(n.Results[0]) == call {
				found = true
			}
		}
		return !found
	})
	return found
}
