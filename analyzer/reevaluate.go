package analyzer

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
	"github.com/rcperm/rcperm/permissions"
)

// A wrapper of the package that looks its request up by an enum
// parameter (ep := endpoints[op]; req.Execute(ep.Method, ep.Path)) has no
// template its callers can fill in: the table is read only once op is
// known. A call of it passing a constant of the enum is read as Go runs
// it: the wrapper's own request, its arguments evaluated by the value
// flow inside the wrapper with its parameters bound to the call's
// (flow.Program.StringsVia). The request is then the call's, with the
// wrapper's method and path paired as the entry gives them.

// A sinkCall is a request a function of the package makes itself.
type sinkCall struct {
	call   *ast.CallExpr
	callee *types.Func
	sk     sink
	args   []ast.Expr
}

// reevaluated returns the requests a call of a function of the package
// makes when it passes an enum constant and the function makes its
// requests itself: each evaluated with the call's arguments. ok is false
// when the call passes no enum, or the function's requests are not all
// its own (it calls a wrapper), or one stays open: the call then takes
// the function's templates, as any call.
func (s *packageScan) reevaluated(fn *types.Func, call *ast.CallExpr, callee *types.Func, step Step) ([]RequestTemplate, bool) {
	own := s.sinkCalls[callee]
	if callee.Pkg() != s.pass.Pkg || len(own) == 0 || s.callsWrappers[callee] || !passesEnum(s.pass.TypesInfo, call) && !s.passesDispatch(call, callee) && !s.passesEditors(call, own) {
		return nil, false
	}
	fp := s.flow()
	if fp == nil {
		return nil, false
	}
	out, ok := s.ownRequests(own, func(e ast.Expr) ([]flow.Str, bool) {
		return fp.StringsVia([]*ast.CallExpr{call}, e, fn)
	}, func(at ast.Expr, base []flow.Str) ([]flow.Str, bool) {
		if !s.editsURL(at.Pos()) {
			return nil, false
		}
		return fp.EditedURLVia([]*ast.CallExpr{call}, at, base, fn)
	}, &step)
	if ok {
		s.reevaluatedCalls[callee]++
	}
	return out, ok
}

// ownRequests returns the requests of a function's own sink calls, their
// arguments evaluated by eval, each chain the sink's step after step (if
// set); ok is false when one stays open (neither resolved nor in terms of
// parameters) or they make too many.
func (s *packageScan) ownRequests(own []sinkCall, eval func(ast.Expr) ([]flow.Str, bool), edit func(ast.Expr, []flow.Str) ([]flow.Str, bool), step *Step) ([]RequestTemplate, bool) {
	var out []RequestTemplate
	for _, sc := range own {
		var methods []Value
		switch {
		case sc.sk.method != "":
			methods = []Value{lit(sc.sk.method)}
		case sc.sk.methodArg < len(sc.args):
			strs, ok := eval(sc.args[sc.sk.methodArg])
			if !ok {
				return nil, false
			}
			methods = alternatives(strs)
		default:
			return nil, false
		}
		var urls []Value
		switch {
		case sc.sk.urlArg < 0:
			urls = []Value{lit(sc.sk.path)}
		case sc.sk.urlArg < len(sc.args):
			strs, ok := eval(sc.args[sc.sk.urlArg])
			if !ok {
				return nil, false
			}
			for _, u := range alternatives(strs) {
				urls = append(urls, concat(lit(sc.sk.prefix), u))
			}
		default:
			return nil, false
		}
		if edit != nil {
			// Options the call passes set the route (editors.go).
			base := make([]flow.Str, len(urls))
			for i, u := range urls {
				base[i] = flow.Str(u)
			}
			if edited, ok := edit(sc.call, base); ok {
				urls = alternatives(edited)
			}
		}
		if len(methods)*len(urls) > maxArgCombinations {
			return nil, false
		}
		chain := s.chains.add(s.step(sc.callee, sc.call), endOfChain)
		if step != nil {
			chain = s.chains.add(*step, chain)
		}
		for _, m := range methods {
			for _, u := range urls {
				r := RequestTemplate{Method: upper(m), URL: u, Chain: chain, Merged: len(urls) > 1}
				if m := s.lookup(r); !resolved(m) && !r.URL.hasParams() && !noSuchRoute(m, r) {
					return nil, false
				}
				out = append(out, r)
			}
		}
	}
	return out, true
}

