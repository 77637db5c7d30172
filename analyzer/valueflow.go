package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/objectpath"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
	"github.com/rcperm/rcperm/permissions"
)

// Every value the scan asks about is the value flow's
// (analyzer/internal/flow): the routes and methods of requests, the
// arguments of wrappers, the routes handed to functions rcperm has not
// seen, the routes builders return. A constant is the type checker's; the
// flow, on the package's SSA form, follows the rest as Go does: through
// variables, branches, memory, calls and the pure functions of the
// standard library, run on placeholders. It is built for a package only
// when a value is not a constant, with only the functions a question may
// reach, and never for std, whose requests are not the app's.

// maxArgCombinations bounds the combinations of argument values a call is
// instantiated with.
const maxArgCombinations = 8

// flow returns the package's value flow, building it once; nil for std.
func (s *packageScan) flow() *flow.Program {
	if s.flowBuilt {
		return s.flowProgram
	}
	s.flowBuilt = true
	if s.std {
		return nil
	}
	s.flowProgram = flow.Build(s.pass.Fset, s.pass.Pkg, s.pass.Files, s.pass.TypesInfo, flowOracle{s}, s.asks)
	return s.flowProgram
}

// asks reports whether the scan may ask the value flow about n, so that
// the flow builds n's function: a call that may make a request, hand on a
// route or call what it cannot name, with an argument that is no
// constant (a constant the scan reads from the type checker); an
// http.Request literal; a function that may build a route for other
// packages.
func (s *packageScan) asks(n ast.Node) bool {
	info := s.pass.TypesInfo
	if s.convExprs[n] {
		return true // a value converted to an interface a worker requests with
	}
	switch n := n.(type) {
	case *ast.FuncDecl:
		// A route builder's or a joiner's fact: what it returns.
		fn, ok := info.Defs[n.Name].(*types.Func)
		if ok && s.editorDecl(fn, n) {
			return true // an editor's fact: what it makes of a URL
		}
		if !ok || fn.Signature().Results().Len() == 0 || !carriesRoute(fn.Signature().Results().At(0).Type()) {
			return false
		}
		// A helper handling templates: its compiled form (specialize.go),
		// built with the rest, not in a second build.
		return fn.Exported() && (s.mayBuildRoute(fn) || s.handlesTemplates(n.Body))
	case *ast.CompositeLit:
		return isRequestType(info.TypeOf(n))
	case *ast.AssignStmt:
		return isURLEdit(info, n)
	case *ast.CallExpr:
		if tv := info.Types[n.Fun]; tv.IsType() || tv.IsBuiltin() {
			return false
		}
		callee := typeutil.StaticCallee(info, n)
		if callee != nil && callee.Pkg() != s.pass.Pkg && s.hasEditorFact(callee) {
			return true // an option the package's requests may be handed
		}
		if callee != nil && !variable(info, n.Args, false) {
			return false // every value is a constant
		}
		if callee == nil {
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
				if _, ok := invokedInterface(info.Selections[sel]); ok {
					return variable(info, n.Args, false) // its implementations' requests
				}
			}
			// A function value: its callees are the flow's to find, when
			// the package takes a function that may request as a value.
			return s.takesFuncs()
		}
		callee = callee.Origin()
		if _, ok := sinkOf(callee); ok {
			return variable(info, n.Args, false)
		}
		pkg := callee.Pkg()
		if pkg == nil || pkg == s.pass.Pkg {
			return false // the package's own: what calls a sink is joined with it
		}
		var rf requestsFact
		var bf routeFact
		if s.pass.ImportObjectFact(callee, &rf) || s.pass.ImportObjectFact(callee, &bf) {
			return variable(info, n.Args, false)
		}
		// A route handed to a function rcperm has not seen.
		return s.unseenCallee(callee) && variable(info, n.Args, true)
	}
	return false
}

