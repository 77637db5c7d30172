package flow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Bounds of an evaluation: a set of more values than maxValues, or a value
// deeper than maxDepth, is unknown. They keep the analysis linear in the
// code, whatever the code.
const (
	maxValues = 8
	// maxChoices bounds the combinations of arguments a pure function is
	// run on, whose results are then bound to maxValues.
	maxChoices = 4 * maxValues
	maxDepth   = 24
	// maxSteps bounds the values one question visits: a recursion
	// through bound parameters, or a fan of phis and callees, ends in an
	// unknown past it.
	maxSteps = 4096
	// maxNesting bounds the memoized values being computed at once: what
	// a chain as long as the code may nest on the Go stack.
	maxNesting = 10000
)

// A set gathered from many sources (the stores of a table of thousands of
// strings, the callers of a helper) is given up for unknown as soon as it
// holds more than maxValues strings: union is quadratic, and what more it
// would gather could not bring the set back within the bound.

// A frame is the context a value is evaluated in: the function whose
// parameters the client asked about (they become Param parts), and the
// parameters a call being followed binds to its arguments' values.
type frame struct {
	target *ssa.Function
	bound  map[*ssa.Parameter][]Str
	// summary is set for a summary of target's effects (fields.go): its
	// receiver's fields are parameters, whoever calls it.
	summary bool
	// objects binds the struct and interface parameters of a followed
	// call to the arguments it passes: their fields and methods are read
	// off the argument, in the caller's frame.
	objects map[*ssa.Parameter]object
	// lists binds the slice parameters of a followed call to the
	// elements of the slice the call builds in place (the variadic
	// arguments of f(format, args...)), read in the caller's frame.
	lists map[*ssa.Parameter]boundList
	// consts binds the parameters of a followed call its caller passes a
	// constant, of any kind, and reach keeps the blocks a run may reach
	// under them, by function (consts.go).
	consts map[*ssa.Parameter]constant.Value
	reach  *map[*ssa.Function]map[*ssa.BasicBlock]bool
	// dyn binds the interface parameters of a followed call its caller
	// passes a value of a known concrete type (consts.go): a type switch
	// on one takes that type's case.
	dyn map[*ssa.Parameter]types.Type
	// elems binds the list parameters of a list helper followed from a
	// list's value (lists.go) to what the elements of its argument may
	// hold.
	elems map[*ssa.Parameter][]Str
	// types binds the type parameters of a followed instance of a
	// generic function to its type arguments (typeargs.go).
	types map[*types.TypeParam]types.Type
	// free binds the free variables of a closure followed where it was
	// made (editors.go) to the values it was made with.
	free map[*ssa.FreeVar]object
	// forwarded binds the parameters of a followed call its caller
	// passes a parameter of the target's, unchanged, to that parameter:
	// options a wrapper hands on (foreign_editors.go).
	forwarded map[*ssa.Parameter]*ssa.Parameter
}

// A boundList is the elements a followed call passes in a slice it
// builds, and the caller's frame they are read in; or, passing on a list
// a summary binds, that list's strings.
type boundList struct {
	elems []ssa.Value
	fr    frame
	strs  []Str
}

// An object is an argument a followed call passes for a parameter: a
// value of the caller's, at the call.
type object struct {
	v  ssa.Value
	at ssa.Instruction
	fr frame
}

// bindObjects binds fn's struct and interface parameters in inner to the
// arguments a call at passes (aligned with the parameters).
func bindObjects(inner *frame, fn *ssa.Function, args []ssa.Value, at ssa.Instruction, fr frame) {
	for i, param := range fn.Params {
		if i >= len(args) || args[i] == nil {
			continue
		}
		if _, iface := param.Type().Underlying().(*types.Interface); iface || isStruct(param.Type()) {
			if inner.objects == nil {
				inner.objects = map[*ssa.Parameter]object{}
			}
			inner.objects[param] = object{args[i], at, fr}
		}
	}
}

// A memoKey is what the memo keeps an answer by: a value or a field, and
// the target its parameters are of (nil for an answer that met none).
type memoKey struct {
	what   any
	target *ssa.Function
	// defers is set for an answer in terms of target's parameters that
	// may defer helper calls to its callers (deferred.go).
	defers bool
}

// Strings returns the values the string expression e may hold, in terms
// of the parameters of target (the function e is written in, or that
// encloses the function literal it is written in); of a URL (url.URL or
// *url.URL), the strings its String method gives. ok is false when the
// package's SSA form has no value for e.
func (p *Program) Strings(e ast.Expr, target *types.Func) ([]Str, bool) {
	return p.strings(e, target, nil)
}

// strings answers Strings, the evaluation and its frame set up by
// prepare, if set.
func (p *Program) strings(e ast.Expr, target *types.Func, prepare func(*evaluation, *frame)) ([]Str, bool) {
	p.ensure(e.Pos())
	defer p.answering()()
	if tv, ok := p.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return []Str{Lit(constant.StringVal(tv.Value))}, true // a named constant has no SSA value
	}
	v, ev, fr, ok := p.question(e, target)
	if !ok {
		return nil, false
	}
	ev.defers = true
	if prepare != nil {
		prepare(ev, &fr)
	}
	if isURL(v.Type()) {
		return bound(ev.urlForms(v, fr, 0)), true
	}
	strs := ev.values(v, fr, 0)
	if p.tested(v) {
		strs = p.guarded(v, p.callOf(e), strs)
	}
	if isString(v.Type()) {
		strs = withoutLists(strs)
	}
	return strs, true
}

// StringsVia returns the values the string expression e may hold in a
// function the calls lead to, each call's callee the function the next
// is written in (e in the last's), with each callee's parameters bound to
// its call's arguments: in terms of target's parameters, as Strings. A
// wrapper whose request reads a table at an enum parameter
// (endpoints[op].Path) has no template its callers can fill in; this is
// its request at one call. ok is false when a call has no callee of the
// package the flow can follow, or e no value.
func (p *Program) StringsVia(calls []*ast.CallExpr, e ast.Expr, target *types.Func) ([]Str, bool) {
	p.ensure(e.Pos())
	for _, c := range calls {
		p.ensure(c.Pos())
	}
	defer p.answering()()
	if tv, ok := p.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return []Str{Lit(constant.StringVal(tv.Value))}, true // a named constant has no SSA value
	}
	v, ok := p.exprs[ast.Unparen(e)]
	if !ok {
		return nil, false
	}
	ev, fr := p.start(target)
	fr, ok = ev.via(calls, fr)
	if !ok {
		return nil, false
	}
	ev.defers = true
	if isURL(v.Type()) {
		return bound(ev.urlForms(v, fr, 0)), true
	}
	return ev.values(v, fr, 0), true
}

// via is the frame of the function the calls lead to from fr, each
// call's callee the function the next is written in, its parameters
// bound to its call's arguments; ok is false when a call has no callee
// of the package the flow can follow.
func (ev *evaluation) via(calls []*ast.CallExpr, fr frame) (frame, bool) {
	for _, c := range calls {
		instr, ok := ev.p.calls[c.Lparen]
		if !ok {
			return fr, false
		}
		fn := instr.Common().StaticCallee()
		if fn == nil || len(fn.Blocks) == 0 {
			return fr, false
		}
		fr = ev.enter(unwrap(fn), instr.Common(), instr, fr, 0)
	}
	return fr, true
}

// Returns gives what a function of the package returns as its first
// result, in terms of its parameters: the values at each of its returns.
// ok is false for a function the package does not build.
func (p *Program) Returns(obj *types.Func) ([]Str, bool) { return p.returns(obj, false) }

// ReturnsDeferring is Returns with the helper calls that only obj's
// callers can run deferred to them (Deferred): a builder's Path() whose
// segments depend on its receiver's fields, for the packages that call
// it.
func (p *Program) ReturnsDeferring(obj *types.Func) ([]Str, bool) { return p.returns(obj, true) }

func (p *Program) returns(obj *types.Func, defers bool) ([]Str, bool) {
	p.ensure(obj.Pos())
	defer p.answering()()
	fn := p.built(obj)
	if fn == nil {
		return nil, false
	}
	ev, fr := p.start(obj)
	ev.callersFormat, ev.defers = true, defers
	var out []Str
	if ReturnsString(fn.Signature.Results().At(0).Type()) {
		// What the function it returns returns, the returned
		// function's parameters the first level of ResultParam.
		for _, inner := range returnedFuncs(fn) {
			out = union(out, ev.stringReturns(inner, fr))
		}
		return bound(out), len(out) > 0
	}
	for _, ret := range returnsOf(fn) {
		out = union(out, ev.values(ret.Results[0], fr, 0)) // of a URL, its text
	}
	return bound(out), true
}

// returnedFuncs are the function literals fn returns as its first result.
func returnedFuncs(fn *ssa.Function) []*ssa.Function {
	var out []*ssa.Function
	for _, anon := range fn.AnonFuncs {
		if returns(fn, anon) {
			out = append(out, anon)
		}
	}
	return out
}

// ReturnsResult is Returns of result index of obj.
func (p *Program) ReturnsResult(obj *types.Func, index int) ([]Str, bool) {
	p.ensure(obj.Pos())
	defer p.answering()()
	fn := p.built(obj)
	if fn == nil || fn.Signature.Results().Len() <= index {
		return nil, false
	}
	ev, fr := p.start(obj)
	var out []Str
	for _, ret := range returnsOf(fn) {
		out = union(out, ev.values(ret.Results[index], fr, 0))
	}
	return bound(out), true
}

// FuncResults returns what the functions the function value e may be
// return as their first result, a string: each one's returns, its own
// parameters unknown (what calls it is out of sight), the variables a
// closure captures as target's flow has them. ok is false when e has no
// value, or no function it may be returns a string.
func (p *Program) FuncResults(e ast.Expr, target *types.Func) ([]Str, bool) {
	p.ensure(e.Pos())
	defer p.answering()()
	v, ev, fr, ok := p.question(e, target)
	if !ok {
		return nil, false
	}
	var out []Str
	found := false
	p.eachFuncValue(v, map[ssa.Value]bool{}, 0, func(fn *ssa.Function, _ *ssa.MakeClosure) {
		if ReturnsString(fn.Signature) {
			found = true
			out = union(out, ev.stringReturns(fn, fr))
		}
	})
	return bound(out), found
}

// stringReturns is what fn returns as its first result, a string, at
// each of its returns but those of "" (a job's skipped tick), in fr.
func (ev *evaluation) stringReturns(fn *ssa.Function, fr frame) []Str {
	var out []Str
	for _, ret := range returnsOf(fn) {
		if !isEmptyString(ret.Results[0]) {
			out = union(out, ev.values(ret.Results[0], fr, 0))
		}
	}
	return out
}