// noSuchRoute reports whether r, wholly known, is a RingCentral path no
// operation has: a finding as definite as an operation's.
func noSuchRoute(m permissions.Match, r RequestTemplate) bool {
	_, known := r.URL.literal()
	return m.Verdict == permissions.NoSuchOperation && known
}

// A wrapperCall is a call a function of the package makes of a wrapper:
// the wrapper's templates, to fill in with the call's arguments.
type wrapperCall struct {
	call      *ast.CallExpr
	callee    *types.Func
	args      []ast.Expr
	templates []RequestTemplate
}

// wrapperRequests returns the requests of a function's calls of
// wrappers, their arguments evaluated by eval (the fields of what a call
// is made on as the package's value flow reads them), each chain the
// call's step after step (if set); ok is false when a template is
// late-bound or defers a call, or a request stays open (neither resolved
// nor in terms of parameters), or they make too many.
func (s *packageScan) wrapperRequests(fn *types.Func, calls []wrapperCall, eval func(ast.Expr) ([]flow.Str, bool), step *Step, forwarded func(wrapperCall) ([]RequestTemplate, bool)) ([]RequestTemplate, bool) {
	var out []RequestTemplate
	for _, wc := range calls {
		if s.inFuncLit(fn, wc.call) {
			// A closure's call is made when the closure runs: what it
			// captured is no parameter the constant binds.
			return nil, false
		}
		if forwarded != nil {
			if reqs, ok := forwarded(wc); ok {
				wc.templates = reqs
			}
		}
		used, n := map[int]bool{}, len(wc.args)
		for _, t := range wc.templates {
			if t.Via != nil || len(t.Deferred) > 0 {
				return nil, false
			}
			n = t.URL.markParams(used, t.Method.markParams(used, n))
		}
		failed := false
		combos, merged := s.combinations(n, func(i int) []Value {
			_, _, _, projected := flow.ProjectionOf(i)
			switch {
			case !used[i]:
				return nil
			case projected:
				// A field the package sets to several values (a setter's
				// branches) pairs with the call's other arguments only
				// as the call's own instantiation reads them.
				vals := s.projection(fn, wc.call, wc.callee, i)
				failed = failed || len(vals) != 1
				return vals
			case i >= len(wc.args) || wc.args[i] == nil:
				return []Value{unknown()}
			}
			if v, ok := constantValue(s.pass.TypesInfo, wc.args[i]); ok {
				return []Value{v}
			}
			strs, ok := eval(wc.args[i])
			failed = failed || !ok
			return alternatives(strs)
		})
		if failed {
			return nil, false
		}
		callStep := s.step(wc.callee, wc.call)
		for _, args := range combos {
			for _, t := range wc.templates {
				chain := s.chains.add(callStep, s.calleeChain(wc.callee, t))
				if step != nil {
					chain = s.chains.add(*step, chain)
				}
				r := RequestTemplate{Method: upper(t.Method.substitute(args)), URL: t.URL.substitute(args), Chain: chain,
					Merged: t.Merged || merged, Fixed: t.Fixed, Unresolved: t.Unresolved}
				if !t.Fixed && !t.Unresolved && !resolved(s.lookup(r)) && !r.URL.hasParams() {
					return nil, false
				}
				out = append(out, r)
			}
		}
		if len(out) > maxArgCombinations {
			return nil, false
		}
	}
	return out, true
}

// inFuncLit reports whether a call lies in a function literal of fn's
// declaration.
func (s *packageScan) inFuncLit(fn *types.Func, call *ast.CallExpr) bool {
	decl := s.decls[fn]
	if decl == nil || decl.Body == nil {
		return false
	}
	in := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok && lit.Pos() <= call.Pos() && call.End() <= lit.End() {
			in = true
		}
		return !in
	})
	return in
}