// mayBuildRoute reports whether a function of the package may build a
// route: its body has text with a slash, joins paths, calls a route
// builder of another package, or a function of its own that may build
// one. Most functions returning a string build none, and need no value
// flow for their facts.
func (s *packageScan) mayBuildRoute(fn *types.Func) bool {
	if v, ok := s.routeish[fn]; ok {
		return v
	}
	decl := s.decls[fn]
	if decl == nil {
		return false
	}
	s.routeish[fn] = false // a recursion adds nothing
	res := fn.Signature().Results()
	// A function making a URL object makes it of a route, wherever the
	// route comes from (the receiver's fields a caller set).
	// So may a method handing on the route it is given after the
	// server its receiver keeps (c.server + route): builtRoute keeps
	// only a parameter passed through.
	found := s.routeTypes()[recvNamed(fn)] || res.Len() > 0 && isURLType(res.At(0).Type()) || s.exprMayBuildRoute(decl.Body) || s.returnsVerb(decl.Body) ||
		!s.std && isMethod(fn) && takesString(fn.Signature())
	s.routeish[fn] = found
	return found
}

// exprMayBuildRoute reports whether the syntax under root may build a
// route: text with a slash, a path joiner, a route builder of another
// package, or a function of the package's own that may build one.
func (s *packageScan) exprMayBuildRoute(root ast.Node) bool {
	info := s.pass.TypesInfo
	found := false
	ast.Inspect(root, func(n ast.Node) bool {
		if found {
			return false
		}
		x, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		if tv := info.Types[x]; tv.Value != nil {
			// A slash, or a query's separator alone: a helper adding a
			// query to the route it is given (withQuery(route, params)).
			// A placeholder's brace: a template's parameters filled in
			// ("{"+name+"}").
			if tv.Value.Kind() == constant.String {
				text := constant.StringVal(tv.Value)
				found = strings.Contains(text, "/") || text == "?" || text == "&" || text == "{" || text == "}"
			}
			return false
		}
		if id, ok := x.(*ast.Ident); ok {
			// A package-level table of routes or filters the function
			// reads (featureFilters[name]).
			v, isVar := info.Uses[id].(*types.Var)
			found = isVar && s.routeGlobals()[v]
			return false
		}
		call, ok := x.(*ast.CallExpr)
		if !ok {
			return true
		}
		callee := typeutil.StaticCallee(info, call)
		if callee == nil {
			return true
		}
		callee = callee.Origin()
		var bf routeFact
		switch {
		case joiners[callee.FullName()]:
			found = true
		case callee.FullName() == "fmt.Sprintf" && len(call.Args) > 0 && isLocalVar(info, call.Args[0]):
			// A format helper's (URL(format string, args ...any)):
			// the route is the format its callers give.
			found = true
		case callee.Pkg() == s.pass.Pkg:
			res := callee.Signature().Results()
			found = res.Len() > 0 && (carriesRoute(res.At(0).Type()) || isStringList(res.At(0).Type())) && s.mayBuildRoute(callee)
		default:
			found = callee.Pkg() != nil && s.pass.ImportObjectFact(callee, &bf)
		}
		return true
	})
	return found
}

// returnsVerb reports whether a function returns an HTTP method as a
// constant: an operation's Method(), which the request takes as a route
// builder's path.
func (s *packageScan) returnsVerb(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit || found {
			return false
		}
		if ret, ok := n.(*ast.ReturnStmt); ok && len(ret.Results) > 0 {
			if tv := s.pass.TypesInfo.Types[ret.Results[0]]; tv.Value != nil && tv.Value.Kind() == constant.String {
				found = httpMethods[constant.StringVal(tv.Value)]
			}
		}
		return true
	})
	return found
}

// isLocalVar reports whether e names a variable of a function (a
// parameter, a local), not a constant or a package-level variable.
func isLocalVar(info *types.Info, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	return ok && v.Pkg() != nil && v.Parent() != v.Pkg().Scope()
}