// question starts a question about expression e, in terms of target's
// parameters: e's SSA value, a fresh evaluation and its frame.
func (p *Program) question(e ast.Expr, target *types.Func) (ssa.Value, *evaluation, frame, bool) {
	v, ok := p.exprs[ast.Unparen(e)]
	if !ok {
		return nil, nil, frame{}, false
	}
	ev, fr := p.start(target)
	return v, ev, fr, true
}

// start starts a question in terms of target's parameters: a fresh
// evaluation and its frame.
func (p *Program) start(target *types.Func) (*evaluation, frame) {
	var fn *ssa.Function
	if target != nil {
		fn = p.funcs[target]
	}
	return &evaluation{p: p, visiting: map[memoKey]bool{}, target: fn}, frame{target: fn}
}

// Elements returns the strings the elements of the slice expression e may
// hold, wherever the slice was made (a literal in a caller, a
// package-level variable, a field): the union over the allocations it may
// view. ok is false when none is in sight.
func (p *Program) Elements(e ast.Expr, target *types.Func) ([]Str, bool) {
	p.ensure(e.Pos())
	defer p.answering()()
	v, ev, fr, ok := p.question(e, target)
	if !ok {
		return nil, false
	}
	return ev.listOrElements(v, fr)
}

// listOrElements is what the elements of list v may hold: followed
// through the constructs that build lists, or else read off the
// allocations it may view (lists.go).
func (ev *evaluation) listOrElements(v ssa.Value, fr frame) ([]Str, bool) {
	if strs, ok := ev.followedList(v, fr); ok {
		return strs, true
	}
	return ev.listElements(v, fr)
}

// ListElements returns the strings the elements of the lists a function
// of the package returns may hold (a function building a subscription's
// filters), whatever their number; ok is false when none is in sight.
func (p *Program) ListElements(obj *types.Func) ([]Str, bool) {
	p.ensure(obj.Pos())
	defer p.answering()()
	fn := p.built(obj)
	if fn == nil {
		return nil, false
	}
	ev, fr := p.start(obj)
	var out []Str
	found := false
	for _, ret := range returnsOf(fn) {
		if strs, ok := ev.listOrElements(ret.Results[0], fr); ok {
			out, found = union(out, strs), true
		}
	}
	return bound(out), found
}

// GlobalElements returns the strings the elements of a package-level list
// variable of the package may hold: the list it is set to once (a
// subscription's default filters other packages pass).
func (p *Program) GlobalElements(obj *types.Var) ([]Str, bool) {
	defer p.answering()()
	g, ok := p.pkg.Members[obj.Name()].(*ssa.Global)
	if !ok || len(p.globalStores[g]) != 1 {
		return nil, false
	}
	elems, ok := p.elements(p.globalStores[g][0].val)
	if !ok {
		return nil, false
	}
	ev := &evaluation{p: p, visiting: map[memoKey]bool{}}
	var out []Str
	for _, e := range elems {
		out = union(out, ev.values(e, frame{}, 0))
	}
	return out, len(out) > 0
}

// built returns the function of obj, built with its body; nil for none.
func (p *Program) built(obj *types.Func) *ssa.Function {
	if fn := p.funcs[obj]; fn != nil && len(fn.Blocks) > 0 {
		return fn
	}
	return nil
}

// returnsOf are fn's returns of at least one result.
func returnsOf(fn *ssa.Function) []*ssa.Return {
	var out []*ssa.Return
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > 0 {
			out = append(out, ret)
		}
	}
	return out
}

// listElements is what the elements of the slices a list value may view
// hold: the package's stores into them, and what the client knows of the
// lists another package's functions return.
func (ev *evaluation) listElements(v ssa.Value, fr frame) ([]Str, bool) {
	var out []Str
	found := false
	for base, sts := range ev.p.elemStores {
		if ev.p.sameRoot(base, v) {
			found = true
			for _, st := range sts {
				out = union(out, ev.values(st.val, fr, 0))
				if len(out) > maxValues {
					return unknownSet(), true // a table: gathering more is in vain
				}
			}
		}
	}
	for _, strs := range ev.p.returnedLists(v, map[ssa.Value]bool{}) {
		out, found = union(out, strs), true
	}
	if f := foreignListField(v, ev.p.types); f != nil && ev.p.oracle != nil {
		// A list field of another package's struct (a configuration's
		// default filters): what its package stores in it.
		if strs, ok := ev.p.oracle.ListElements(f); ok {
			out, found = union(out, strs), true
		}
	}
	return bound(out), found
}

// foreignListField is the []string field of a struct of another package
// than pkg that v reads, or nil.
func foreignListField(v ssa.Value, pkg *types.Package) *types.Var {
	var x ssa.Value
	var f int
	switch v := v.(type) {
	case *ssa.Field:
		x, f = v.X, v.Field
	case *ssa.UnOp:
		fa, ok := v.X.(*ssa.FieldAddr)
		if !ok || v.Op != token.MUL {
			return nil
		}
		x, f = fa.X, fa.Field
	default:
		return nil
	}
	named, ok := structOf(x.Type()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() == pkg {
		return nil
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok || f >= st.NumFields() || !isStringSlice(st.Field(f).Type()) {
		return nil
	}
	return st.Field(f)
}

// returnedLists are the element sets of the lists of other packages'
// functions a list value may be, or be appended to, as the client knows
// them.
func (p *Program) returnedLists(v ssa.Value, seen map[ssa.Value]bool) [][]Str {
	if seen[v] || len(seen) > maxValues*maxValues {
		return nil
	}
	seen[v] = true
	switch x := v.(type) {
	case *ssa.Phi:
		var out [][]Str
		for _, e := range x.Edges {
			out = append(out, p.returnedLists(e, seen)...)
		}
		return out
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
			return p.returnedLists(call, seen)
		}
	case *ssa.Call:
		if b, ok := x.Call.Value.(*ssa.Builtin); ok {
			if b.Name() == "append" && len(x.Call.Args) > 0 {
				out := p.returnedLists(x.Call.Args[0], seen)
				if len(x.Call.Args) == 2 {
					out = append(out, p.returnedLists(x.Call.Args[1], seen)...)
				}
				return out
			}
			return nil
		}
		callee := x.Call.StaticCallee()
		if callee == nil || p.oracle == nil {
			return nil
		}
		obj, ok := unwrap(callee).Object().(*types.Func)
		if !ok || obj.Pkg() == p.types {
			return nil
		}
		if strs, ok := p.oracle.ListElements(obj.Origin()); ok {
			return [][]Str{strs}
		}
	}
	return nil
}

// An evaluation is one question's walk: its cycle guard and its budget.
type evaluation struct {
	p        *Program
	visiting map[memoKey]bool
	steps    int
	// dependent is set when the answer being computed met a parameter:
	// it is the target's, not every function's.
	dependent bool
	nesting   int // of memoized values being computed
	// following counts the followed calls of each function under way: a
	// recursion is followed only on objects the flow tells apart.
	following map[*ssa.Function]int
	// lists binds a variadic parameter to its elements, for a summary of
	// a variadic function (VariadicReturns).
	lists map[ssa.Value][]Str
	// callAt is the call whose pure function is being run, for the
	// tests of its arguments that reach it, and useAt the instruction
	// being evaluated, whose operands passed the tests that lead to it
	// (guards.go).
	callAt, useAt ssa.Instruction
	// boundAt is where the method value whose call is being answered
	// was made (externalVia): the call's receiver is as it was there.
	boundAt *ssa.MakeClosure
	// defers is set for a question whose answer may read deferred calls
	// (deferred.go): one the client makes a template of, not a summary
	// the flow fills in itself.
	defers bool
	// pin limits a field's stores to one object's, for a joint question
	// (joint.go); consulted records the struct types whose stores an
	// answer read. Either keeps the answers in local, not in the
	// program's memo: they hold for this question only.
	pin       *pin
	consulted map[types.Type]bool
	local     map[memoKey][]Str
	// truncated is set when the answer being computed met the bounds of
	// depth or steps, and shortened keeps such answers for this question
	// only: the program's memo holds answers that hold for any.
	truncated bool
	shortened map[memoKey][]Str
	// fields binds field holes to values, and holesMet records the holes
	// an answer met (boundfields.go); both use local too.
	fields   map[string][]Str
	holesMet map[string]bool
	// current holds the URLs of the requests and URLs whose edits are
	// being applied, as edited so far (editors.go).
	current map[ssa.Value][]Str
	// target is the function the question is in terms of: the calls
	// its answer defers are numbered apart (deferred.go).
	target *ssa.Function
	// editSummary is set for an editor's summary (foreign_editors.go):
	// fmt's format a parameter gives is the caller's.
	editSummary bool
	// options is set while the options of a list are applied
	// (options.go): a call of another package's option constructor is
	// the option its summary describes.
	options bool
	// callersFormat is set for a summary of what a function returns,
	// for the packages that call it: fmt's format a parameter gives is
	// the caller's too (URL(format string, args ...any)).
	callersFormat bool
	// assumed holds what a loop's phi is taken to hold while its turns
	// are evaluated (loopInvariant).
	assumed map[ssa.Value][]Str
	// onEdge limits one block's phis to one edge, for a joint question
	// by branches (joint.go).
	onEdge *branchPin
	// implPin limits an interface value the flow cannot trace to one
	// implementation, for a joint question by implementations
	// (implementations.go).
	implPin types.Type
}

// VariadicReturns summarizes what a variadic function of the package
// returns when called with k variadic arguments, in terms of its
// parameters: the declared ones, then each variadic argument as the next
// parameter (a joiner, JoinAbsolute(elem ...string), with k of them). ok
// is false unless every return gives the same string, with a known part.
func (p *Program) VariadicReturns(obj *types.Func, k int) (Str, bool) {
	p.ensure(obj.Pos())
	defer p.answering()()
	strs, ok := p.variadicReturns(p.funcs[obj], k)
	if !ok || len(strs) != 1 || hasUnknown(strs) {
		return nil, false // a fact's builder has one template
	}
	return strs[0], true
}

// VariadicAlternatives gives what a variadic function of the package
// returns with k variadic arguments, each a parameter after the declared
// ones: every string it may return, a summary of several.
func (p *Program) VariadicAlternatives(obj *types.Func, k int) ([]Str, bool) {
	p.ensure(obj.Pos())
	defer p.answering()()
	return p.variadicReturns(p.funcs[obj], k)
}

type variadicKey struct {
	fn *ssa.Function
	k  int
}

// variadicReturns is the summary of a function of the package for k
// variadic arguments, once.
func (p *Program) variadicReturns(fn *ssa.Function, k int) ([]Str, bool) {
	key := variadicKey{fn, k}
	if got, ok := p.variadicMemo[key]; ok {
		return got, got != nil
	}
	p.variadicMemo[key] = nil // a recursion meets no summary
	s, ok := p.summarizeVariadic(fn, k)
	if ok {
		p.variadicMemo[key] = s
	}
	return s, ok
}

// summarizeVariadic is what fn returns, called with k variadic
// arguments, each a parameter after the declared ones. A summary is kept
// when each of its strings reads the elements, whatever else of it is
// computed apart from them (a base URL a flag may change, an account a
// receiver holds): a string with an unknown part and no element, the loop
// over them not understood, is no summary, and the call is followed
// instead.
func (p *Program) summarizeVariadic(fn *ssa.Function, k int) ([]Str, bool) {
	if fn == nil || len(fn.Blocks) == 0 || !fn.Signature.Variadic() || len(fn.Params) == 0 {
		return nil, false
	}
	ev := &evaluation{p: p, visiting: map[memoKey]bool{}, lists: variadicParams(fn, k)}
	first := paramIndex(fn, fn.Params[len(fn.Params)-1])
	// A bound frame is never memoized: the list binding is this
	// question's alone.
	fr := frame{target: fn, bound: map[*ssa.Parameter][]Str{}}
	var out []Str
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > 0 {
			out = union(out, ev.values(ret.Results[0], fr, 0)) // of a URL, its text
		}
	}
	if len(out) == 0 || len(out) > maxValues {
		return nil, false
	}
	for _, s := range out {
		// A nil string is wholly unknown; one with an unknown part and
		// no element of the list, one whose loop over the elements the
		// flow did not follow.
		if s == nil || hasUnknown([]Str{s}) && k > 0 && !readsList(s, first) {
			return nil, false
		}
	}
	return out, true
}

