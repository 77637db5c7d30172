package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/rcperm/rcperm/analyzer/internal/flow"

	"github.com/rcperm/rcperm/permissions"
)

// A call of an interface method that no implementation in sight answers
// (a service calls its client through an interface of its own; main wires
// the HTTP client in) hands its route to a request rcperm cannot see yet.
// The call becomes a late-bound template: the requests of whatever
// implements the method, called with the call's arguments. It travels up
// through callers and their facts like any request template, and the first
// package that sees an implementation with requests, among its own types
// or in the facts of its imports, resolves it at its call: the request is
// checked there, with a chain through the interface call down to the
// implementation's request. A decorator (an implementation that calls the
// interface again) resolves in turn, up to maxLateDepth.
//
// A call through a function-typed field that the package never sets
// (pipeline.Runner{Fetch: client.Get}, wired in main) is late-bound the
// same way, by the field: the package that stores a function with
// requests into the field resolves it with that function's requests.
//
// One that no package resolves is an unresolved request of the package
// where its arguments became known, counted and not reported (the
// interface may log or compare the route, not request it). The standalone
// driver sees the whole program: it drops those that another package
// resolved (Result.ResolvedLate). Under go vet and golangci-lint each
// package judges alone.

// maxLateDepth bounds the decorators a late-bound call is resolved
// through.
const maxLateDepth = 4

// A LateCall is an interface method call whose callee is not known where
// it is made.
type LateCall struct {
	// Method is the method's name; Iface the interface's method set, each
	// method as methodKey writes it, sorted: what an implementation must
	// have, told without the interface's type (a fact has no types).
	Method string
	Iface  []string
	// Field, for a call through a function-typed field, is the field as
	// flow.FieldKey writes it ("pkgpath.Type.Field"): the functions stored
	// in it are the callees; Method and Iface are then empty.
	Field string
	// Param, for a call of a function-typed parameter of the function
	// the template belongs to, is that parameter's index plus one: each
	// caller's argument there is the callee (a named function or method
	// value handed to a pager's get callback).
	Param int
	// Recv, for a call through an interface value that is a parameter of
	// the function the template belongs to (a pager's c Getter), is that
	// parameter's index plus one: a caller passing a value of a concrete
	// type makes that type's method the callee, not every implementation.
	Recv int
	// impl is the one callee a call of the template's function made it
	// call, by the concrete type it passed for Recv (recvCallee); nil:
	// every implementation in sight. A fact carries no such call.
	impl *types.Func
	// Named, for a call through a value of an exported named interface,
	// is the interface, "pkgpath.Name": a package that converts a value
	// to it resolves the call (field_calls.go).
	Named string
	// Args are the call's arguments (the receiver aside), in terms of the
	// parameters of the function the template belongs to.
	Args []Value
	// Fields are what the string fields of its struct arguments hold (a
	// request descriptor handed to a port: Request{Method, Path}), in
	// the order of the projections that stand for them: what an
	// implementation's template reads of them.
	Fields []LateField
	// ID names the call once its arguments are known: where they became
	// so, as "package/file.go:line:col" (the package's path, the file's
	// name), which a moved checkout keeps, followed by " " and the field
	// for a call through one; "" while they depend on parameters.
	ID string
	// Written is set when the call's arguments have route text of its
	// own (a literal with a slash): the call picks the route, rather
	// than the callers that give it a parameter's (a helper forwarding
	// its path).
	Written bool
	// Lost is set when a caller's arguments left the route unknown: a
	// parameter the call handed on became a value rcperm cannot tell (an
	// element of a list the caller was given). The call still makes the
	// implementation's requests; the package that sees one resolves it,
	// and its request is unresolved there rather than dropped.
	Lost bool
}

func (c *LateCall) String() string { return c.format(Value.String) }

// format writes the call with each value as text gives it.
func (c *LateCall) format(text func(Value) string) string {
	args := make([]string, len(c.Args))
	for i, a := range c.Args {
		args[i] = text(a)
	}
	for _, f := range c.Fields {
		args = append(args, fmt.Sprintf("$%d=%s", f.Param, text(f.Value)))
	}
	name := c.Method
	switch {
	case c.Field != "":
		name = c.Field
	case c.Param > 0:
		name = fmt.Sprintf("$%d", c.Param-1)
	}
	return name + "(" + strings.Join(args, ", ") + ")"
}

// key is String, with holes told apart (Value.key), and the call's ID.
func (c *LateCall) key() string { return c.format(Value.key) + " " + c.ID }

// A LateField is what a field of a late-bound call's struct argument
// holds: Param is the projection that stands for it (flow.ParamField).
type LateField struct {
	Param int
	Value Value
}

// values are the call's argument values and its fields' (Fields).
func (c *LateCall) values() []Value {
	out := c.Args
	for _, f := range c.Fields {
		out = append(out[:len(out):len(out)], f.Value)
	}
	return out
}