// routeTypes are the package's string types some constant of which is a
// route (type Route string; const CallLog Route = "/restapi/..."): their
// methods handle routes, whatever their bodies say (r.Under(server)).
func (s *packageScan) routeTypes() map[*types.TypeName]bool {
	if s.stringRouteTypes == nil {
		s.stringRouteTypes = map[*types.TypeName]bool{}
		scope := s.pass.Pkg.Scope()
		for _, name := range scope.Names() {
			c, ok := scope.Lookup(name).(*types.Const)
			if !ok || c.Val().Kind() != constant.String || !strings.Contains(constant.StringVal(c.Val()), "/") {
				continue
			}
			if named, ok := types.Unalias(c.Type()).(*types.Named); ok && named.Obj().Pkg() == s.pass.Pkg {
				s.stringRouteTypes[named.Obj()] = true
			}
		}
	}
	return s.stringRouteTypes
}

// recvNamed is the named type of a method's receiver, nil for a function.
func recvNamed(fn *types.Func) *types.TypeName {
	recv := fn.Signature().Recv()
	if recv == nil {
		return nil
	}
	if named, ok := types.Unalias(pointee(recv.Type())).(*types.Named); ok {
		return named.Obj()
	}
	return nil
}

// routeGlobals are the package-level variables whose initializers may
// build routes (text with a slash), once a package.
func (s *packageScan) routeGlobals() map[*types.Var]bool {
	if s.globalsWithRoutes == nil {
		s.globalsWithRoutes = map[*types.Var]bool{}
		s.eachPackageVar(func(vs *ast.ValueSpec, _ int, v *types.Var) {
			if s.exprMayBuildRoute(vs) {
				s.globalsWithRoutes[v] = true
			}
		})
	}
	return s.globalsWithRoutes
}

// joiners are the functions that put slashes between their arguments.
var joiners = map[string]bool{
	"path.Join": true, "path/filepath.Join": true, "net/url.JoinPath": true,
	"(*net/url.URL).JoinPath": true, "(*net/url.URL).ResolveReference": true,
	"(*net/url.URL).String": true, // a URL made of its fields
}

// takesFuncs reports whether the package takes as a value a function of
// its own, a sink, or one facts say requests: a call of a function value
// may invoke it.
func (s *packageScan) takesFuncs() bool {
	for fn := range s.dynamicCalls().taken {
		var rf requestsFact
		if _, ok := sinkOf(fn); ok || fn.Pkg() == s.pass.Pkg || s.pass.ImportObjectFact(fn, &rf) {
			return true
		}
	}
	return false
}

// variable reports whether some argument is no constant; of a type that
// carries a route only, when routes.
func variable(info *types.Info, args []ast.Expr, routes bool) bool {
	for _, a := range args {
		tv := info.Types[a]
		if tv.Value == nil && (!routes || carriesRoute(tv.Type)) {
			return true
		}
	}
	return false
}

// values returns the values x may have, in terms of the parameters of fn
// (the function x is written in, or that encloses the function literal
// it is written in; nil for a package-level initializer): a constant as
// the type checker folds it, anything else as the value flow follows it;
// one unknown value when neither can tell.
func (s *packageScan) values(fn *types.Func, x ast.Expr) []Value {
	if v, ok := constantValue(s.pass.TypesInfo, x); ok {
		return []Value{v}
	}
	fp := s.flow()
	if fp == nil {
		return []Value{unknown()}
	}
	strs, ok := fp.Strings(x, fn)
	if !ok {
		return []Value{unknown()}
	}
	return alternatives(strs)
}

// funcResults returns what the function value x, written in fn, may
// return as its first result, a string.
func (s *packageScan) funcResults(fn *types.Func, x ast.Expr) []Value {
	fp := s.flow()
	if fp == nil {
		return []Value{unknown()}
	}
	strs, ok := fp.FuncResults(x, fn)
	if !ok {
		return []Value{unknown()}
	}
	return alternatives(strs)
}