// variadicParams binds variadic fn's list parameter to k elements, each
// a parameter after the declared ones: a summary of a call with k
// variadic arguments.
func variadicParams(fn *ssa.Function, k int) map[ssa.Value][]Str {
	last := fn.Params[len(fn.Params)-1]
	first := paramIndex(fn, last)
	list := make([]Str, k)
	for i := range list {
		list[i] = Str{{Param: first + i, IsParam: true}}
	}
	return map[ssa.Value][]Str{last: list}
}

// firstResults are the values fn's returns give first.
func firstResults(fn *ssa.Function) []ssa.Value {
	var out []ssa.Value
	for _, ret := range returnsOf(fn) {
		if len(ret.Results) > 0 {
			out = append(out, ret.Results[0])
		}
	}
	return out
}

// readsList reports whether s has a variadic argument's part: a
// parameter from first on.
func readsList(s Str, first int) bool {
	for _, part := range s {
		if part.IsParam && part.Param >= first && part.Param < projectionBase {
			return true
		}
	}
	return false
}

// values returns what v may hold: at most maxValues strings, or one wholly
// unknown one. A value of a frame no call binds is evaluated once a
// package, and costs no step of the question's budget: what is memoized
// is linear in the package, whatever the questions (a table of thousands
// of routes is read once). The budget bounds the work memoization cannot
// share, calls followed with their parameters bound; a constant, a leaf,
// costs nothing.
func (ev *evaluation) values(v ssa.Value, fr frame, depth int) []Str {
	if c, ok := v.(*ssa.Const); ok {
		if c.IsNil() && isStringSlice(c.Type()) {
			return []Str{{}} // the empty list, joined
		}
		return constStrings(c)
	}
	if isURL(v.Type()) {
		return ev.urlForms(v, fr, depth) // a URL field's store, a URL argument
	}
	if isStringSlice(v.Type()) {
		return closedLists(ev.unguarded(v, fr, depth))
	}
	if ev.p.tested(v) {
		// Where the instruction being evaluated uses v, the tests of v
		// that lead there passed (guards.go).
		at := ev.useAt
		return ev.p.guarded(v, at, ev.unguarded(v, fr, depth))
	}
	return ev.unguarded(v, fr, depth)
}

// unguarded is values without the tests of its use.
func (ev *evaluation) unguarded(v ssa.Value, fr frame, depth int) []Str {
	if strs, ok := ev.assumed[v]; ok {
		return strs // a loop's phi, what enters it (loopInvariant)
	}
	if fr.bound != nil {
		if ev.steps++; depth > maxDepth || ev.steps > maxSteps {
			return ev.cutShort()
		}
		return bound(ev.eval(v, fr, depth+1))
	}
	// Not deeper: a chain of memoized values (a URL extended in each of
	// 60 branches) is as long as the code, and each link is computed
	// once. Only the nesting of the Go stack is bounded.
	if ev.nesting >= maxNesting {
		return unknownSet()
	}
	ev.nesting++
	defer func() { ev.nesting-- }()
	return ev.memoized(v, fr, depth, func() []Str { return bound(ev.eval(v, fr, depth)) })
}

// setBefore reports whether field f of the struct param points to is
// stored to, in param's function, before instruction at.
func setBefore(param *ssa.Parameter, f int, at ssa.Instruction) bool {
	for _, r := range *param.Referrers() {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || fa.Field != f {
			continue
		}
		for _, u := range *fa.Referrers() {
			if st, ok := u.(*ssa.Store); ok && st.Addr == fa && before(st, at) {
				return true
			}
		}
	}
	return false
}

// phi is what a phi may hold: each feasible edge's values (of the edges
// only keeps, if set). An empty string beside other values is, almost
// always, the zero value of a variable a branch sets, guarded before use:
// a request with an empty part would be another request.
func (ev *evaluation) phi(x *ssa.Phi, fr frame, depth int, only func(i int) bool) []Str {
	if def, ok := serverDefault(x); ok && only == nil {
		if out, ok := ev.defaulted(x, def, fr, depth); ok {
			return out
		}
	}
	var out []Str
	empty := false
	for i, e := range x.Edges {
		if only != nil && !only(i) || !ev.feasible(x.Block().Preds[i], x.Block(), fr) {
			continue // a branch the frame's constants rule out
		}
		if ev.otherEdge(x, i) {
			continue // another branch than the joint question's
		}
		if isEmptyString(e) {
			empty = true
			continue
		}
		out = union(out, ev.values(e, fr, depth))
	}
	if len(out) == 0 && empty {
		return []Str{{}}
	}
	return out
}

// loopInvariant is what a loop's phi holds when its turns settle: what
// enters the loop, and what each turn makes of what the phi held, until
// a turn gives nothing new. A template whose {placeholders} a loop over
// a map of parameters fills stays the template: its {name} segments
// stand for the parts known only at run time, whichever the map holds
// (fills). The turns are evaluated apart from the program's memo, the
// phi taken to hold what was found so far; ok is false for a phi no loop
// returns to, or one whose turns keep making new strings (a path a
// segment longer each turn).
func (ev *evaluation) loopInvariant(x *ssa.Phi, fr frame, depth int) ([]Str, bool) {
	if _, assumed := ev.assumed[x]; assumed {
		return nil, false
	}
	back := func(i int) bool { return x.Block().Dominates(x.Block().Preds[i]) }
	loops := false
	for i := range x.Edges {
		loops = loops || back(i)
	}
	if !loops {
		return nil, false
	}
	entry := ev.phi(x, fr, depth, func(i int) bool { return !back(i) })
	if len(entry) == 0 || slices.ContainsFunc(entry, wholeUnknown) {
		return nil, false // nothing known to follow through the loop
	}
	if ev.assumed == nil {
		ev.assumed = map[ssa.Value][]Str{}
	}
	if out, ok := ev.unrolled(x, entry, back, fr, depth); ok {
		return out, true
	}
	defer delete(ev.assumed, x)
	held, rounds := entry, 1
	if isString(x.Type()) {
		// A list's turns are joined lists (joinedlists.go): one appended
		// to is not settled by turns.
		rounds = maxLoopTurns
	}
	for range rounds {
		ev.assumed[x] = held
		local := ev.local
		ev.local = map[memoKey][]Str{}
		turns := ev.phi(x, fr, depth, back)
		ev.local = local
		if slices.ContainsFunc(turns, wholeUnknown) {
			return nil, false // a turn that loses what it was given
		}
		next := slices.Clip(held)
		for _, t := range turns {
			if !slices.ContainsFunc(held, func(h Str) bool { return fills(t, h) }) {
				next = union(next, []Str{t})
			}
		}
		if len(next) == len(held) {
			return held, true // no turn gives anything new
		}
		if len(next) > maxValues {
			return nil, false
		}
		held = next
	}
	return nil, false // each turn makes a longer string
}

// maxLoopTurns bounds the turns of a loop its phi is followed through
// before what it holds is settled: a loop that fills the placeholders of
// a template from a map, one a turn, settles once each has been filled
// or kept (the order of a map's range unknown, each is both).
const maxLoopTurns = 4

// maxUnrolled bounds the elements of a list a loop over it is unrolled
// for.
const maxUnrolled = 8

// unrolled is what a loop's phi holds after a range loop over a list
// whose elements are known (a path helper joining its variadic segments:
// for _, e := range elem { p += "/" + e }): the loop run once for each
// element in order, the phi taken to hold what the turn before gave and
// the element read what it is. ok is false for a loop over anything
// else.
func (ev *evaluation) unrolled(x *ssa.Phi, entry []Str, back func(int) bool, fr frame, depth int) ([]Str, bool) {
	var turns []ssa.Value
	for i, e := range x.Edges {
		if back(i) {
			turns = append(turns, e)
		}
	}
	if len(turns) != 1 {
		return nil, false
	}
	load, list := rangedElement(turns[0], x.Block())
	if load == nil {
		return nil, false
	}
	elems, ok := ev.orderedElements(list, fr, depth)
	if !ok || len(elems) > maxUnrolled {
		return nil, false
	}
	cur := entry
	local := ev.local
	for _, elem := range elems {
		ev.assumed[x], ev.assumed[load] = cur, elem
		ev.local = map[memoKey][]Str{}
		cur = bound(ev.values(turns[0], fr, depth))
	}
	ev.local = local
	delete(ev.assumed, x)
	delete(ev.assumed, load)
	return cur, !slices.ContainsFunc(cur, wholeUnknown)
}

// wholeUnknown reports whether nothing of s is known: no text, no
// parameter, only parts known at run time.
func wholeUnknown(s Str) bool {
	if s == nil {
		return true
	}
	for _, p := range s {
		if !p.Unknown {
			return false
		}
	}
	return len(s) > 0
}

// rangedElement returns, of a loop's turn, the element it reads of the
// list the loop whose header is header ranges over: a load of the list
// at the header's index; nil when it reads none.
func rangedElement(turn ssa.Value, header *ssa.BasicBlock) (load ssa.Value, list ssa.Value) {
	walkOperands(turn, func(v ssa.Value) bool {
		u, ok := v.(*ssa.UnOp)
		if !ok || u.Op != token.MUL {
			return load == nil
		}
		if ia, ok := u.X.(*ssa.IndexAddr); ok && load == nil && indexedAt(ia.Index, header) {
			load, list = u, ia.X
		}
		return false
	})
	return load, list
}

// indexedAt reports whether idx is a range loop's index: the header's
// phi, or one more than it.
func indexedAt(idx ssa.Value, header *ssa.BasicBlock) bool {
	if b, ok := idx.(*ssa.BinOp); ok && b.Op == token.ADD {
		idx = b.X
	}
	phi, ok := idx.(*ssa.Phi)
	return ok && phi.Block() == header
}