// arg is what the call passes for an implementation's parameter p: an
// argument, or a projection of one; unknown for any other.
func (c *LateCall) arg(p int) Value {
	if p < len(c.Args) && c.Args[p] != nil {
		return c.Args[p]
	}
	for _, f := range c.Fields {
		if f.Param == p {
			return f.Value
		}
	}
	return unknown()
}

// fill is v, an implementation's template, with the call's arguments in
// place of its parameters.
func (c *LateCall) fill(v Value) Value { return v.substituteWith(c.arg) }

// substitute returns the call with its arguments in terms of a caller's.
func (c *LateCall) substitute(args []Value) *LateCall {
	return c.substituteWith(func(p int) Value {
		if p < len(args) && args[p] != nil {
			return args[p]
		}
		return unknown()
	})
}

// substituteWith is substitute with arg giving each parameter's value.
func (c *LateCall) substituteWith(arg func(int) Value) *LateCall {
	out := *c
	lost := false
	sub := func(a Value) Value {
		v := a.substituteWith(arg)
		lost = lost || a.hasParams() && lostRoute(v)
		return v
	}
	out.Args = make([]Value, len(c.Args))
	for i, a := range c.Args {
		out.Args[i] = sub(a)
	}
	if c.Fields != nil {
		out.Fields = make([]LateField, len(c.Fields))
		for i, f := range c.Fields {
			out.Fields[i] = LateField{f.Param, sub(f.Value)}
		}
	}
	// An argument with route text of its own is the route (another
	// server's URL beside a body the caller left unknown): nothing lost.
	out.Lost = (c.Lost || lost) && !writesRoute(out.values())
	return &out
}

// handsRoute reports whether the call may make a RingCentral request: an
// argument is a route rcperm recognizes, or depends on the parameters
// (the callers tell).
func (c *LateCall) handsRoute() bool {
	for _, a := range c.values() {
		if a.hasParams() || permissions.Recognizes(a.render()) || onRingCentral(a) {
			return true
		}
	}
	return false
}

// onRingCentral reports whether v is a path that is one of RingCentral's
// operations on its server, though others serve it too ("/scim/v2/Users"):
// handed to a client, the client's server decides.
func onRingCentral(v Value) bool {
	path := v.render()
	return strings.HasPrefix(path, "/") && permissions.Recognizes(sdkServer+path)
}

// handsRoute is c.handsRoute, or an argument is what a function-typed
// field returns (job.BuildURL(cfg)) that the package cannot tell: the
// functions stored in it are the route (foreign_stores.go).
func (s *packageScan) handsRoute(c *LateCall) bool {
	if c.handsRoute() {
		return true
	}
	for _, a := range c.values() {
		for _, p := range a {
			if f := s.holeField(p); f != nil && flow.ReturnsString(f.Type()) {
				return true
			}
		}
	}
	return false
}

// lostRoute reports whether a value handed on as a route became one
// rcperm cannot tell: no parameter, no route it recognizes, and a part
// computed at run time.
func lostRoute(v Value) bool {
	return !v.hasParams() && !permissions.Recognizes(v.render()) && slices.ContainsFunc(v, func(p Part) bool { return p.Unknown })
}

func (c *LateCall) known() bool {
	for _, a := range c.values() {
		if a.hasParams() {
			return false
		}
	}
	return true
}

// route is the argument that names the request's route, for the
// unresolved request it is until an implementation is found.
func (c *LateCall) route() Value {
	for _, a := range c.values() {
		if permissions.Recognizes(a.render()) {
			return a
		}
	}
	return unknown()
}

// lateCall records an interface method call that no implementation in
// sight answers, when it hands a route: a late-bound template of the
// calling function (or a request, when the package resolves it after
// all), one for each combination of its arguments' values.
func (s *packageScan) lateCall(sum *summary, call *ast.CallExpr) {
	if s.std {
		// std's requests are never the app's, and its interface calls
		// (an io.Writer's, a net.Conn's) would make every function that
		// hands them a string a wrapper, in every host that analyzes std.
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		s.lateParamCall(sum, call)
		return
	}
	sn := s.pass.TypesInfo.Selections[sel]
	iface, ok := invokedInterface(sn)
	if !ok {
		s.lateFieldCall(sum, call)
		return
	}
	if _, ok := types.Unalias(s.pass.TypesInfo.TypeOf(sel.X)).(*types.TypeParam); ok {
		// A method of a type parameter (zero.CollectionPath(acct)): the
		// type argument's, which the value flow reads at each instance.
		return
	}
	args := callArgs(s.pass.TypesInfo, call)
	if !handsConstantRoute(s.pass.TypesInfo, args) && !s.handsStruct(sum.fn, args) &&
		(!variable(s.pass.TypesInfo, args, true) || s.routeless && !takesRoute(sum.fn)) {
		return // no argument may be a route: the flow is not built for it
	}
	if s.buildsRequest(sn.Obj().(*types.Func), interfaceKey(iface)) {
		// A fluent builder's method (b.Get(route)): it keeps the route in
		// the builder it returns, whose request is checked where it is
		// made, with the route the builder holds there.
		return
	}
	// A route the method takes as a string or URL may be requested; one
	// it takes as any is data (a span's attribute, a log field).
	sig := sn.Obj().(*types.Func).Signature()
	step := s.step(sn.Obj().(*types.Func), call)
	key := interfaceKey(iface)
	combos, merged := s.lateArgs(sum.fn, call, sig, args, true)
	lc := LateCall{Method: sel.Sel.Name, Iface: key, Named: exportedInterface(s.pass.TypesInfo.TypeOf(sel.X))}
	if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && sum.fn != nil {
		if i := paramIndex(sum.fn, s.pass.TypesInfo.Uses[id]); i >= 0 {
			lc.Recv = i + 1
		}
	}
	s.recordLate(sum, call, step, lc, combos, merged)
}