// constantValue is a constant string or integer expression's text.
func constantValue(info *types.Info, x ast.Expr) (Value, bool) {
	tv, ok := info.Types[x]
	if !ok || tv.Value == nil {
		return nil, false
	}
	switch tv.Value.Kind() {
	case constant.String:
		return lit(constant.StringVal(tv.Value)), true
	case constant.Int:
		return lit(tv.Value.ExactString()), true
	}
	return nil, false
}

// alternatives turns the value flow's strings into the values of
// requests. Strings that differ only in the query are one route, the
// first of them. A string the flow knows nothing of beside strings it
// knows (a field another package may also set) is no request of its own:
// the flow resolves requests, it never claims one.
func alternatives(strs []flow.Str) []Value {
	known := false
	for _, str := range strs {
		known = known || !pathBlank(Value(str))
	}
	var out []Value
	seen := map[string]bool{}
	for _, str := range strs {
		v := unknown()
		if str != nil {
			v = make(Value, len(str)) // the flow's memo keeps its own
			copy(v, str)
		}
		if known && pathBlank(v) || zeroBeforeField(v, strs) {
			continue
		}
		// String, not render: a parameter is not an unknown.
		if route := withoutQuery(v.String()); !seen[route] {
			seen[route] = true
			out = append(out, v)
		}
	}
	if len(out) == 0 {
		return []Value{unknown()}
	}
	return out
}

// zeroBeforeField reports whether v is another of strs without the route
// field it reads: the struct's zero value beside the stores an option may
// make (c.baseURL + s.path, s.path still ""), no request of its own.
func zeroBeforeField(v Value, strs []flow.Str) bool {
	for _, other := range strs {
		for h, part := range other {
			if part.Field == "" || len(other) < 2 {
				continue
			}
			// other without its route field, the empty text it holds
			// before any store.
			without := concat(Value(other[:h]), Value(other[h+1:]))
			if without.equal(concat(v)) {
				return true
			}
		}
	}
	return false
}

// pathBlank reports whether the flow knows nothing of a value's path: no
// text of it but slashes, once the server before it (the literal text up
// to the path) and the query after it are left out (a server followed by
// a path a loop computes). A forwarder's parameter is known: its callers
// tell it.
func pathBlank(v Value) bool {
	var b strings.Builder
	for i, p := range v {
		switch {
		case p.Unknown:
			b.WriteString("{}")
		case p.IsParam:
			b.WriteString("$")
		case i == 0:
			b.WriteString(withoutOrigin(p.Lit))
		default:
			b.WriteString(p.Lit)
		}
	}
	r := withoutQuery(b.String())
	return strings.Trim(strings.ReplaceAll(r, "{}", ""), "/") == ""
}

// withoutOrigin is a URL's text from its path on ("" for an origin
// alone).
func withoutOrigin(text string) string {
	i := strings.Index(text, "://")
	if i < 0 {
		return text
	}
	rest := text[i+3:]
	if j := strings.IndexByte(rest, '/'); j >= 0 {
		return rest[j:]
	}
	return ""
}

// withoutQuery is a URL up to its query or fragment.
func withoutQuery(s string) string {
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		return s[:i]
	}
	return s
}