// orderedElements is what each element of a list holds, in order: a list
// a followed call binds, or one built in place of known length.
func (ev *evaluation) orderedElements(list ssa.Value, fr frame, depth int) ([][]Str, bool) {
	// A variadic function summarized with k arguments, each a parameter
	// of its own, or a list a followed call binds to its strings.
	strs, ok := ev.lists[list]
	if p, isParam := list.(*ssa.Parameter); !ok && isParam && fr.lists[p].strs != nil {
		strs, ok = fr.lists[p].strs, true
	}
	if ok {
		out := make([][]Str, len(strs))
		for i, s := range strs {
			out[i] = []Str{s}
		}
		return out, true
	}
	elems, efr, ok := ev.elementsIn(list, fr)
	if !ok {
		return nil, false
	}
	out := make([][]Str, len(elems))
	for i, e := range elems {
		out[i] = ev.values(e, efr, depth)
	}
	return out, true
}

// memoized returns the answer memoized for what (a value, a field) in
// fr's frame, or computes it once. An answer that met no parameter is
// the same for every target, and is kept as such: a table read for one
// function is not read again for the next.
func (ev *evaluation) memoized(what any, fr frame, depth int, compute func() []Str) []Str {
	memo := ev.p.memo
	if ev.local != nil {
		memo = ev.local
	}
	if got, ok := memo[memoKey{what: what}]; ok {
		return got
	}
	key := memoKey{what: what, target: fr.target, defers: ev.defers}
	if got, ok := memo[key]; ok {
		ev.dependent = true
		return got
	}
	if got, ok := ev.shortened[key]; ok {
		ev.truncated = true
		return got
	}
	if depth > maxDepth {
		return ev.cutShort()
	}
	if ev.visiting[key] {
		return unknownSet() // a cycle: the value depends on itself
	}
	ev.visiting[key] = true
	outer, outerCut := ev.dependent, ev.truncated
	ev.dependent, ev.truncated = false, false
	out := compute()
	delete(ev.visiting, key)
	if ev.truncated {
		// The bounds of this question cut the answer short: another
		// question, nearer the value, may tell it. Kept for this one.
		if ev.shortened == nil {
			ev.shortened = map[memoKey][]Str{}
		}
		ev.shortened[key] = out
	} else {
		if !ev.dependent {
			key.target, key.defers = nil, false
		}
		memo[key] = out
	}
	ev.dependent, ev.truncated = ev.dependent || outer, ev.truncated || outerCut
	return out
}

// cutShort is the answer where the bounds of a question stop it: unknown,
// for this question only (memoized).
func (ev *evaluation) cutShort() []Str {
	ev.truncated = true
	return unknownSet()
}

// constStrings is the value of a constant: its text if it is a string.
func constStrings(c *ssa.Const) []Str {
	if c.Value != nil && c.Value.Kind() == constant.String {
		return []Str{{{Lit: constant.StringVal(c.Value)}}}
	}
	return unknownSet()
}

func (ev *evaluation) eval(v ssa.Value, fr frame, depth int) []Str {
	if instr, ok := v.(ssa.Instruction); ok {
		outer := ev.useAt
		ev.useAt = instr
		defer func() { ev.useAt = outer }()
	}
	if isStringSlice(v.Type()) {
		if out, ok := ev.listValues(v, fr, depth); ok {
			return out // joined (joinedlists.go)
		}
	}
	switch x := v.(type) {
	case *ssa.Const:
		return constStrings(x)
	case *ssa.Parameter:
		return ev.parameter(x, fr, depth)
	case *ssa.Phi:
		if out, ok := ev.loopInvariant(x, fr, depth); ok {
			return out
		}
		return ev.phi(x, fr, depth, nil)
	case *ssa.BinOp:
		if x.Op != token.ADD || !isString(x.Type()) {
			return unknownSet() // a sum of numbers is no concatenation
		}
		// a + b + c nests to the left, a level an operand: the operands
		// of the chain are evaluated at this depth, so that a route
		// followed by many query pairs is not deeper than the bound.
		var operands []ssa.Value
		for y := ssa.Value(x); ; {
			b, ok := y.(*ssa.BinOp)
			if !ok || b.Op != token.ADD {
				operands = append(operands, y)
				break
			}
			operands = append(operands, b.Y)
			y = b.X
		}
		out := []Str{{}}
		for i := len(operands) - 1; i >= 0; i-- {
			out = product(out, ev.values(operands[i], fr, depth))
		}
		return out
	case *ssa.ChangeType:
		return ev.values(x.X, fr, depth)
	case *ssa.Convert:
		if isString(x.X.Type()) {
			return ev.values(x.X, fr, depth)
		}
		return unknownSet()
	case *ssa.MakeInterface:
		return ev.values(x.X, fr, depth)
	case *ssa.TypeAssert:
		if x.CommaOk {
			return unknownSet()
		}
		return ev.values(x.X, fr, depth)
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			return ev.call(call, x.Index, fr, depth)
		}
		if l, ok := x.Tuple.(*ssa.Lookup); ok && x.Index == 0 {
			return ev.lookup(l, fr, depth)
		}
		if r, ok := x.Tuple.(*ssa.UnOp); ok && r.Op == token.ARROW && x.Index == 0 {
			return ev.received(r.X, fr, depth)
		}
		if ta, ok := x.Tuple.(*ssa.TypeAssert); ok && x.Index == 0 {
			return ev.values(ta.X, fr, depth)
		}
		// A range over a map: its keys, or its values.
		if n, ok := x.Tuple.(*ssa.Next); ok && !n.IsString && x.Index > 0 {
			if r, ok := n.Iter.(*ssa.Range); ok {
				return ev.entries(r.X, nil, x.Index == 1, fr, depth)
			}
		}
		return unknownSet()
	case *ssa.Call:
		return ev.call(x, 0, fr, depth)
	case *ssa.UnOp:
		switch x.Op {
		case token.MUL:
			if fa, ok := x.X.(*ssa.FieldAddr); ok {
				// A field of a local struct variable (a struct parameter
				// spilled to one, a request literal): what it holds here.
				if alloc, ok := fa.X.(*ssa.Alloc); ok && !isURL(alloc.Type()) && hasField(stringFields(alloc.Type()), fa.Field) {
					return ev.fieldAt(alloc, fa.Field, x, fr, depth)
				}
				// A field of a struct another holds (r.Chats.path of a
				// repository's collections): of the struct that holder
				// holds, not of every struct of the type.
				if holder := heldBy(fa.X); holder != nil && !isURL(fa.X.Type()) && hasField(stringFields(fa.X.Type()), fa.Field) {
					if out, ok := ev.heldField(holder, fa.Field, x, fr, depth); ok {
						return out
					}
				}
				// A field of a parameter its function set before
				// reading it (r.segs = append(r.segs, name), then
				// again): what the setting left, not what came in.
				if param, ok := fa.X.(*ssa.Parameter); ok && !isURL(param.Type()) && setBefore(param, fa.Field, x) {
					return ev.fieldAt(param, fa.Field, x, fr, depth)
				}
			}
			return ev.load(x.X, fr, depth)
		case token.ARROW:
			return ev.received(x.X, fr, depth)
		}
		return unknownSet()
	case *ssa.Field:
		if fp, ok := ev.paramField(x.X, x.Field, fr, depth); ok {
			return fp
		}
		if call, ok := resultOf(x.X); ok {
			// A struct a call returns: what the callee made it with.
			if out, ok := ev.madeBy(call, x.Field, fr, depth); ok && !hasUnknown(out) {
				return out
			}
		}
		if out, ok := ev.entryField(x.X, x.Field, fr, depth); ok {
			return out
		}
		return ev.fieldStores(structOf(x.X.Type()), x.Field, fr, depth)
	case *ssa.Lookup:
		return ev.lookup(x, fr, depth)
	case *ssa.FreeVar:
		if o, ok := fr.free[x]; ok {
			return ev.values(o.v, o.fr, depth)
		}
	}
	return unknownSet()
}

// resultOf returns the call whose first result v is.
func resultOf(v ssa.Value) (*ssa.Call, bool) {
	if x, ok := v.(*ssa.Extract); ok && x.Index == 0 {
		v = x.Tuple
	}
	call, ok := v.(*ssa.Call)
	return call, ok
}

// fullName is the full name of the function fn declares ("" for none).
func fullName(fn *ssa.Function) string {
	if fn == nil {
		return ""
	}
	if obj, ok := fn.Object().(*types.Func); ok {
		return obj.FullName()
	}
	return ""
}

func isEmptyString(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value != nil && c.Value.Kind() == constant.String && constant.StringVal(c.Value) == ""
}

// parameter is a parameter's value: the client's Param when it belongs to
// the function asked about, what a followed call binds it to, or else what
// the function's callers in the package pass (and unknown besides when
// callers outside it may exist).
func (ev *evaluation) parameter(x *ssa.Parameter, fr frame, depth int) []Str {
	if vals, ok := fr.bound[x]; ok {
		return vals
	}
	// What a parameter is depends on the target: its own, or what the
	// package passes.
	ev.dependent = true
	fn := x.Parent()
	idx := paramIndex(fn, x)
	if fn == fr.target && idx >= 0 {
		return []Str{{{Param: idx, IsParam: true}}}
	}
	if fn == fr.target && isString(x.Type()) {
		return []Str{{{Param: ParamSelf(0), IsParam: true}}} // a string receiver
	}
	if level, ok := returnedLevel(fn, fr.target); ok && idx >= 0 && idx < maxResultParams {
		// A parameter of a closure the target returns: its caller's
		// call of what it returns says.
		return []Str{{{Param: ResultParam(level, idx), IsParam: true}}}
	}
	// A closure handed to a function that calls it (Then(r, func(p
	// string) {...})): what that function passes, at each call handing
	// it over; its calls of the closure say no more.
	handed, ok, covered := ev.handedArgs(x, fr, depth)
	args := ev.p.argumentsExcept(x, covered)
	if ok && len(args) == 0 {
		return handed
	}
	var out []Str
	if len(args) == 0 || ev.p.escapes(fn) {
		out = unknownSet()
	}
	out = union(out, handed)
	for _, a := range args {
		out = union(out, ev.values(a, frame{target: fr.target}, depth))
		if len(out) > maxValues {
			return unknownSet()
		}
	}
	return out
}

// returnedLevel is how many returns down from target the closure fn is:
// 1 for a function literal target returns, 2 for one that one returns,
// up to MaxResultLevel; ok is false for any other function.
func returnedLevel(fn, target *ssa.Function) (int, bool) {
	if target == nil {
		return 0, false
	}
	level := 0
	for ; fn != target; fn = fn.Parent() {
		if fn == nil || fn.Parent() == nil || level == MaxResultLevel || !returns(fn.Parent(), fn) {
			return 0, false
		}
		level++
	}
	return level, level > 0
}

