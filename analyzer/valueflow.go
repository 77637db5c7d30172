package analyzer

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
	"github.com/rcperm/rcperm/permissions"
)

// The value flow (analyzer/internal/flow) follows what the evaluator does
// not: values through memory (variables, fields, elements, maps,
// channels, closures), merges of branches, and calls through interfaces
// and function values. It is built for a package only when the evaluator
// meets such a call or a value it cannot tell, and never for std, whose
// requests are not the app's.

// maxArgCombinations bounds the combinations of argument values a call is
// instantiated with.
const maxArgCombinations = 8

// flow returns the package's value flow, building it once; nil for std.
func (s *packageScan) flow() *flow.Program {
	if s.flowBuilt {
		return s.flowProgram
	}
	s.flowBuilt = true
	if inStd(s.pass) {
		return nil
	}
	s.flowProgram = flow.Build(s.pass.Fset, s.pass.Pkg, s.pass.Files, s.pass.TypesInfo, flowOracle{s})
	return s.flowProgram
}

// better returns the value flow's values of x in place of v, the
// evaluator's, when v has a part known only at run time and each of the
// flow's values knows at least as much literal text.
func (s *packageScan) better(sum *summary, x ast.Expr, v Value) []Value {
	if !v.hasUnknown() || !carriesRoute(s.pass.TypesInfo.TypeOf(x)) {
		return []Value{v}
	}
	fp := s.flow()
	if fp == nil {
		return []Value{v}
	}
	var target *types.Func
	if sum != nil {
		target = sum.fn
	}
	strs, ok := fp.Strings(x, target)
	if !ok || len(strs) == 0 {
		return []Value{v}
	}
	// Values that differ only in the query are one route: the
	// evaluator's, when it already has it.
	var out []Value
	seen := map[string]bool{}
	same := true
	for _, str := range strs {
		w := Value(str)
		if w.literalLen() < v.literalLen() || w.literalLen() == 0 {
			return []Value{v}
		}
		// The flow merges values of branches it cannot tell apart, and a
		// combination no run makes ("/token&" where "&" goes only after a
		// "?") would be a false unknown-operation: the flow resolves
		// requests, it never claims one does not exist.
		if !w.hasParams() && permissions.Lookup("", w.render()).Verdict == permissions.NoSuchOperation {
			continue
		}
		// String, not render: a parameter is not an unknown.
		route := withoutQuery(w.String())
		same = same && route == withoutQuery(v.String())
		if !seen[route] {
			seen[route] = true
			out = append(out, w)
		}
	}
	if same || len(out) == 0 {
		return []Value{v}
	}
	return out
}

// settled reports whether a request URL needs nothing the value flow could
// add: it names its operation, or surely goes to another server. Most do,
// and the flow is never built for them.
func settled(u Value) bool {
	if !u.hasUnknown() {
		return true
	}
	r := u.render()
	m := permissions.Lookup("", r)
	switch m.Verdict {
	case permissions.Found, permissions.Deprecated, permissions.NotRingCentral:
		return permissions.FindGap(r, m).Kind == permissions.NoGap
	}
	return false
}

// argCombinations returns the combinations of the arguments' values a
// call of a wrapper with these templates is instantiated with: the
// evaluator's, unless a template's URL with them is not settled and the
// value flow gives some argument more (several values make several
// combinations; past maxArgCombinations, the evaluator's alone). merged
// is true when there are several.
func (s *packageScan) argCombinations(sum *summary, ev *evaluator, exprs []ast.Expr, templates []RequestTemplate) (combos [][]Value, merged bool) {
	first := make([]Value, len(exprs))
	for i, x := range exprs {
		first[i] = ev.eval(x)
	}
	needed := false
	for _, t := range templates {
		if !t.Fixed && !settled(t.URL.substitute(first)) {
			needed = true
		}
	}
	if !needed {
		return [][]Value{first}, false
	}
	alternatives := make([][]Value, len(exprs))
	n := 1
	for i, x := range exprs {
		alternatives[i] = s.better(sum, x, first[i])
		n *= len(alternatives[i])
	}
	if n == 1 || n > maxArgCombinations {
		if n == 1 {
			for i := range first {
				first[i] = alternatives[i][0]
			}
		}
		return [][]Value{first}, false
	}
	out := [][]Value{{}}
	for _, alts := range alternatives {
		var next [][]Value
		for _, prefix := range out {
			for _, a := range alts {
				next = append(next, append(append([]Value{}, prefix...), a))
			}
		}
		out = next
	}
	return out, true
}