// recvCallee returns, for a late-bound call through an interface
// parameter of callee (LateCall.Recv), the method a call of callee makes
// it call when it passes a value of a concrete type there: that type's.
// When the argument is an interface parameter of fn in turn, the late
// call's Recv becomes that one's; otherwise it is no parameter's, and
// every implementation in sight is a callee.
func (s *packageScan) recvCallee(fn *types.Func, call *ast.CallExpr, callee *types.Func, lc *LateCall) (*types.Func, bool) {
	args := calleeArgs(s.pass.TypesInfo, call, callee)
	recv := lc.Recv
	lc.Recv = 0
	if recv-1 >= len(args) {
		return nil, false
	}
	arg := args[recv-1]
	t := s.pass.TypesInfo.TypeOf(arg)
	if t == nil {
		return nil, false
	}
	if types.IsInterface(t) {
		if id, ok := ast.Unparen(arg).(*ast.Ident); ok && fn != nil {
			if i := paramIndex(fn, s.pass.TypesInfo.Uses[id]); i >= 0 {
				lc.Recv = i + 1
			}
		}
		return nil, false
	}
	m, _, _ := types.LookupFieldOrMethod(t, true, nil, lc.Method)
	named, ok := m.(*types.Func)
	if !ok || lc.Method == "" || !token.IsExported(lc.Method) && named.Pkg() != s.pass.Pkg {
		return nil, false
	}
	if recv := named.Signature().Recv(); recv == nil || types.IsInterface(recv.Type()) {
		return nil, false // an interface the type embeds: its implementations
	}
	return named, true
}

// recordLate records, at call, the late-bound templates of the call
// callee stands for, one for each combination of its arguments that
// hands a route; it reports whether it recorded one.
func (s *packageScan) recordLate(sum *summary, call *ast.CallExpr, step Step, callee LateCall, combos []lateArgSet, merged bool) (recorded bool) {
	for _, la := range combos {
		lc := callee
		lc.Args, lc.Fields = la.args, la.fields
		// A parameter of a closure the function returns (a decorator's
		// func(ctx, method, path) adapted to the interface) is no
		// caller's argument: unknown here (returned_funcs.go).
		lost := lc.Lost
		lc = *lc.substituteWith(closedResult)
		lc.Lost = lost
		lc.Written = writesRoute(lc.values())
		if !s.handsRoute(&lc) {
			continue
		}
		r := RequestTemplate{Method: unknown(), URL: unknown(), Chain: s.chains.add(step, endOfChain), Via: &lc, Merged: merged}
		for _, r := range s.withDeferred(sum.fn, r) {
			s.late(sum, call, r)
		}
		recorded = true
	}
	return recorded
}

// closedResult is a parameter as itself, but for one of a function the
// function returns, unknown.
func closedResult(p int) Value {
	if isResultParam(p) {
		return unknown()
	}
	return Value{{Param: p, IsParam: true}}
}

// maxLateFields bounds the fields of its struct arguments a late-bound
// call carries.
const maxLateFields = 16

// lateArgSet is one combination of a late-bound call's argument values:
// the arguments, and the fields of its struct arguments (LateCall.Fields).
type lateArgSet struct {
	args   []Value
	fields []LateField
}

// lateArgs returns the combinations of the values a late-bound call
// passes, its callee of signature sig: an argument the callee takes as a
// string or URL (one it takes as any is data: a span's attribute, a log
// field), and each string field of a struct it takes (a request
// descriptor), which its implementations read as projections, when
// descriptors is set. Anything else (a context, a body) is unknown.
// (A call through a function-typed field takes no descriptor: such
// fields are callbacks, a linter's Report(Diagnostic{...}) in every
// analyzer, whose fields would cost the value flow of each.)
func (s *packageScan) lateArgs(fn *types.Func, call *ast.CallExpr, sig *types.Signature, args []ast.Expr, descriptors bool) ([]lateArgSet, bool) {
	var projections []int // flow.ParamField of each field asked
	for i, a := range args {
		if !descriptors {
			break
		}
		t := paramType(sig, i)
		if !s.descriptorStruct(s.pass.TypesInfo.TypeOf(a)) || !s.descriptorStruct(t) || !s.describedHere(fn, a) {
			continue
		}
		for _, f := range flow.LeafFields(t) {
			if len(projections) < maxLateFields {
				projections = append(projections, flow.ParamField(i+1, f))
			}
		}
	}
	combos, merged := s.combinations(len(args)+len(projections), func(i int) []Value {
		if i >= len(args) {
			return s.lateField(fn, call, sig, projections[i-len(args)])
		}
		if !carriesRoute(s.pass.TypesInfo.TypeOf(args[i])) || !carriesRoute(paramType(sig, i)) {
			return nil
		}
		return s.values(fn, args[i])
	})
	out := make([]lateArgSet, len(combos))
	for k, vals := range combos {
		for i, v := range vals {
			if v == nil {
				vals[i] = unknown()
			}
		}
		out[k].args = slices.Clip(vals[:len(args)])
		for j, p := range projections {
			if v := vals[len(args)+j]; !v.blank() {
				out[k].fields = append(out[k].fields, LateField{p, v})
			}
		}
	}
	return out, merged
}