// returns reports whether parent returns the function literal fn as its
// first result (a closure made of it, converted or not).
func returns(parent, fn *ssa.Function) bool {
	for _, ret := range returnsOf(parent) {
		v := ret.Results[0]
		for c, ok := v.(*ssa.ChangeType); ok; c, ok = v.(*ssa.ChangeType) {
			v = c.X
		}
		switch v := v.(type) {
		case *ssa.MakeClosure:
			if v.Fn == fn {
				return true
			}
		case *ssa.Function:
			if v == fn {
				return true
			}
		}
	}
	return false
}

// escapes reports whether fn may be called from where the package's calls
// do not show: from another package, by its name or through an interface
// (leaks). A command's functions are called by no other package.
func (p *Program) escapes(fn *ssa.Function) bool {
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return fn.Parent() == nil // a synthetic wrapper
	}
	exported := obj.Exported() && p.types.Name() != "main"
	recv := obj.Signature().Recv()
	if recv == nil {
		return exported
	}
	t := structOf(recv.Type())
	if p.leaked[t] {
		return true
	}
	named, ok := t.(*types.Named)
	return exported && (!ok || named.Obj().Exported())
}

// paramIndex is the index the client gives a parameter: its place among
// the declared parameters, the receiver not counted; -1 for the receiver.
func paramIndex(fn *ssa.Function, x *ssa.Parameter) int {
	i := positionOf(fn, x)
	if fn.Signature.Recv() != nil {
		i--
	}
	return i
}

func positionOf(fn *ssa.Function, x *ssa.Parameter) int {
	for i, p := range fn.Params {
		if p == x {
			return i
		}
	}
	return -1
}

// call is the index-th result of a call: the union over the functions it
// may invoke of what they return, each followed with its parameters bound
// to the call's arguments.
func (ev *evaluation) call(call *ssa.Call, index int, fr frame, depth int) []Str {
	common := call.Common()
	if common.Signature().Results().Len() <= index {
		return unknownSet()
	}
	if t := common.Signature().Results().At(index).Type(); !isString(t) {
		if isStringSlice(t) && index == 0 {
			if obj := calleeFunc(common); obj != nil && IsPure(obj.Origin().FullName()) {
				return ev.external(obj, common, fr, depth) // a list the pure function makes
			}
		}
		return unknownSet()
	}
	if s, ok := ev.builderString(common, fr, depth); ok {
		return s
	}
	if s, ok := ev.typeArgMethod(call, index, fr, depth); ok {
		return s
	}
	switch fullName(common.StaticCallee()) {
	case "(*net/url.URL).String", "(*net/url.URL).Redacted":
		// A password is no part of a route.
		if len(common.Args) == 1 {
			return ev.urlForms(common.Args[0], fr, depth)
		}
	case "(*net/url.URL).EscapedPath", "(*net/url.URL).RequestURI":
		if len(common.Args) == 1 {
			return ev.urlFieldOf(common.Args[0], common.StaticCallee().Name(), call, fr, depth)
		}
	}
	if !common.IsInvoke() && index == 0 {
		if param := ev.calledParam(common.Value, fr, 0); param != nil {
			// A builder the target is handed: its callers know which.
			ev.dependent = true
			return []Str{{{Param: ParamResult(slotOf(fr.target, param)), IsParam: true}}}
		}
	}
	var out []Str
	fns, external := ev.p.callees(common)
	if pinned, ok := ev.pinnedFuncs(common); ok {
		fns, external = pinned.fns, pinned.external
		if len(fns)+len(external) == 0 {
			return nil // a function the pinned object leaves unset: no call of it returns
		}
	} else if index == 0 && len(fns) > 1 && !common.IsInvoke() {
		if hole, ok := ev.tableHole(common.Value, fr); ok {
			return []Str{{hole}}
		}
	}
	// A summary is in terms of parameters: a call passing a constant is
	// followed instead, the constant bound (an enum picking a route).
	summarized := !passesEnum(common)
	for _, fn := range fns {
		summary := func() []Str {
			if s, ok := ev.variadicCall(fn, common, index, fr, depth); summarized && ok {
				return s
			}
			return ev.returns(fn, common, call, index, fr, depth)
		}
		if code, ok := ev.p.compiled(fn); ok && index == 0 {
			out = union(out, ev.helperCall(code, common, call, fn, summary, fr, depth))
		} else {
			out = union(out, summary())
		}
	}
	bound := ev.p.boundCalls(common)
	for _, obj := range external {
		ev.callAt = call
		if index > 0 {
			// A pure function's later result (strings.Cut's after).
			strs, ok := ev.pureCall(ResultName(obj.FullName(), index), obj.Signature(), common.Args, fr, depth)
			if !ok {
				strs = unknownSet()
			}
			out = union(out, strs)
		} else {
			out = union(out, ev.externalVia(obj, common, bound, fr, depth))
		}
		ev.callAt = nil
	}
	if common.IsInvoke() && index < maxMethodResults && len(common.Args) == 0 && (len(out) != 1 || hasUnknown(out)) {
		// r.Path() of a request an interface parameter holds: its callers
		// know which request (a projection of the parameter), where the
		// implementations together give several answers.
		// Where no callee answers, the implementations' answers are
		// all there is, IDs known only at run time or not.
		if proj := ev.methodAt(common.Value, selector(common.Method.Name(), index), call, fr, depth); !hasUnknown(proj) || len(out) == 0 && slices.ContainsFunc(proj, known) {
			return proj
		}
	}
	if len(fns)+len(external) == 0 && !common.IsInvoke() && index == 0 {
		if strs, ok := ev.returnedCall(common, fr, depth); ok {
			return strs
		}
		if hole, ok := ev.p.funcHole(common.Value); ok {
			if ev.holesMet != nil {
				ev.holesMet[hole.Field] = true
			}
			return []Str{{hole}}
		}
	}
	if len(out) == 0 {
		return unknownSet()
	}
	return out
}

// tableHole returns the hole for a call of the function a field of the
// target's own struct parameter holds, when the package stores several
// functions into the field (a table of endpoint descriptors, each with
// its Path func, run by one helper): which one the parameter carries,
// its callers say, and each store, paired with its siblings (the
// descriptor's Method), is the request where it is written; their union
// at the helper would pair every path with every method, or, past the
// bound, none.
func (ev *evaluation) tableHole(v ssa.Value, fr frame) (Part, bool) {
	var base ssa.Value
	switch x := v.(type) {
	case *ssa.Field:
		base = x.X
	case *ssa.UnOp:
		fa, ok := x.X.(*ssa.FieldAddr)
		if !ok || x.Op != token.MUL {
			return Part{}, false
		}
		base = fa.X
	default:
		return Part{}, false
	}
	if a, ok := base.(*ssa.Alloc); ok && len(ev.p.allocStores[a]) == 1 {
		base = ev.p.allocStores[a][0].val // a struct parameter, spilled
	}
	param, ok := base.(*ssa.Parameter)
	if !ok || fr.target == nil || param.Parent() != fr.target {
		return Part{}, false
	}
	if _, bound := fr.objects[param]; bound {
		return Part{}, false
	}
	return ev.p.funcHole(v)
}

// returnedCall is what a call of a function value another package's
// function returned gives (ext := rcfn.Account("~"); ext("~")): what the
// client knows that function's returned function returns, in terms of
// its parameters and the returned one's (ResultParam), filled in with
// the arguments of both calls. ok is false for any other call.
func (ev *evaluation) returnedCall(common *ssa.CallCommon, fr frame, depth int) ([]Str, bool) {
	var templates []Str
	for _, src := range ev.p.madeBy(common.Value, map[ssa.Value]bool{}, 0) {
		obj := calleeFunc(src.Common())
		if obj == nil || obj.Pkg() == ev.p.types || !ReturnsString(src.Common().Signature().Results().At(0).Type()) {
			return nil, false
		}
		templates = union(templates, ev.external(obj, src.Common(), fr, depth))
	}
	if len(templates) == 0 {
		return nil, false
	}
	args := make([][]Str, len(common.Args))
	for i, a := range common.Args {
		if isString(a.Type()) {
			args[i] = ev.values(a, fr, depth)
		}
	}
	var out []Str
	for _, t := range templates {
		out = union(out, bindResultParams(t, args))
	}
	return bound(out), len(out) > 0
}

// madeBy returns the calls whose results the function value v may be,
// through variables and the closures that capture them; none when
// anything else may make it.
func (p *Program) madeBy(v ssa.Value, seen map[ssa.Value]bool, depth int) []*ssa.Call {
	if seen[v] || depth > maxDepth {
		return nil
	}
	seen[v] = true
	switch x := v.(type) {
	case *ssa.Call:
		return []*ssa.Call{x}
	case *ssa.ChangeType:
		return p.madeBy(x.X, seen, depth+1)
	case *ssa.Phi:
		var out []*ssa.Call
		for _, e := range x.Edges {
			calls := p.madeBy(e, seen, depth+1)
			if calls == nil {
				return nil
			}
			out = append(out, calls...)
		}
		return out
	case *ssa.UnOp, *ssa.FreeVar:
		var out []*ssa.Call
		for _, src := range p.sources(v, seen, depth) {
			calls := p.madeBy(src, seen, depth+1)
			if calls == nil {
				return nil
			}
			out = append(out, calls...)
		}
		return out
	}
	return nil
}

// bindResultParams fills the first level of a string's ResultParams in
// with args, and moves the next levels up one.
func bindResultParams(s Str, args [][]Str) []Str {
	out := []Str{{}}
	for _, p := range s {
		next := []Str{{p}}
		if level, k, ok := ResultParamOf(p.Param); p.IsParam && ok {
			switch {
			case level > 1:
				next = []Str{{{Param: ResultParam(level-1, k), IsParam: true}}}
			case k < len(args) && len(args[k]) > 0:
				next = args[k]
			default:
				next = unknownSet()
			}
		}
		out = product(out, next)
	}
	return out
}

// helperCall is what a call of a helper the interpreter runs gives (fn
// nil for one of another package): the run, its loops and branches on
// the arguments as Go runs them, when it knows the whole string; else
// the summary, where it knows the whole string; else a run as the
// callers may pass anything, or deferred to them; else what the first
// run knew.
func (ev *evaluation) helperCall(code *Code, common *ssa.CallCommon, at ssa.Instruction, fn *ssa.Function, summary func() []Str, fr frame, depth int) []Str {
	run, ran := ev.strictRun(code, common, at, fn, fr, depth)
	if ran && !hasUnknown(run) {
		return run
	}
	strs := summary()
	if !ran && code.TestsInputs {
		// Its branches test what the callers give (a builder's optional
		// segments): a summary takes both ways, or the way the fields'
		// templates suggest, where each caller's run takes its own.
		if deferred, ok := ev.interpretCall(code, common, at, fn, strs, false, fr, depth); ok {
			return deferred
		}
	}
	if len(strs) > 0 && !hasUnknown(strs) {
		return strs
	}
	if deferred, ok := ev.interpretCall(code, common, at, fn, strs, false, fr, depth); ok {
		return deferred
	}
	if ran {
		return run
	}
	return strs
}