// argCombinations returns the combinations of the arguments' values a
// call of a wrapper with these templates is instantiated with: every
// combination of the values of the arguments the templates use (several
// make several combinations, merged is then true); past
// maxArgCombinations, an argument of several values is unknown instead.
// A template that reads a projection of a parameter (a field of a request
// builder's receiver, a request's Path()) takes what the projection holds
// at the call.
//
// Where a URL argument loses a route field in a computation, the
// combinations are each store's (field_bound.go), and origins gives the
// step to the store of each; nil otherwise.
func (s *packageScan) argCombinations(fn *types.Func, call *ast.CallExpr, callee *types.Func, exprs []ast.Expr, templates []RequestTemplate) (combos [][]Value, merged bool, origins []*boundOrigin) {
	used, inURL := map[int]bool{}, map[int]bool{}
	n := len(exprs)
	for _, t := range templates {
		t.URL.markParams(inURL, 0)
		parts := append(append(Value{}, t.Method...), t.URL...)
		if t.Via != nil {
			// A late-bound call's request is its implementation's: any
			// argument it hands on may be the route.
			for _, a := range t.Via.values() {
				parts = append(parts, a...)
			}
		}
		n = deferredUses(t, used, parts.markParams(used, n))
	}
	known := map[int][]Value{}
	valuesOf := func(i int) []Value {
		if vals, ok := known[i]; ok {
			return vals
		}
		var vals []Value
		_, isDeferred := flow.DeferredIndex(i)
		switch _, _, _, projected := flow.ProjectionOf(i); {
		case !used[i] || isDeferred:
		case projected:
			vals = s.projection(fn, call, callee, i)
		case i < len(exprs):
			vals = s.values(fn, exprs[i])
		default:
			vals = []Value{unknown()}
		}
		known[i] = vals
		return vals
	}
	if combos, merged, ok := s.jointCombinations(fn, call, exprs, n, used, valuesOf, inURL); ok {
		return combos, merged, nil
	}
	if combos, origins, ok := s.jointProjections(fn, call, callee, n, used, templates, valuesOf); ok {
		return combos, len(combos) > 1, origins
	}
	if combos, origins, ok := s.boundProjections(fn, call, callee, n, used, templates, valuesOf); ok {
		return combos, len(combos) > 1, origins
	}
	direct := make([]ast.Expr, min(n, len(exprs)))
	for i := range direct {
		_, isDeferred := flow.DeferredIndex(i)
		if _, _, _, projected := flow.ProjectionOf(i); used[i] && !isDeferred && !projected {
			direct[i] = exprs[i]
		}
	}
	if groups, steps, ok := s.boundGroups(fn, direct, func(i int) bool { return inURL[i] }); ok {
		for k, g := range groups {
			c, _ := s.combinations(n, func(i int) []Value {
				if i < len(g) && g[i] != nil {
					return g[i]
				}
				return valuesOf(i)
			})
			combos = append(combos, c...)
			for range c {
				origins = append(origins, steps[k])
			}
		}
		return combos, len(combos) > 1, origins
	}
	combos, merged = s.combinations(n, valuesOf)
	return combos, merged, nil
}