// lateField is what the field a projection stands for holds at a
// late-bound call.
func (s *packageScan) lateField(fn *types.Func, call *ast.CallExpr, sig *types.Signature, projection int) []Value {
	fp := s.flow()
	if fp == nil {
		return []Value{unknown()}
	}
	slot, index, _, _ := flow.ProjectionOf(projection)
	strs, ok := fp.Projection(call, slot, index, "", flow.SlotType(sig, slot), fn)
	if !ok {
		return []Value{unknown()}
	}
	return alternatives(strs)
}

// descriptorStruct reports whether t is a struct of the program's own,
// or points to one, with string fields: a request descriptor an
// interface's implementation may build its request from. std's structs
// (an http.Request) are the sinks' to read.
func (s *packageScan) descriptorStruct(t types.Type) bool {
	named, ok := types.Unalias(pointee(t)).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || s.stdPackage(named.Obj().Pkg().Path()) {
		return false
	}
	_, isStruct := named.Underlying().(*types.Struct)
	return isStruct && len(flow.LeafFields(named)) > 0
}

// describedHere reports whether a, a struct argument of a call in fn, is
// one fn describes: a composite literal, or a variable fn sets to one,
// or what a descriptor's constructor returns. Any other (a parameter,
// an element of a list, a value another call returns) is rarely a
// request's descriptor, and following its fields would cost
// the value flow of every function that hands such a value to an
// interface, and of its callers (a linter's issues to its filters).
func (s *packageScan) describedHere(fn *types.Func, a ast.Expr) bool {
	e := ast.Unparen(a)
	if u, ok := e.(*ast.UnaryExpr); ok && (u.Op == token.AND) {
		e = ast.Unparen(u.X)
	}
	if st, ok := e.(*ast.StarExpr); ok {
		e = ast.Unparen(st.X)
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		return true
	case *ast.CallExpr:
		// A descriptor another package's constructor returns
		// (rcapi.Whoami()), whose effects fact gives its fields with
		// route text, or one of the package's own.
		callee := typeutil.StaticCallee(s.pass.TypesInfo, e)
		if callee == nil {
			return false
		}
		if callee.Pkg() == s.pass.Pkg {
			return s.makesDescriptor(callee.Origin())
		}
		var fact effectsFact
		return s.pass.ImportObjectFact(callee.Origin(), &fact) && fact.Returns
	case *ast.Ident:
		obj, ok := s.pass.TypesInfo.Uses[e].(*types.Var)
		if !ok || fn == nil {
			return false
		}
		decl := s.decls[fn]
		if decl == nil {
			return false
		}
		found := false
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || found {
				return !found
			}
			for i, lhs := range as.Lhs {
				id, ok := lhs.(*ast.Ident)
				if !ok || i >= len(as.Rhs) || s.pass.TypesInfo.ObjectOf(id) != obj {
					continue
				}
				rhs := ast.Unparen(as.Rhs[i])
				if u, ok := rhs.(*ast.UnaryExpr); ok && u.Op == token.AND {
					rhs = ast.Unparen(u.X)
				}
				_, found = rhs.(*ast.CompositeLit)
			}
			return !found
		})
		return found
	}
	return false
}

// handsStruct reports whether one of args, of a call in fn, is a
// request descriptor (descriptorStruct) that may hold a route: the
// package writes routes, or fn is handed one. (A linter's diagnostics
// handed to its reporter hold none, and asking their fields would build
// the value flow of every such package.)
func (s *packageScan) handsStruct(fn *types.Func, args []ast.Expr) bool {
	if s.routeless && !takesRoute(fn) {
		return false
	}
	for _, a := range args {
		if s.descriptorStruct(s.pass.TypesInfo.TypeOf(a)) {
			return true
		}
	}
	return false
}

// exportedInterface is "pkgpath.Name" of t when t is an exported named
// interface type; "" otherwise.
func exportedInterface(t types.Type) string {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !named.Obj().Exported() || !types.IsInterface(named) {
		return ""
	}
	return named.Obj().Pkg().Path() + "." + named.Obj().Name()
}