// strictRun runs a call of a helper the interpreter runs, taking no
// branch on what a token may stand for: ok is false when the run fails
// or gives a wholly unknown string.
func (ev *evaluation) strictRun(code *Code, common *ssa.CallCommon, at ssa.Instruction, fn *ssa.Function, fr frame, depth int) ([]Str, bool) {
	run, ok := ev.interpretCall(code, common, at, fn, nil, true, fr, depth)
	if !ok || wholeUnknowns(run) {
		return nil, false
	}
	return run, true
}

// wholeUnknowns reports whether strs are no string but wholly unknown.
func wholeUnknowns(strs []Str) bool {
	return len(strs) == 0 || slices.ContainsFunc(strs, wholeUnknown)
}

// isStringArray reports whether t is a pointer to an array of strings
// (a list literal's backing store).
func isStringArray(t types.Type) bool {
	ptr, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	arr, ok := ptr.Elem().Underlying().(*types.Array)
	return ok && kindOf(arr.Elem()) == "string"
}

// isTypeParamSlice reports whether t is a slice of a type parameter's
// values: strings at a call that instantiates it so.
func isTypeParamSlice(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	return ok && isTypeParam(s.Elem())
}

// isStringSlice reports whether t is a slice of strings.
func isStringSlice(t types.Type) bool {
	if t == nil {
		return false
	}
	s, ok := t.Underlying().(*types.Slice)
	return ok && isString(s.Elem())
}

// hasProjection reports whether a template reads a projection of a
// parameter.
func hasProjection(tmpl Str) bool {
	for _, part := range tmpl {
		if _, _, _, ok := ProjectionOf(part.Param); ok && part.IsParam {
			return true
		}
	}
	return false
}

// hasUnknown reports whether a value of the set has an unknown part.
func hasUnknown(strs []Str) bool {
	for _, s := range strs {
		for _, part := range s {
			if part.Unknown {
				return true
			}
		}
	}
	return false
}

// variadicCall is what a call of a variadic joiner of the package gives
// (f(a, b, c) of f(elem ...string)): its summary for that many variadic
// arguments, filled with the call's arguments. ok is false for any other
// call, or a joiner without a summary.
func (ev *evaluation) variadicCall(fn *ssa.Function, common *ssa.CallCommon, index int, fr frame, depth int) ([]Str, bool) {
	if index != 0 || !fn.Signature.Variadic() || common.IsInvoke() || len(common.Args) == 0 {
		return nil, false
	}
	args := common.Args
	if fn.Signature.Recv() != nil {
		args = args[1:] // the receiver is no parameter of the summary
	}
	if len(args) == 0 {
		return nil, false
	}
	elems, ok := ev.p.elements(args[len(args)-1])
	if !ok || len(elems) == 0 {
		return nil, false
	}
	tmpls, ok := ev.p.variadicReturns(fn, len(elems))
	if !ok || fn.Signature.Recv() != nil && hasUnknown(tmpls) {
		// (A part the summary does not know may be the receiver's,
		// which the call, followed, tells: u := *c.Base.)
		return nil, false
	}
	vals := make([][]Str, 0, len(args)-1+len(elems))
	for _, a := range append(args[:len(args)-1:len(args)-1], elems...) {
		vals = append(vals, ev.values(a, fr, depth))
	}
	var out []Str
	for _, tmpl := range tmpls {
		out = union(out, substitute(tmpl, vals))
	}
	return bound(out), true
}

// returns follows a function of the package: its results at every return,
// with its parameters bound to the call's arguments.
func (ev *evaluation) returns(fn *ssa.Function, common *ssa.CallCommon, at ssa.Instruction, index int, fr frame, depth int) []Str {
	if len(fn.Blocks) == 0 {
		return unknownSet()
	}
	if ev.following[fn] > 0 && !ev.objectsKnown(common, at, fr, depth) {
		// A recursion on a struct the flow cannot tell from the one it
		// follows already (a parent no store in sight sets): following
		// it would read every struct of the type at each level.
		return unknownSet()
	}
	if ev.following == nil {
		ev.following = map[*ssa.Function]int{}
	}
	ev.following[fn]++
	defer func() { ev.following[fn]-- }()
	inner := ev.enter(fn, common, at, fr, depth)
	var out []Str
	empty := false
	reach := ev.reachable(fn, inner) // nil: every block
	for _, b := range fn.Blocks {
		if reach != nil && !reach[b] {
			continue // a return the call's constants rule out
		}
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && index < len(ret.Results) {
			if isEmptyString(ret.Results[index]) {
				empty = true // the error path, return "", err: as in a phi
				continue
			}
			out = union(out, ev.values(ret.Results[index], inner, depth))
		}
	}
	if len(out) == 0 && empty {
		return []Str{{}}
	}
	return out
}

// enter is the frame of fn followed at a call: its parameters bound to
// the call's arguments in the caller's frame fr (their values; structs
// and interfaces as objects; lists by their elements; constants).
func (ev *evaluation) enter(fn *ssa.Function, common *ssa.CallCommon, at ssa.Instruction, fr frame, depth int) frame {
	args := align(fn, common)
	inner := frame{target: fr.target, bound: map[*ssa.Parameter][]Str{}}
	bindObjects(&inner, fn, args, at, fr)
	bindTypeArgs(&inner, fn, common, fr)
	ev.bindConsts(&inner, fn, args, fr)
	for i, param := range fn.Params {
		if i < len(args) {
			if x, ok := fr.targetParam(args[i]); ok {
				if inner.forwarded == nil {
					inner.forwarded = map[*ssa.Parameter]*ssa.Parameter{}
				}
				inner.forwarded[param] = x
			}
		}
		if i < len(args) && args[i] != nil {
			if _, ok := param.Type().Underlying().(*types.Slice); ok {
				list, listed := ev.lists[args[i]]
				if b, ok := fr.lists[paramOrNil(args[i])]; ok && b.strs != nil {
					list, listed = b.strs, true
				}
				elems, efr, ok := ev.elementsIn(args[i], fr)
				if !ok && !listed && isStringSlice(param.Type()) {
					// A list built otherwise (append(base,
					// parts...)): the one list it is, if one.
					if alts, found := ev.stringLists(args[i], fr, depth); found && len(alts) == 1 {
						list, listed = alts[0].List, true
					}
				}
				if ok || listed {
					if inner.lists == nil {
						inner.lists = map[*ssa.Parameter]boundList{}
					}
					inner.lists[param] = boundList{elems: elems, fr: efr, strs: list}
				}
			}
		}
		switch {
		case i >= len(args) || args[i] == nil:
		case isURL(param.Type()):
			inner.bound[param] = ev.urlForms(args[i], fr, depth)
		default:
			inner.bound[param] = ev.p.guarded(args[i], at, ev.values(args[i], fr, depth))
		}
	}
	return inner
}

// external is what a function outside the package returns: a pure
// function run on its arguments, or what the client knows of it.
func (ev *evaluation) external(obj *types.Func, common *ssa.CallCommon, fr frame, depth int) []Str {
	at := ev.callAt
	if out, ok := ev.pure(obj, common, fr, depth); ok {
		return out
	}
	if out, ok := ev.firstNonEmpty(obj, common, fr, depth); ok {
		return out
	}
	if obj.Pkg() == ev.p.types {
		return unknownSet() // built without its body: the client knows no more
	}
	summary := func() []Str { return ev.fromFacts(obj, common, fr, depth) }
	if code, ok := ev.p.oracle.Code(obj); ok && !common.IsInvoke() {
		return ev.helperCall(code, common, at, nil, summary, fr, depth) // as in its package
	}
	return summary()
}

// externalVia is external's answer for a call of a function value that
// may be obj: each call bound gives of it (a method value, its receiver
// known), else the call as made.
func (ev *evaluation) externalVia(obj *types.Func, common *ssa.CallCommon, bound map[*types.Func][]boundCall, fr frame, depth int) []Str {
	calls, ok := bound[obj]
	if !ok {
		return ev.external(obj, common, fr, depth)
	}
	var out []Str
	for _, c := range calls {
		ev.boundAt = c.at
		out = union(out, ev.external(obj, c.common, fr, depth))
		ev.boundAt = nil
	}
	return out
}

// callInstr is the instruction common is made at: a call's, or where
// the method value a call of one is answering was made.
func (ev *evaluation) callInstr(common *ssa.CallCommon) (ssa.Instruction, bool) {
	if !common.Pos().IsValid() {
		return ev.boundAt, ev.boundAt != nil
	}
	at, ok := ev.p.calls[common.Pos()]
	return at, ok
}

// firstNonEmpty is what cmp.Or of strings returns: any of its operands
// but an empty one (a command's own server, or else the client's). A
// pure run would take the first operand's token for every value it
// stands for.
func (ev *evaluation) firstNonEmpty(obj *types.Func, common *ssa.CallCommon, fr frame, depth int) ([]Str, bool) {
	if obj.FullName() != "cmp.Or" || len(common.Args) != 1 || !isString(common.Signature().Results().At(0).Type()) {
		return nil, false
	}
	lists, ok := ev.stringLists(common.Args[0], fr, depth)
	if !ok {
		return nil, false
	}
	var out []Str
	for _, l := range lists {
		for _, e := range l.List {
			if text, ok := literalText(e); !ok || text != "" {
				out = union(out, []Str{e})
			}
		}
	}
	return bound(out), len(out) > 0
}