// combinations returns every combination of the values of n arguments
// (valuesOf gives an argument's, nil for one no template reads), those of
// several values making several (merged is then true); past
// maxArgCombinations, an argument of several values is unknown instead.
func (s *packageScan) combinations(n int, valuesOf func(int) []Value) (combos [][]Value, merged bool) {
	alternatives := make([][]Value, n)
	count := 1
	for i := range alternatives {
		alternatives[i] = []Value{nil} // not asked: no template reads it
		if vals := valuesOf(i); vals != nil {
			alternatives[i] = vals
			count *= len(vals)
			count = min(count, maxArgCombinations+1)
		}
	}
	for count > maxArgCombinations {
		// Too many: an argument's alternatives become one unknown value,
		// a server's first (the route decides the operation), else the
		// most numerous, until the rest fit.
		pick := -1
		for i, alts := range alternatives {
			switch {
			case len(alts) < 2:
			case pick < 0, !allServers(alternatives[pick]) && allServers(alts),
				allServers(alternatives[pick]) == allServers(alts) && len(alts) > len(alternatives[pick]):
				pick = i
			}
		}
		alternatives[pick] = []Value{unknown()}
		count = 1
		for _, alts := range alternatives {
			count *= len(alts)
		}
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
	return out, count > 1
}

// allServers reports whether every value is a server with no path: a
// scheme and host, or a value known only at run time.
func allServers(vals []Value) bool {
	for _, v := range vals {
		text := v.render()
		if _, host, ok := strings.Cut(text, "://"); ok {
			text = host
		}
		if strings.Contains(text, "/") {
			return false
		}
	}
	return true
}

// editedURL returns the URLs of the request that at makes (a sink call
// building a request, an http.Request literal) after the edits of its URL
// that follow in its function (req.URL.Path = ...), starting from base,
// the URLs it is made with; ok is false when its function edits no
// request's URL.
func (s *packageScan) editedURL(fn *types.Func, at ast.Expr, base []Value) ([]Value, bool) {
	if !s.editsURL(at.Pos()) {
		return nil, false
	}
	fp := s.flow()
	if fp == nil {
		return nil, false
	}
	strs := make([]flow.Str, len(base))
	for i, v := range base {
		strs[i] = flow.Str(v)
	}
	edited, ok := fp.EditedURL(at, strs, fn)
	if !ok {
		return nil, false
	}
	return alternatives(edited), true
}

// editsURL reports whether the function (or package-level initializer)
// holding pos edits the URL of a request: req.URL = u, req.URL.Path = p.
// Most edit none, and need no value flow for it.
func (s *packageScan) editsURL(pos token.Pos) bool {
	if s.urlEditors == nil {
		s.urlEditors = []ast.Node{}
		for _, f := range s.pass.Files {
			for _, d := range f.Decls {
				found := false
				ast.Inspect(d, func(n ast.Node) bool {
					found = found || isURLEdit(s.pass.TypesInfo, n) || s.handsRequestOn(n)
					return !found
				})
				if found {
					s.urlEditors = append(s.urlEditors, d)
				}
			}
		}
	}
	for _, d := range s.urlEditors {
		if d.Pos() <= pos && pos < d.End() {
			return true
		}
	}
	return false
}

// handsRequestOn reports whether n is a call that hands a request or a
// URL to a function that may edit it: one not of the standard library
// (an option, a helper setting the path).
func (s *packageScan) handsRequestOn(n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return false
	}
	if fn, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func); ok && fn.Pkg() != nil && (flowOracle{s}).Std(fn.Pkg().Path()) {
		return false
	}
	for _, a := range call.Args {
		t := s.pass.TypesInfo.TypeOf(a)
		if _, ptr := t.(*types.Pointer); ptr && (isRequestType(t) || isURLType(t)) {
			return true
		}
	}
	return false
}

// isURLEdit reports whether n is an assignment to a request's URL or to
// a field of a URL (req.URL.Path, or u.Path of u := req.URL).
func isURLEdit(info *types.Info, n ast.Node) bool {
	as, ok := n.(*ast.AssignStmt)
	if !ok {
		return false
	}
	for _, lhs := range as.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		if isURLType(info.TypeOf(sel.X)) || sel.Sel.Name == "URL" && isRequestType(info.TypeOf(sel.X)) {
			return true
		}
	}
	return false
}

// flowOracle answers the value flow's questions from the analysis: route
// builders of other packages, and the methods with requests that may
// implement an interface.
type flowOracle struct{ s *packageScan }

func (o flowOracle) Returns(fn *types.Func, variadic int) ([]flow.Str, bool) {
	if variadic >= 0 {
		if vs, ok := o.s.variadicRoute(fn, variadic); ok {
			strs := make([]flow.Str, len(vs))
			for i, v := range vs {
				strs[i] = flow.Str(v)
			}
			return strs, true
		}
	}
	routes, ok := o.s.routeBuilder(fn)
	strs := make([]flow.Str, len(routes))
	for i, r := range routes {
		strs[i] = flow.Str(r)
	}
	return strs, ok
}