// flowOracle answers the value flow's questions from the analysis: route
// builders of other packages, and the methods with requests that may
// implement an interface.
type flowOracle struct{ s *packageScan }

func (o flowOracle) Returns(fn *types.Func) (flow.Str, bool) {
	v, ok := o.s.routeBuilder(fn)
	return flow.Str(v), ok
}

func (o flowOracle) Implementations(iface *types.Interface, name string) []*types.Func {
	var out []*types.Func
	for _, fn := range o.s.requestFuncs()[name] {
		recv := fn.Signature().Recv()
		if recv != nil && (types.Implements(recv.Type(), iface) || types.Implements(types.NewPointer(recv.Type()), iface)) {
			out = append(out, fn)
		}
	}
	return out
}

// requestFuncs are the functions of other packages whose facts say they
// make requests, by name: read from the facts once a package, since every
// dynamic call asks.
func (s *packageScan) requestFuncs() map[string][]*types.Func {
	if s.factFuncs == nil {
		s.factFuncs = map[string][]*types.Func{}
		for _, f := range s.pass.AllObjectFacts() {
			if _, ok := f.Fact.(*requestsFact); !ok {
				continue
			}
			if fn, ok := f.Object.(*types.Func); ok && fn.Pkg() != s.pass.Pkg {
				s.factFuncs[fn.Name()] = append(s.factFuncs[fn.Name()], fn)
			}
		}
	}
	return s.factFuncs
}

// mayRequest reports whether a dynamic call may invoke a function with
// requests, or hand one a route: the value flow is built only then. An
// interface method call may when a function of that name has requests (a
// sink, a function of another package with facts, or one of the package
// rcperm has not ruled out); a call of a function value may when the
// package takes a function with requests as a value, or hands the call a
// route.
func (s *packageScan) mayRequest(call *ast.CallExpr) bool {
	if s.requestNames == nil {
		s.requestNames = map[string]bool{}
		for key := range loadSinks() {
			s.requestNames[key[strings.LastIndexByte(key, '.')+1:]] = true
		}
		for name := range s.requestFuncs() {
			s.requestNames[name] = true
		}
		for _, fn := range s.funcs {
			if sum := s.summaries[fn]; sum == nil || !sum.done || len(sum.requests) > 0 {
				s.requestNames[fn.Name()] = true
			}
		}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if sn := s.pass.TypesInfo.Selections[sel]; sn != nil && types.IsInterface(sn.Recv()) {
			return s.requestNames[sel.Sel.Name]
		}
	}
	if s.takingRequests {
		return true // asked while ruling out the functions taken: unknown yet
	}
	if s.takenRequests == nil {
		d := s.dynamicCalls()
		taken := map[*types.Func]bool{}
		s.takingRequests = true
		for fn := range d.taken {
			if s.requestNames[fn.Name()] && !s.requestless(fn) {
				taken[fn] = true
			}
		}
		s.takingRequests = false
		s.takenRequests = taken
	}
	if len(s.takenRequests) > 0 {
		return true
	}
	for _, a := range call.Args {
		if tv, ok := s.pass.TypesInfo.Types[a]; ok && tv.Value != nil && tv.Value.Kind() == constant.String &&
			permissions.Recognizes(constant.StringVal(tv.Value)) {
			return true
		}
	}
	return false
}