// lateFieldCall records a call through a function-typed field that no
// function in sight answers, when it hands a route: a late-bound template
// whose callees are the functions stored in the field. It reports whether
// the call is one through such a field.
func (s *packageScan) lateFieldCall(sum *summary, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || s.std {
		return false
	}
	sn := s.pass.TypesInfo.Selections[sel]
	if sn == nil || sn.Kind() != types.FieldVal || len(sn.Index()) != 1 {
		// A promoted field is keyed by the struct that declares it,
		// which the selection does not name: left to handedRoute.
		return false
	}
	field, ok := sn.Obj().(*types.Var)
	sig, isFunc := underlying(sn.Type()).(*types.Signature)
	owner, named := types.Unalias(pointee(sn.Recv())).(*types.Named)
	if !ok || !isFunc || !named || owner.Obj().Pkg() == nil {
		return false
	}
	args := callArgs(s.pass.TypesInfo, call)
	if !handsConstantRoute(s.pass.TypesInfo, args) && !variable(s.pass.TypesInfo, args, true) {
		return true
	}
	key := flow.FieldKey(field, owner.Obj())
	p := s.pass.Fset.Position(call.Pos())
	step := Step{Call: key, File: p.Filename, Line: p.Line, Col: p.Column}
	combos, merged := s.lateArgs(sum.fn, call, sig, args, false)
	s.recordLate(sum, call, step, LateCall{Field: key}, combos, merged)
	return true
}

// lateParamCall records a call of a function-typed parameter of the
// function (get(ctx, url) in a pager handed its getter) that hands it a
// route: a late-bound template whose callee each caller names. It reports
// whether it recorded one; a call that hands no route is left to the
// others' rules (takenUnseen).
func (s *packageScan) lateParamCall(sum *summary, call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || sum.fn == nil {
		return false
	}
	param := paramIndex(sum.fn, s.pass.TypesInfo.Uses[id])
	sig, isFunc := underlying(s.pass.TypesInfo.TypeOf(id)).(*types.Signature)
	if param < 0 || !isFunc {
		return false
	}
	args := callArgs(s.pass.TypesInfo, call)
	if !handsConstantRoute(s.pass.TypesInfo, args) && !s.handsStruct(sum.fn, args) && !variable(s.pass.TypesInfo, args, true) {
		return false
	}
	p := s.pass.Fset.Position(call.Pos())
	step := Step{Call: id.Name, File: p.Filename, Line: p.Line, Col: p.Column}
	combos, merged := s.lateArgs(sum.fn, call, sig, args, true)
	return s.recordLate(sum, call, step, LateCall{Param: param + 1}, combos, merged) // its callers name the callee
}

// paramIndex is the index of obj among fn's declared parameters, -1 for
// none.
func paramIndex(fn *types.Func, obj types.Object) int {
	params := fn.Signature().Params()
	for i := range params.Len() {
		if params.At(i) == obj {
			return i
		}
	}
	return -1
}

// paramCallee turns a late-bound call of the callee's function-typed
// parameter, at a call of the callee, into the call of what the call
// passes there: the function it names (ok), or the calling function's
// own parameter it forwards (the template stays late-bound). Nil, false
// for anything else, which the call cannot tell.
func (s *packageScan) paramCallee(fn *types.Func, call *ast.CallExpr, callee *types.Func, lc *LateCall) (*types.Func, bool) {
	args := calleeArgs(s.pass.TypesInfo, call, callee)
	if lc.Param-1 >= len(args) {
		return nil, false
	}
	arg := args[lc.Param-1]
	if named := funcValue(s.pass.TypesInfo, arg); named != nil {
		lc.Param = 0
		return named, true
	}
	lc.Param = 0
	if id, ok := ast.Unparen(arg).(*ast.Ident); ok && fn != nil {
		if i := paramIndex(fn, s.pass.TypesInfo.Uses[id]); i >= 0 {
			lc.Param = i + 1
		}
	}
	return nil, false
}

// fieldCallees returns the functions with requests the package stores
// into the function-typed field key (a composite literal's key, an
// assignment): functions and method values, by name.
func (s *packageScan) fieldCallees(key string) []*types.Func {
	var out []*types.Func
	for _, st := range s.funcStores()[key] {
		if len(s.requestsOf(st.fn)) > 0 && !slices.Contains(out, st.fn) {
			out = append(out, st.fn)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].FullName() < out[j].FullName() })
	return out
}

// funcValue is the function an expression names as a value: a function,
// or a method value (client.Get); nil for any other.
func funcValue(info *types.Info, e ast.Expr) *types.Func {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		fn, _ := info.Uses[e].(*types.Func)
		return fn
	case *ast.SelectorExpr:
		if sn := info.Selections[e]; sn != nil {
			if sn.Kind() != types.MethodVal {
				return nil
			}
			fn, _ := sn.Obj().(*types.Func)
			return fn
		}
		fn, _ := info.Uses[e.Sel].(*types.Func) // pkg.Func
		return fn
	}
	return nil
}