// ReturnsDeferred reads the calls a route builder of another package
// leaves to its callers from its route fact.
func (o flowOracle) ReturnsDeferred(fn *types.Func) []flow.Deferred {
	var fact routeFact
	fn = fn.Origin()
	if fn.Pkg() == o.s.pass.Pkg || !o.s.pass.ImportObjectFact(fn, &fact) {
		return nil
	}
	out := make([]flow.Deferred, len(fact.Deferred))
	for i, d := range fact.Deferred {
		if len(d.Code.Blocks) == 0 {
			continue // no call carried at that index
		}
		code := d.Code
		out[i] = flow.Deferred{Code: &code, Args: make([][]flow.Str, len(d.Args)), Lists: d.Lists}
		for j, alts := range d.Args {
			for _, v := range alts {
				out[i].Args[j] = append(out[i].Args[j], flow.Str(v))
			}
		}
	}
	return out
}

// ReturnsResult reads a later result of a method of another package from
// its route fact.
func (o flowOracle) ReturnsResult(fn *types.Func, index int) ([]flow.Str, bool) {
	var fact routeFact
	fn = fn.Origin()
	if fn.Pkg() == o.s.pass.Pkg || !o.s.pass.ImportObjectFact(fn, &fact) || index < 1 || index > len(fact.Later) || fact.Later[index-1] == nil {
		return nil, false
	}
	strs := make([]flow.Str, len(fact.Later[index-1]))
	for i, v := range fact.Later[index-1] {
		strs[i] = flow.Str(v)
	}
	return strs, true
}

// Std reports whether an import path is the standard library's: by the
// go command's rule, unless the path begins as the package's own does
// and the package is not std's (an application whose module path has no
// dot, "billing/internal/rc" seen from "billing/cmd/sync").
func (o flowOracle) Std(path string) bool { return o.s.stdPackage(path) }

// stdPackage reports whether the package of that import path is std's:
// one whose first element has no dot, unless the package's own path
// begins so too (a module named "app", whose packages have no dot).
func (s *packageScan) stdPackage(path string) bool {
	if !isStd(path) {
		return false
	}
	first, _, _ := strings.Cut(path, "/")
	own, _, _ := strings.Cut(s.pass.Pkg.Path(), "/")
	return first != own || s.std
}

func (o flowOracle) Implementations(iface *types.Interface, name string) []*types.Func {
	return o.s.factImplementations(name, interfaceKey(iface))
}

// A methodAt is a method another package's fact lists.
type methodAt struct {
	pkg  *types.Package
	path objectpath.Path
}

// requestMethodNames are the names of the methods of other packages whose
// facts say they make requests: an interface call of one of them may
// reach them. Read once a package, since every dynamic call asks, from
// the package facts, which list them by name (packageFact.RequestMethods):
// reading every object fact of every dependency would be quadratic in the
// program.
func (s *packageScan) requestMethodNames() map[string][]methodAt {
	if s.factMethods != nil {
		return s.factMethods
	}
	s.factMethods = map[string][]methodAt{}
	for _, imp := range s.importedPackageFacts() {
		for _, m := range imp.fact.RequestMethods {
			s.factMethods[m.Name] = append(s.factMethods[m.Name], methodAt{imp.pkg, objectpath.Path(m.Path)})
		}
	}
	return s.factMethods
}