// fromFacts is what a function of another package returns, from the
// templates its facts give.
func (ev *evaluation) fromFacts(obj *types.Func, common *ssa.CallCommon, fr frame, depth int) []Str {
	callArgs := common.Args
	if common.Signature().Recv() != nil && !common.IsInvoke() && len(callArgs) > 0 {
		callArgs = callArgs[1:] // the receiver is no parameter of the template
	}
	fixed := make([][]Str, 0, len(callArgs))
	for _, a := range callArgs {
		fixed = append(fixed, ev.values(a, fr, depth))
	}
	// The variadic arguments, each a parameter of the template: those of
	// a list built in place, or each list a list built otherwise may be
	// (append([]string{id, "parties"}, action...)).
	lists := [][][]Str{nil}
	if obj.Signature().Variadic() && len(callArgs) > 0 {
		last := callArgs[len(callArgs)-1]
		fixed = fixed[:len(fixed)-1]
		if elems, ok := ev.p.elements(last); ok {
			list := make([][]Str, len(elems))
			for i, e := range elems {
				list[i] = ev.values(e, fr, depth)
			}
			lists = [][][]Str{list}
		} else if alts, ok := ev.stringLists(last, fr, depth); ok {
			lists = nil
			for _, alt := range alts {
				list := make([][]Str, len(alt.List))
				for i, e := range alt.List {
					list[i] = []Str{e}
				}
				lists = append(lists, list)
			}
		} else if lists, ok = ev.passedOn(obj, last, common, fr); !ok {
			return unknownSet()
		}
	}
	consts := ev.constArgs(common, fr)
	var out []Str
	for _, list := range lists {
		variadic := -1
		if obj.Signature().Variadic() {
			variadic = len(list)
		}
		tmpls, ok := ev.p.oracle.Returns(obj, variadic)
		if len(consts) > 0 || !ok {
			// An enum argument (c.Path(rc.RouteCallLog)): what the
			// builder returns for that constant, if its package says;
			// for none, what it returns for each.
			if special, found := ev.p.oracle.Specialized(obj, variadic, consts); found {
				tmpls, ok = special, true
			}
		}
		if !ok {
			return unknownSet()
		}
		args := append(fixed[:len(fixed):len(fixed)], list...)
		for _, tmpl := range tmpls {
			if ReadsDeferred(tmpl) {
				out = union(out, ev.returnedDeferred(obj, tmpl, args, common, fr, depth))
				continue
			}
			strs := substitute(tmpl, args)
			if at, ok := ev.callInstr(common); ok && hasProjection(tmpl) {
				// A builder's route reads its receiver's fields: the
				// call's receiver has them.
				strs = ev.instantiate([]Str{tmpl}, common, at, fr, depth)
			}
			out = union(out, strs)
		}
	}
	return bound(out)
}

// maxPassedOn bounds the lengths a list handed on whole, its length
// unknown, is taken to have.
const maxPassedOn = 4

// passedOn gives the variadic lists of a call of an enum's builder of
// another package (k.Path(args...)) that hands on a variadic parameter
// whole, its length known only to the callers: one of each length up to
// maxPassedOn the builder's facts give routes for, with the enum
// constant the call passes (or any), each element unknown. The lengths the facts
// leave out (a format with no verb given an argument) are no route. ok
// is false for any other call.
func (ev *evaluation) passedOn(obj *types.Func, last ssa.Value, common *ssa.CallCommon, fr frame) ([][][]Str, bool) {
	param, ok := last.(*ssa.Parameter)
	if !ok || !param.Parent().Signature.Variadic() || param != param.Parent().Params[len(param.Parent().Params)-1] {
		return nil, false
	}
	consts := ev.constArgs(common, fr)
	var lists [][][]Str
	for n := 0; n <= maxPassedOn; n++ {
		if _, found := ev.p.oracle.Specialized(obj, n, consts); found {
			list := make([][]Str, n)
			for i := range list {
				list[i] = unknownSet()
			}
			lists = append(lists, list)
		}
	}
	return lists, len(lists) > 0
}

// load is what a load from addr may give: what the package stores there.
func (ev *evaluation) load(addr ssa.Value, fr frame, depth int) []Str {
	// A pointer parameter of a recursive function is its own source, and
	// pointers swapped in a loop are each other's phis.
	ev.steps++
	if depth > maxDepth || ev.steps > maxSteps {
		return ev.cutShort()
	}
	depth++
	switch a := addr.(type) {
	case *ssa.Global:
		out := ev.stored(ev.p.globalStores[a], fr, depth)
		if known, ok := oneAPI(out); ok {
			return known // a default server, and configuration's (a flag's)
		}
		return out

	case *ssa.FieldAddr:
		if known, ok := knownField(a.X.Type(), a.Field); ok {
			return known
		}
		if isURL(a.X.Type()) && isString(a.Type().(*types.Pointer).Elem()) {
			// u.Host, u.Path of a URL object: what net/url reads off it.
			st := structOf(a.X.Type()).Underlying().(*types.Struct)
			return ev.urlFieldOf(a.X, st.Field(a.Field).Name(), a, fr, depth)
		}
		obj := a.X
		if param := ev.p.capturedParam(obj); param != nil {
			obj = param // an iterator's receiver, in the func it returns
		}
		if fp, ok := ev.paramField(obj, a.Field, fr, depth); ok {
			return fp
		}
		if g, ok := a.X.(*ssa.Global); ok && hasField(stringFields(g.Type()), a.Field) {
			if out, ok := ev.globalField(g, a.Field, fr, depth); ok {
				return out // a descriptor variable's field
			}
		}
		return ev.fieldStores(structOf(a.X.Type()), a.Field, fr, depth)
	case *ssa.IndexAddr:
		if x, ok := a.X.(*ssa.Parameter); ok && fr.elems[x] != nil {
			return fr.elems[x] // a followed list helper's list
		}
		if x, ok := a.X.(*ssa.Parameter); ok && fr.bound == nil && fr.target != nil && x.Parent() == fr.target && (isStringSlice(x.Type()) || isTypeParamSlice(x.Type())) {
			// An element of a list parameter (paths ...string, or a
			// generic helper's items []T): each element a call passes.
			ev.dependent = true
			return []Str{{{Param: ParamElement(slotOf(fr.target, x)), IsParam: true}}}
		}
		sts := ev.tableStores(a.X)
		if index, ok := ev.constOf(a.Index, fr); ok {
			// A table indexed by a constant (an enum's segment):
			// the stores at that index.
			sts = storesAt(sts, index)
		}
		var out []Str
		if len(sts) > 0 {
			out = ev.stored(sts, fr, depth)
		}
		if len(out) == 0 || hasUnknown(out) {
			// A list no store in sight fills: one a map holds, a
			// helper returns (lists.go).
			if elems, ok := ev.followedList(a.X, fr); ok {
				return elems
			}
		}
		if len(out) == 0 {
			return unknownSet()
		}
		return out
	case *ssa.Alloc:
		// A local variable is of one activation of its function: the
		// target's parameters stored in it are the target's. Closures
		// store into it through their free variables.
		sts := ev.p.allocStores[a]
		for _, fv := range ev.p.captured(a) {
			sts = append(sts, ev.p.allocStores[fv]...)
		}
		return ev.stored(sts, fr, depth)
	case *ssa.FreeVar:
		if o, ok := fr.free[a]; ok {
			// The variable the closure was made with, in the frame
			// that made it: what its function stores there.
			cell, ok := o.v.(*ssa.Alloc)
			if !ok {
				return unknownSet()
			}
			var out []Str
			for _, st := range ev.p.allocStores[cell] {
				out = union(out, ev.valuesAt(st.val, st.at, o.fr, depth))
			}
			for _, fv := range ev.p.captured(cell) {
				if len(ev.p.allocStores[fv]) > 0 {
					return unknownSet() // a closure sets it too
				}
			}
			if len(out) == 0 {
				return unknownSet()
			}
			return bound(out)
		}
		return ev.loadEach(ev.p.bindings(a), fr, depth)
	case *ssa.Parameter:
		return ev.loadEach(ev.p.argumentsFor(a), fr, depth)
	case *ssa.Phi:
		return ev.loadEach(a.Edges, fr, depth)
	case *ssa.UnOp, *ssa.Call, *ssa.Extract:
		if call, ok := a.(*ssa.Call); ok {
			if _, def, ok := flagBinding(call.Common()); ok {
				// A flag's value: its default, or what the command
				// line says; of a server, the default stands for both.
				out := union(ev.values(def, fr, depth), unknownSet())
				if known, ok := oneAPI(out); ok {
					return known
				}
				return out
			}
		}
		// A pointer loaded from a variable (one a closure captures), or
		// returned by a function of the package: the pointers stored there.
		if srcs := ev.p.sources(a, map[ssa.Value]bool{}, depth); len(srcs) > 0 {
			return ev.loadEach(srcs, fr, depth)
		}
	}
	return unknownSet()
}

// loadEach is the union of loads from each of the addresses an address
// may be: a closure's bindings, a pointer parameter's arguments, a phi's
// edges.
func (ev *evaluation) loadEach(addrs []ssa.Value, fr frame, depth int) []Str {
	var out []Str
	for _, addr := range addrs {
		out = union(out, ev.load(addr, fr, depth))
	}
	if len(out) == 0 {
		return unknownSet()
	}
	return out
}

// stored is the union of stored values; an empty string beside others is
// left out, as in a phi. The target's parameters stay the client's, in
// whatever function they are stored.
func (ev *evaluation) stored(sts []store, fr frame, depth int) []Str {
	if len(sts) == 0 {
		return unknownSet()
	}
	var out []Str
	empty := false
	for _, st := range sts {
		if isEmptyString(st.val) {
			empty = true
			continue
		}
		out = union(out, ev.valuesAt(st.val, st.at, frame{target: fr.target}, depth))
		if len(out) > maxValues {
			return unknownSet()
		}
	}
	if len(out) == 0 && empty {
		return []Str{{}}
	}
	return out
}

// fieldStores is what the package stores in a field of a struct type,
// whatever the struct: the flow is field-sensitive, not object-sensitive.
func (ev *evaluation) fieldStores(typ types.Type, field int, fr frame, depth int) []Str {
	k := leafKey(fieldKey{typ, field})
	typ = k.typ
	if ev.consulted != nil && len(ev.p.fieldStores[k]) > 0 {
		ev.consulted[typ] = true
	}
	if ev.pin != nil && ev.pin.typ == typ {
		return ev.pinnedStores(k, fr, depth)
	}
	if vals, ok := ev.boundField(k); ok {
		return vals
	}
	// Every read of the field has the same answer: the stores are read
	// once (a table of struct literals, ranged over in many places).
	return ev.memoized(k, frame{target: fr.target}, depth, func() []Str {
		out := ev.stored(ev.p.fieldStores[k], fr, depth)
		if known, ok := oneAPI(out); ok && ev.storesDefault(ev.p.fieldStores[k], known, fr, depth) {
			return known // a default server, and others of the same API
		}
		if hole, ok := ev.p.hole(k); ok && (!slices.ContainsFunc(out, known) || len(out) > 1 && !hasUnknown(out) && ev.openType(k.typ, fr, depth) || ev.p.storedFromCallers(k) || ev.p.storedApartElsewhere(k)) {
			// What the stores hold, object by object, is the
			// client's to pair: a field of several constants beside
			// one the flow cannot tell (the method beside the URL) is
			// a hole too, as is a field of another package's route
			// type, whose stores there the package's own join.
			if ev.holesMet != nil {
				ev.holesMet[hole.Field] = true
			}
			return []Str{{hole}}
		}
		if ev.p.writtenElsewhere(k) {
			out = union(out, unknownSet())
		}
		return out
	})
}

// storesDefault reports whether one of sts, a field's stores, holds a
// form of known and is no option's (optionStore): a default server.
func (ev *evaluation) storesDefault(sts []store, known []Str, fr frame, depth int) bool {
	for _, st := range sts {
		if ev.p.optionStore(st) {
			continue
		}
		if slices.ContainsFunc(ev.valuesAt(st.val, st.at, frame{target: fr.target}, depth), func(s Str) bool {
			return slices.ContainsFunc(known, func(k Str) bool { return slices.Equal(k, s) })
		}) {
			return true
		}
	}
	return false
}