// passesEditors reports whether a call passes a function value (an
// option, a list of them) to a function that hands its own request on to
// functions that may set its route: only the call says which.
func (s *packageScan) passesEditors(call *ast.CallExpr, own []sinkCall) bool {
	passes := false
	for _, a := range call.Args {
		t := s.pass.TypesInfo.TypeOf(a)
		if sl, ok := t.(*types.Slice); ok && call.Ellipsis.IsValid() {
			t = sl.Elem()
		}
		if t != nil {
			_, fn := t.Underlying().(*types.Signature)
			passes = passes || fn
		}
	}
	return passes && slices.ContainsFunc(own, func(sc sinkCall) bool { return s.editsURL(sc.call.Pos()) })
}

// passesEnum reports whether a call passes an argument of a named type
// with a basic underlying type other than a string's: an enum.
func passesEnum(info *types.Info, call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if named, ok := types.Unalias(info.TypeOf(a)).(*types.Named); ok {
			if b, ok := named.Underlying().(*types.Basic); ok && b.Info()&types.IsString == 0 {
				return true
			}
		}
	}
	return false
}

// answeredSinks are the requests a function makes itself that every call
// of it answers: a function never taken as a value whose every call in
// the package was reevaluated, unexported or an exported dispatcher,
// whose calls in other packages its fact answers (a call passing no
// constant makes its every case there: answeredByCallers). Its own sink,
// read with its parameters unknown, would claim the union of its table's
// entries, or of its enum's routes.
func (s *packageScan) answeredSinks() map[ast.Expr]bool {
	answered := map[ast.Expr]bool{}
	// The exported dispatchers first: their cases find the calls that
	// forward their parameters to others (forwardedCalls).
	byCallers := map[*types.Func]bool{}
	for _, fn := range s.funcs {
		if fn.Exported() {
			byCallers[fn] = s.answeredByCallers(fn)
		}
	}
	for _, fn := range s.funcs {
		n := s.reevaluatedCalls[fn] + len(s.forwardedCalls[fn])
		if fn.Exported() && !byCallers[fn] || !fn.Exported() && n == 0 ||
			n != s.staticCalls(fn) || s.dynamicCalls().taken[fn] {
			continue
		}
		if fn.Exported() {
			if s.callersAnswer == nil {
				s.callersAnswer = map[*types.Func]bool{}
			}
			s.callersAnswer[fn] = true
		}
		for _, sc := range s.sinkCalls[fn] {
			answered[sc.call] = true
		}
		for _, wc := range s.wrapperCalls[fn] {
			answered[wc.call] = true
		}
	}
	return answered
}

// answeredByCallers reports whether an exported function's callers make
// its requests, its own not reported: a dispatcher with a fact, whose
// general requests its callers that pass no constant make (not fixed).
func (s *packageScan) answeredByCallers(fn *types.Func) bool {
	_, ok := s.exportedDispatch(fn)
	return ok
}

// without returns the sites less those at the given calls.
func without(sites []site, calls map[ast.Expr]bool) []site {
	if len(calls) == 0 {
		return sites
	}
	var out []site
	for _, st := range sites {
		if !calls[st.at] {
			out = append(out, st)
		}
	}
	return out
}

// staticCalls counts the package's calls of fn that name it, counted for
// every function in one walk of the package.
func (s *packageScan) staticCalls(fn *types.Func) int {
	if s.staticCallCounts == nil {
		s.staticCallCounts = map[*types.Func]int{}
		for _, f := range s.pass.Files {
			ast.Inspect(f, func(node ast.Node) bool {
				if call, ok := node.(*ast.CallExpr); ok {
					if callee := typeutil.StaticCallee(s.pass.TypesInfo, call); callee != nil {
						s.staticCallCounts[callee.Origin()]++
					}
				}
				return true
			})
		}
	}
	return s.staticCallCounts[fn]
}