// requestFuncs are the methods of other packages named name whose facts
// say they make requests, resolved once a name.
func (s *packageScan) requestFuncs(name string) []*types.Func {
	if fns, ok := s.factFuncs[name]; ok {
		return fns
	}
	if s.factFuncs == nil {
		s.factFuncs = map[string][]*types.Func{}
	}
	var out []*types.Func
	for _, m := range s.requestMethodNames()[name] {
		obj, err := objectpath.Object(m.pkg, m.path)
		if fn, ok := obj.(*types.Func); err == nil && ok {
			out = append(out, fn)
		}
	}
	s.factFuncs[name] = out
	return out
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
		for name := range s.requestMethodNames() {
			s.requestNames[name] = true
		}
		for _, fn := range s.funcs {
			if sum := s.summaries[fn]; sum == nil || !sum.done || len(sum.requests) > 0 {
				s.requestNames[fn.Name()] = true
			}
		}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if _, ok := invokedInterface(s.pass.TypesInfo.Selections[sel]); ok {
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
// summary, complete (see summary.partial), shows to make no request. By
// name alone, every function of the package not yet summarized when the
// first call of a function value came counted as one with requests:
// packages that take any of their functions as values built the value
// flow for every such call (a deferred cancel, a callback).
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
	iface, ok := invokedInterface(s.pass.TypesInfo.Selections[sel])
	if !ok {
		return nil, false
	}
	return s.implementors(sel.Sel.Name, interfaceKey(iface)), true
}

// invokedInterface is the interface whose method a call's selector
// invokes: the receiver's own, or one a struct embeds, whose method the
// struct promotes (c.Do of a client embedding its Doer interface); ok is
// false for a method of a concrete type, or no method at all.
func invokedInterface(sn *types.Selection) (*types.Interface, bool) {
	if sn == nil || sn.Kind() != types.MethodVal {
		return nil, false
	}
	fn, ok := sn.Obj().(*types.Func)
	if !ok || fn.Signature().Recv() == nil {
		return nil, false
	}
	iface, ok := fn.Signature().Recv().Type().Underlying().(*types.Interface)
	return iface, ok
}

// maxVariadicArity is the most variadic arguments a joiner's routes are
// summarized for: the segments of RingCentral's longest route, so a
// helper joining each segment apart (EventFilter(q, "account", id,
// "extension", id, "message-store")) is followed for any route
// (TestVariadicArityCoversRoutes).
const maxVariadicArity = 12

// variadicRoutes summarizes a variadic function of the package that joins
// strings into a route (f(elem ...string) string) for 1 to
// maxVariadicArity arguments, through the value flow; nil for any other
// function, or one whose result is no route.
func (s *packageScan) variadicRoutes(fn *types.Func) (single []Value, alternatives [][]Value) {
	sig := fn.Signature()
	if !fn.Exported() || !sig.Variadic() || sig.Results().Len() == 0 || !carriesRoute(sig.Results().At(0).Type()) || !s.mayBuildRoute(fn) {
		return nil, nil
	}
	last, ok := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice)
	if !ok || !isStringType(last.Elem()) {
		return nil, nil
	}
	fp := s.flow()
	if fp == nil {
		return nil, nil
	}
	singles := true
	for k := 0; k <= maxVariadicArity; k++ {
		strs, ok := fp.VariadicAlternatives(fn, k)
		if !ok && k > 0 {
			return nil, nil
		}
		var routes []Value // nil, not empty, for none: as gob decodes it
		for _, str := range strs {
			v := concat(Value(str))
			if len(v) == 0 {
				v = lit("") // empty text, which gob would decode as unknown
			}
			routes = append(routes, v)
		}
		alternatives = append(alternatives, routes)
		if len(routes) != 1 || hasUnknownPart(routes[0]) {
			singles = false
		} else {
			single = append(single, routes[0])
		}
	}
	if singles {
		return single, nil
	}
	return nil, alternatives
}

// hasUnknownPart reports whether a part of v is known only at run time.
func hasUnknownPart(v Value) bool {
	for _, p := range v {
		if p.Unknown {
			return true
		}
	}
	return false
}

// variadicRoute returns the route a variadic joiner of another package
// returns with n variadic arguments: its fact. The package's own are
// followed by the value flow itself.
func (s *packageScan) variadicRoute(fn *types.Func, n int) ([]Value, bool) {
	fn = fn.Origin()
	var fact routeFact
	if fn.Pkg() == s.pass.Pkg || !s.pass.ImportObjectFact(fn, &fact) {
		return nil, false
	}
	if n >= 0 && n < len(fact.VariadicAlternatives) {
		alts := fact.VariadicAlternatives[n]
		return alts, len(alts) > 0
	}
	if n < 0 || n >= len(fact.Variadic) {
		return nil, false
	}
	return []Value{fact.Variadic[n]}, true
}