// requestless reports whether fn is a function of the package that its
// summary, complete (see summary.partial), shows to make no request. By name alone, every
// function of the package not yet summarized when the first call of a
// function value came counted as one with requests: packages that take
// any of their functions as values built the value flow for every such
// call (a deferred cancel, a callback).
func (s *packageScan) requestless(fn *types.Func) bool {
	if fn.Pkg() != s.pass.Pkg {
		return false
	}
	if _, ok := s.decls[fn]; !ok {
		return false
	}
	sum := s.summarize(fn)
	return sum.done && !sum.busy && !sum.partial && len(sum.requests) == 0
}

// interfaceCallees returns the methods an interface method call may
// invoke: those of the package's types and of the types facts know that
// implement the interface. ok is false for a call of no interface method.
func (s *packageScan) interfaceCallees(call *ast.CallExpr) (callees []*types.Func, ok bool) {
	sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !isSel {
		return nil, false
	}
	sn := s.pass.TypesInfo.Selections[sel]
	if sn == nil || !types.IsInterface(sn.Recv()) {
		return nil, false
	}
	iface, isIface := sn.Recv().Underlying().(*types.Interface)
	if !isIface {
		return nil, true
	}
	key := interfaceMethod{iface, sel.Sel.Name}
	if callees, ok := s.implementations[key]; ok {
		return callees, true
	}
	scope := s.pass.Pkg.Scope()
	for _, n := range scope.Names() {
		tn, isType := scope.Lookup(n).(*types.TypeName)
		if !isType || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Implements(t, iface) {
				continue
			}
			if m, _, _ := types.LookupFieldOrMethod(t, true, s.pass.Pkg, key.name); m != nil {
				if fn, isFn := m.(*types.Func); isFn {
					callees = append(callees, fn)
				}
			}
			break
		}
	}
	callees = append(callees, flowOracle{s}.Implementations(iface, key.name)...)
	if s.implementations == nil {
		s.implementations = map[interfaceMethod][]*types.Func{}
	}
	s.implementations[key] = callees
	return callees, true
}

// An interfaceMethod is a method of an interface type, whose callees
// interfaceCallees finds once a package: a package calls the same method
// in many places (golangci-lint's Get and Do), and each time looked at
// every type of the package.
type interfaceMethod struct {
	iface *types.Interface
	name  string
}

// maxVariadicArity is the most variadic arguments a joiner's routes are
// summarized for.
const maxVariadicArity = 4

// variadicRoutes summarizes a variadic function of the package that joins
// strings into a route (f(elem ...string) string) for 1 to
// maxVariadicArity arguments, through the value flow; nil for any other
// function, or one whose result is no route.
func (s *packageScan) variadicRoutes(fn *types.Func) []Value {
	sig := fn.Signature()
	if !sig.Variadic() || sig.Results().Len() == 0 || !isStringType(sig.Results().At(0).Type()) {
		return nil
	}
	last, ok := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice)
	if !ok || !isStringType(last.Elem()) {
		return nil
	}
	fp := s.flow()
	if fp == nil {
		return nil
	}
	var out []Value
	for k := 1; k <= maxVariadicArity; k++ {
		str, ok := fp.VariadicReturns(fn, k)
		if !ok {
			return nil
		}
		out = append(out, Value(str))
	}
	return out
}

// ownVariadicRoutes is variadicRoutes of a function of the package, once:
// its callers and its fact ask for it.
func (s *packageScan) ownVariadicRoutes(fn *types.Func) []Value {
	if s.variadicMemo == nil {
		s.variadicMemo = map[*types.Func][]Value{}
	}
	r, ok := s.variadicMemo[fn]
	if !ok {
		r = s.variadicRoutes(fn)
		s.variadicMemo[fn] = r
	}
	return r
}

// variadicRoute returns the route fn returns with n variadic arguments:
// from its summary in this package, or its fact.
func (s *packageScan) variadicRoute(fn *types.Func, n int) (Value, bool) {
	fn = fn.Origin()
	var routes []Value
	if fn.Pkg() == s.pass.Pkg {
		routes = s.ownVariadicRoutes(fn)
	} else {
		var fact routeFact
		if s.pass.ImportObjectFact(fn, &fact) {
			routes = fact.Variadic
		}
	}
	if n < 1 || n > len(routes) {
		return nil, false
	}
	return routes[n-1], true
}