// entryField is field f of the struct a map lookup gives (ep :=
// endpoints[op]; ep.Path): the field of each entry at the key, when the
// key is a constant or a parameter bound to one, read off the struct
// each update stores. ok is false for any other struct.
func (ev *evaluation) entryField(v ssa.Value, f int, fr frame, depth int) ([]Str, bool) {
	if x, ok := v.(*ssa.Extract); ok && x.Index == 0 {
		v = x.Tuple
	}
	l, ok := v.(*ssa.Lookup)
	if !ok || isString(l.X.Type()) {
		return nil, false
	}
	key, ok := ev.constOf(l.Index, fr)
	if !ok {
		return nil, false
	}
	var out []Str
	for base, updates := range ev.p.mapUpdates {
		if !ev.p.sameRoot(base, l.X) {
			continue
		}
		for _, u := range updates {
			k, ok := u.Key.(*ssa.Const)
			if !ok {
				vals, ok := ev.keyedEntry(u, key, f, fr, depth)
				if !ok {
					return nil, false
				}
				out = union(out, vals)
				continue
			}
			if k.Value == nil {
				return nil, false
			}
			if !sameConst(k.Value, key) {
				continue
			}
			load, ok := u.Value.(*ssa.UnOp)
			if !ok || load.Op != token.MUL {
				return nil, false
			}
			out = union(out, ev.fieldAt(load.X, f, load, frame{target: fr.target}, depth))
		}
	}
	return out, len(out) > 0
}

// tableStores are the stores to the elements of an array or slice: of
// an array variable, those of the composite literal it is set to.
func (ev *evaluation) tableStores(x ssa.Value) []store {
	arrays := []ssa.Value{x}
	var whole []store // the arrays stored into x whole (t := [...]string{...})
	switch x := x.(type) {
	case *ssa.Global:
		whole = ev.p.globalStores[x]
	case *ssa.Alloc:
		whole = ev.p.allocStores[x]
	}
	for _, st := range whole {
		if load, ok := st.val.(*ssa.UnOp); ok && load.Op == token.MUL {
			arrays = append(arrays, load.X)
		}
	}
	var out []store
	for base, sts := range ev.p.elemStores {
		if slices.ContainsFunc(arrays, func(a ssa.Value) bool { return ev.p.sameRoot(base, a) }) {
			out = append(out, sts...)
		}
	}
	return out
}

// storesAt are the stores at a constant index, or all of them when one
// is at an index not known statically.
func storesAt(sts []store, index constant.Value) []store {
	var out []store
	for _, st := range sts {
		c, ok := st.index.(*ssa.Const)
		if !ok || c.Value == nil {
			return sts
		}
		if sameConst(c.Value, index) {
			out = append(out, st)
		}
	}
	return out
}

// isStruct reports whether t is, or points to, a struct.
func isStruct(t types.Type) bool {
	_, ok := structOf(t).Underlying().(*types.Struct)
	return ok
}

// paramOrNil is v as a parameter, nil if it is none.
func paramOrNil(v ssa.Value) *ssa.Parameter {
	p, _ := v.(*ssa.Parameter)
	return p
}

// lookup is a map's value at a key: the values stored at that constant
// key, or at any key.
func (ev *evaluation) lookup(l *ssa.Lookup, fr frame, depth int) []Str {
	if isString(l.X.Type()) {
		return unknownSet() // a byte of a string
	}
	var key constant.Value
	if c, ok := ev.constOf(l.Index, fr); ok {
		key = c // a constant key, or a parameter bound to one
	}
	if out, ok := ev.foreignEntries(l.X, key); ok {
		return out
	}
	return ev.entries(l.X, key, false, fr, depth)
}

// foreignEntries is what another package's map variable m is loaded from
// holds at key (nil: at any key), as the client knows it.
func (ev *evaluation) foreignEntries(m ssa.Value, key constant.Value) ([]Str, bool) {
	load, ok := m.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, false
	}
	g, ok := load.X.(*ssa.Global)
	if !ok || g.Pkg == ev.p.pkg || ev.p.oracle == nil {
		return nil, false
	}
	obj, ok := g.Object().(*types.Var)
	if !ok {
		return nil, false
	}
	entries, ok := ev.p.oracle.GlobalEntries(obj)
	if !ok {
		return nil, false
	}
	if key != nil && key.Kind() == constant.String {
		vals, ok := entries[constant.StringVal(key)]
		return vals, ok
	}
	var out []Str
	for _, vals := range entries {
		out = union(out, vals)
	}
	return bound(out), true
}

// entries is what a map holds: the values stored at key (nil: at any
// key), or, when keys, the keys stored.
func (ev *evaluation) entries(m ssa.Value, key constant.Value, keys bool, fr frame, depth int) []Str {
	var out []Str
	for base, updates := range ev.p.mapUpdates {
		if !ev.p.sameRoot(base, m) {
			continue
		}
		for _, u := range updates {
			if k, ok := u.Key.(*ssa.Const); key != nil && ok && !sameConst(k.Value, key) {
				continue
			}
			if _, ok := u.Key.(*ssa.Const); !ok && key != nil && !keys {
				if vals, ok := ev.keyedEntry(u, key, -1, fr, depth); ok {
					out = union(out, vals)
					continue
				}
			}
			v := u.Value
			if keys {
				v = u.Key
			}
			out = union(out, ev.values(v, frame{target: fr.target}, depth))
			if len(out) > maxValues {
				return unknownSet()
			}
		}
	}
	if len(out) == 0 {
		return unknownSet()
	}
	return out
}

// received is what a channel may deliver: what the package sends on it.
func (ev *evaluation) received(ch ssa.Value, fr frame, depth int) []Str {
	var out []Str
	for c, sends := range ev.p.sends {
		if !ev.p.sameRoot(c, ch) {
			continue
		}
		for _, s := range sends {
			out = union(out, ev.values(s.X, frame{target: fr.target}, depth))
			if len(out) > maxValues {
				return unknownSet()
			}
		}
	}
	if len(out) == 0 {
		return unknownSet()
	}
	return out
}

// builderMethod splits the full name of a method of strings.Builder or
// bytes.Buffer into its receiver's part and its name; ok is false for any
// other function.
func builderMethod(fullName string) (recv, method string, ok bool) {
	for _, recv := range []string{"(*strings.Builder).", "(*bytes.Buffer)."} {
		if m, found := strings.CutPrefix(fullName, recv); found {
			return recv, m, true
		}
	}
	return "", "", false
}

// builderHome is the function whose code writes a builder, in
// order: the one that declares it, where a closure reads it through a free
// variable. nil when that does not show, or a closure writes it too (when
// it runs is not known).
func (p *Program) builderHome(b ssa.Value) *ssa.Function {
	home := b.Parent()
	if _, ok := b.(*ssa.FreeVar); ok {
		roots := p.rootsOf(b)
		if len(roots) != 1 {
			return nil
		}
		for r := range roots {
			if _, ok := r.(*ssa.Alloc); !ok {
				return nil
			}
			home = r.Parent()
		}
	}
	if home == nil {
		return nil
	}
	for _, anon := range home.AnonFuncs {
		if p.writesBuilder(anon, b) {
			return nil
		}
	}
	return home
}

// writesBuilder reports whether fn, or a closure in it, calls a method of
// the builder b other than String and Len.
func (p *Program) writesBuilder(fn *ssa.Function, b ssa.Value) bool {
	for _, blk := range fn.Blocks {
		for _, instr := range blk.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			if _, method, ok := builderMethod(fullName(call.Common().StaticCallee())); ok && (method == "String" || method == "Len") {
				continue
			}
			for _, a := range call.Common().Args {
				if p.sameRoot(a, b) {
					return true
				}
			}
		}
	}
	for _, anon := range fn.AnonFuncs {
		if p.writesBuilder(anon, b) {
			return true
		}
	}
	return false
}

// builderString models strings.Builder and bytes.Buffer: String() is
// what was written to the same builder, in the order of the package's
// instructions.
func (ev *evaluation) builderString(common *ssa.CallCommon, fr frame, depth int) ([]Str, bool) {
	recv, method, ok := builderMethod(fullName(common.StaticCallee()))
	if !ok || method != "String" || len(common.Args) != 1 {
		return nil, false
	}
	b := common.Args[0]
	home := ev.p.builderHome(b)
	if home == nil {
		return unknownSet(), true // a package-level builder: written anywhere
	}
	out := []Str{{}}
	for _, blk := range home.Blocks {
		for _, instr := range blk.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok || call.Common() == common {
				continue
			}
			c := call.Common()
			name := fullName(c.StaticCallee())
			r, method, isMethod := builderMethod(name)
			isMethod = isMethod && r == recv // not another builder type's
			for i, a := range c.Args {
				if !ev.p.sameRoot(a, b) {
					continue
				}
				switch {
				case i == 0 && isMethod && method == "WriteString" && len(c.Args) == 2,
					i == 0 && name == "io.WriteString" && len(c.Args) == 2:
					out = product(out, ev.values(c.Args[len(c.Args)-1], fr, depth))
				case i == 0 && isMethod && method == "Reset":
					out = []Str{{}}
				case i == 1 && (name == "(*text/template.Template).Execute" || name == "(*html/template.Template).Execute") && len(c.Args) == 3:
					// A template executed into the builder: its text,
					// each action what only a run knows (templates.go).
					texts, ok := ev.templateText(c.Args[0], fr, depth)
					if !ok {
						return unknownSet(), true
					}
					out = product(out, texts)
				case i == 0 && isMethod && (method == "Len" || method == "Grow" || method == "Cap"):
				case i == 0 && name == "fmt.Fprintf" && len(c.Args) >= 2:
					// What fmt.Sprintf of the rest gives.
					var sprintf *types.Func
					if obj, ok := c.StaticCallee().Object().(*types.Func); ok && obj.Pkg() != nil {
						sprintf, _ = obj.Pkg().Scope().Lookup("Sprintf").(*types.Func)
					}
					if sprintf == nil {
						return unknownSet(), true
					}
					written, ok := ev.pureCall(sprintf.FullName(), sprintf.Signature(), c.Args[1:], fr, depth)
					if !ok {
						return unknownSet(), true
					}
					out = product(out, written)
				default:
					// Written, or handed on, in a way not followed: what
					// it holds is not known.
					return unknownSet(), true
				}
			}
		}
	}
	return out, true
}

// calleeFunc is the function a call's static callee is declared as (an
// instance's, of a generic function); nil for a dynamic call.
func calleeFunc(common *ssa.CallCommon) *types.Func {
	fn := common.StaticCallee()
	if fn == nil {
		return nil
	}
	obj, _ := fn.Object().(*types.Func)
	return obj
}