// paramType is the type of a signature's parameter that argument i is
// passed for (of a variadic parameter, its element's); nil for none.
func paramType(sig *types.Signature, i int) types.Type {
	n := sig.Params().Len()
	switch {
	case sig.Variadic() && i >= n-1:
		if s, ok := sig.Params().At(n - 1).Type().(*types.Slice); ok {
			return s.Elem()
		}
		return nil
	case i < n:
		return sig.Params().At(i).Type()
	}
	return nil
}

// takesRoute reports whether fn has a parameter that may hold a route: a
// string or URL, a function returning one (a pager's urlFor func(page int)
// string), or a struct, pointer or container with one inside (a job
// handed to its runner with its method and URL builder), the receiver
// included (a job's Run handing its own Path to the client interface).
func takesRoute(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	if recv := fn.Signature().Recv(); recv != nil && holdsRoute(recv.Type(), maxRouteDepth, nil) {
		return true
	}
	params := fn.Signature().Params()
	for i := range params.Len() {
		if holdsRoute(params.At(i).Type(), maxRouteDepth, nil) {
			return true
		}
	}
	return false
}

// maxRouteDepth bounds how deep holdsRoute looks into a type.
const maxRouteDepth = 4

// holdsRoute reports whether a value of type t may hold a route, within
// depth levels of fields, elements and function results. seen are the
// named types being looked into (a linked type refers to itself).
func holdsRoute(t types.Type, depth int, seen []*types.Named) bool {
	if carriesRoute(t) {
		return true
	}
	if depth == 0 {
		return false
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		if slices.Contains(seen, n) {
			return false
		}
		seen = append(seen, n)
	}
	switch u := t.Underlying().(type) {
	case *types.Signature:
		return u.Results().Len() > 0 && holdsRoute(u.Results().At(0).Type(), depth-1, seen)
	case *types.Pointer:
		return holdsRoute(u.Elem(), depth-1, seen)
	case *types.Slice:
		return holdsRoute(u.Elem(), depth-1, seen)
	case *types.Array:
		return holdsRoute(u.Elem(), depth-1, seen)
	case *types.Map:
		return holdsRoute(u.Elem(), depth-1, seen)
	case *types.Chan:
		return holdsRoute(u.Elem(), depth-1, seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if holdsRoute(u.Field(i).Type(), depth-1, seen) {
				return true
			}
		}
	}
	return false
}

// handsConstantRoute reports whether one of args is a constant that
// rcperm recognizes as a route.
func handsConstantRoute(info *types.Info, args []ast.Expr) bool {
	for _, a := range args {
		if v, ok := constantValue(info, a); ok && permissions.Recognizes(v.render()) {
			return true
		}
	}
	return false
}

// late resolves a late-bound template at call: through the implementations
// the package sees, or else it goes on to the function's callers.
func (s *packageScan) late(sum *summary, call *ast.CallExpr, r RequestTemplate) {
	budget := maxRequestsPerFunc
	s.resolveLate(sum, call, r, nil, &budget)
}

// resolveLate is late through the implementations in through (the
// decorators the call went through already, which it does not enter
// again), spending budget: each implementation's template taken costs
// one, so that types that all decorate one another cost no more than a
// function's requests may hold.
func (s *packageScan) resolveLate(sum *summary, call ast.Expr, r RequestTemplate, through []*types.Func, budget *int) {
	lc := r.Via
	if !s.handsRoute(lc) && !lc.Lost {
		return // its arguments turned out to be no route
	}
	if lc.ID != "" && r.picked == 0 && len(through) == 0 {
		// Its arguments became known in another function (the service
		// that calls its client interface, the sink that calls its
		// field): there, or at the call itself, the route is picked.
		r.picked = s.pickedStep(r.Chain, lc)
	}
	if lc.ID == "" && lc.known() {
		p := s.pass.Fset.Position(call.Pos())
		lc.ID = fmt.Sprintf("%s/%s:%d:%d", s.pass.Pkg.Path(), filepath.Base(p.Filename), p.Line, p.Column)
		if lc.Field != "" {
			// One interface call may reach the calls through several
			// fields (sinks of several types): each is resolved apart.
			lc.ID += " " + lc.Field
		}
	}
	if len(through) < maxLateDepth {
		var impls []*types.Func
		switch {
		case lc.Param > 0:
			// Its callers name the callee.
		case lc.Field != "":
			impls = s.fieldCallees(lc.Field)
		default:
			impls = s.implementations(lc.Method, lc.Iface)
			if lc.impl != nil {
				impls = []*types.Func{lc.impl}
			}
			for _, fn := range impls {
				if fn.Pkg() == s.pass.Pkg && lc.known() {
					// Accounted here, as a call the flow resolves, with
					// the arguments it passes.
					s.calls[fn.Origin()] = true
				}
			}
		}
		if len(impls) > 0 {
			s.resolveWith(sum, call, r, impls, through, budget)
			return
		}
	}
	s.addRequest(sum, r)
	if !s.handsRoute(lc) {
		// Lost, and no implementation in sight: the callers that see one
		// resolve it, to an unresolved request if it makes one. Counted
		// here it would be noise where none does (a logger's).
		return
	}
	if lc.Param == 0 && lc.Field == "" && len(s.implementors(lc.Method, lc.Iface)) > 0 {
		// Every implementation in sight makes no request (a logger
		// handed the route): none is made here. Callers that see another
		// resolve it still.
		if lc.ID != "" {
			s.resolvedLate[lc.ID] = true
		}
		return
	}
	s.recordFieldCall(lc, r.Chain)
	if lc.ID != "" && !s.pendingLate[lc.ID] {
		s.pendingLate[lc.ID] = true
		r.URL = lc.route()
		s.unresolved = append(s.unresolved, site{at: call, req: r, gap: permissions.Gap{Kind: permissions.GapURL, PathKnown: true}, late: lc.ID})
	}
}

// pickedStep is the index, in a late-bound call's chain from where it is
// resolved, of the step that picks its route: the call itself when its
// arguments write route text, else the call where they became known (its
// ID: a service's call of the helper that forwards its path to the
// interface). Zero when neither is on the chain.
func (s *packageScan) pickedStep(chain int, lc *LateCall) int {
	steps := s.chains.steps(chain)
	if lc.Written {
		return len(steps) - 1
	}
	at, _, _ := strings.Cut(lc.ID, " ") // a field call's ID names the field after its place
	for i, st := range steps {
		if strings.HasSuffix(at, fmt.Sprintf("/%s:%d:%d", filepath.Base(st.File), st.Line, st.Col)) {
			return i
		}
	}
	return 0
}

// writesRoute reports whether a call's arguments have route text of
// their own.
func writesRoute(args []Value) bool {
	return slices.ContainsFunc(args, containsSlash)
}

// resolveWith records the late-bound template r, at call, as the requests
// of the functions impls it may invoke, called with its arguments.
func (s *packageScan) resolveWith(sum *summary, call ast.Expr, r RequestTemplate, impls, through []*types.Func, budget *int) {
	lc := r.Via
	exhausted := false
	for _, fn := range impls {
		if slices.Contains(through, fn) {
			continue // a decorator reached through itself adds nothing
		}
		sameModule := s.sameModule(fn.Pkg())
		for _, t := range s.requestsOf(fn) {
			if *budget <= 0 {
				exhausted = true
				break
			}
			*budget--
			resolved := RequestTemplate{Method: upper(lc.fill(t.Method)), URL: lc.fill(t.URL),
				Chain: s.chains.graft(r.Chain, s.calleeChain(fn, t)), Merged: t.Merged || r.Merged, picked: r.picked}
			if t.Via != nil {
				resolved.Via = t.Via.substituteWith(lc.arg)
				resolved.Via.ID = lc.ID
				s.resolveLate(sum, call, resolved, append(through[:len(through):len(through)], fn), budget)
				continue
			}
			s.instantiateOne(sum, call, resolved, t, sameModule)
		}
	}
	if exhausted {
		// More implementations' requests than a call may carry: the
		// rest are unresolved, never dropped.
		u := r
		u.URL, u.Via = lc.route(), nil
		s.unresolved = append(s.unresolved, site{at: call, req: u, gap: permissions.Gap{Kind: permissions.GapURL}})
	}
	if lc.ID != "" {
		s.resolvedLate[lc.ID] = true
	}
}

// implementations returns the methods named method, with requests, of the
// types that have every method of iface: those the package declares, and
// those of other packages that the facts know.
func (s *packageScan) implementations(method string, iface []string) []*types.Func {
	var out []*types.Func
	for _, fn := range s.implementors(method, iface) {
		if len(s.requestsOf(fn)) > 0 {
			out = append(out, fn)
		}
	}
	// By name, so that every host takes them, and reports the first
	// path to a request, in the same order.
	sort.SliceStable(out, func(i, j int) bool { return out[i].FullName() < out[j].FullName() })
	return out
}

// sortByFullName sorts fns by their full names, each named once.
func sortByFullName(fns []*types.Func) {
	if len(fns) < 2 {
		return
	}
	keys := make(map[*types.Func]string, len(fns))
	for _, fn := range fns {
		keys[fn] = fn.FullName()
	}
	sort.Slice(fns, func(i, j int) bool { return keys[fns[i]] < keys[fns[j]] })
}

// An interfaceMethod is a method of an interface, by its method set.
type interfaceMethod struct{ iface, name string }

// implementors returns the methods named method of the types that have
// every method of iface, those the package declares and those the facts
// know, once a package: every call of the method, late-bound or not, and
// every package its templates reach ask again.
func (s *packageScan) implementors(method string, iface []string) []*types.Func {
	key := interfaceMethod{strings.Join(iface, ";"), method}
	if fns, ok := s.implementorsMemo[key]; ok {
		return fns
	}
	// The facts come in no set order: by name, so that every run calls
	// them, spends its bounds and lists its templates alike.
	external := s.factImplementations(method, iface)
	sortByFullName(external)
	fns := append(s.ownImplementations(method, iface), external...)
	if s.implementorsMemo == nil {
		s.implementorsMemo = map[interfaceMethod][]*types.Func{}
	}
	s.implementorsMemo[key] = fns
	return fns
}

// ownImplementations returns the methods named method of the types the
// package declares that have every method of iface.
func (s *packageScan) ownImplementations(method string, iface []string) []*types.Func {
	var out []*types.Func
	scope := s.pass.Pkg.Scope()
	for _, n := range scope.Names() {
		tn, ok := scope.Lookup(n).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if fn := implementedBy(tn.Type(), method, iface); fn != nil {
			out = append(out, fn.Origin())
		}
	}
	return out
}

// factImplementations returns the methods named method, of other
// packages, that the facts say make requests and whose types have every
// method of iface.
func (s *packageScan) factImplementations(method string, iface []string) []*types.Func {
	var out []*types.Func
	for _, fn := range s.requestFuncs(method) {
		recv := fn.Signature().Recv()
		if recv == nil {
			continue
		}
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if implementedBy(t, method, iface) == fn {
			out = append(out, fn)
		}
	}
	return out
}

// implementedBy returns t's method named method when t, or a pointer to
// it, has every method of iface; nil otherwise.
func implementedBy(t types.Type, method string, iface []string) *types.Func {
	mset := types.NewMethodSet(types.NewPointer(t))
	if mset.Len() < len(iface) {
		return nil
	}
	have := map[string]*types.Func{}
	for i := range mset.Len() {
		if fn, ok := mset.At(i).Obj().(*types.Func); ok {
			have[methodKey(fn)] = fn
		}
	}
	var found *types.Func
	for _, key := range iface {
		fn := have[key]
		if fn == nil {
			return nil
		}
		if fn.Name() == method {
			found = fn
		}
	}
	return found
}

// interfaceKey is iface's method set as implementedBy reads it.
func interfaceKey(iface *types.Interface) []string {
	out := make([]string, iface.NumMethods())
	for i := range out {
		out[i] = methodKey(iface.Method(i))
	}
	sort.Strings(out)
	return out
}

// methodKey writes a method as its name and its parameter and result
// types, without names or receiver: an interface's method and an
// implementation's have the same key. An unexported name is qualified by
// its package, as Go's method sets are.
func methodKey(fn *types.Func) string {
	qualifier := func(p *types.Package) string { return p.Path() }
	var b strings.Builder
	if !fn.Exported() && fn.Pkg() != nil {
		b.WriteString(fn.Pkg().Path() + ".")
	}
	b.WriteString(fn.Name())
	tuple := func(t *types.Tuple, variadic bool) {
		b.WriteByte('(')
		for i := range t.Len() {
			if i > 0 {
				b.WriteByte(',')
			}
			typ := t.At(i).Type()
			if variadic && i == t.Len()-1 {
				b.WriteString("...")
				if sl, ok := typ.(*types.Slice); ok {
					typ = sl.Elem()
				}
			}
			b.WriteString(types.TypeString(typ, qualifier))
		}
		b.WriteByte(')')
	}
	sig := fn.Signature()
	tuple(sig.Params(), sig.Variadic())
	tuple(sig.Results(), false)
	return b.String()
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// buildsRequest reports whether an implementation of the interface method
// in sight is a request builder's method: one that sets the fields of the
// builder it returns or is called on (its effects, the package's own or
// another's fact), which a request reads.
func (s *packageScan) buildsRequest(method *types.Func, iface []string) bool {
	// Only a method returning its builder, in an interface, can be one.
	res := method.Signature().Results()
	if res.Len() == 0 || !types.IsInterface(res.At(0).Type()) {
		return false
	}
	name := method.Name()
	for _, fn := range s.effectFuncs()[name] {
		if recv := fn.Signature().Recv(); recv != nil && implementedBy(pointee(recv.Type()), name, iface) == fn {
			return true
		}
	}
	for _, fn := range s.implementors(name, iface) {
		if fn.Pkg() != s.pass.Pkg {
			continue
		}
		if fp := s.flow(); fp != nil {
			if e, ok := fp.Effects(fn); ok && (e.Result != nil || len(e.Receiver) > 0) {
				return true
			}
		}
	}
	return false
}

// effectFuncs are the functions of other packages with effects facts, by
// name, once a package.
func (s *packageScan) effectFuncs() map[string][]*types.Func {
	if s.effectFuncsByName == nil {
		s.effectFuncsByName = s.importedWith(func(f analysis.Fact) bool { _, ok := f.(*effectsFact); return ok })
	}
	return s.effectFuncsByName
}

// importedWith returns the functions of other packages with a fact has
// says yes to, by name.
func (s *packageScan) importedWith(has func(analysis.Fact) bool) map[string][]*types.Func {
	out := map[string][]*types.Func{}
	for _, f := range s.pass.AllObjectFacts() {
		if !has(f.Fact) {
			continue
		}
		if fn, ok := f.Object.(*types.Func); ok && fn.Pkg() != s.pass.Pkg {
			out[fn.Name()] = append(out[fn.Name()], fn)
		}
	}
	return out
}
