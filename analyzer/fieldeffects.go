package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// A request builder of another package: NewCall().Method(m).Path(p).Do(ctx)
// with Call, its setters and Do in rcapi, the calls in worker. Do's
// template reads the fields of its receiver (flow.ParamField), which a
// call of Do fills in with what the fields hold there: what the
// constructor and the setters on the way set, as their effects facts say.

// projection returns the values a projection of an argument of call (a
// call of callee, whose template reads it) holds at the call, in terms of
// fn's parameters: a field of a struct argument or receiver, or what a
// method of an interface argument returns; one unknown value when the
// flow cannot tell.
func (s *packageScan) projection(fn *types.Func, call *ast.CallExpr, callee *types.Func, param int) []Value {
	slot, index, method, _ := flow.ProjectionOf(param)
	if k, ok := flow.TypeArgOf(slot); ok && method && flow.TypeArgSlots(callee.Signature()) {
		return s.typeArgProjection(fn, call, callee, k, index)
	}
	name := ""
	if method {
		iface, ok := underlying(flow.SlotType(callee.Signature(), slot)).(*types.Interface)
		if !ok {
			return []Value{unknown()}
		}
		if name, ok = flow.MethodSelector(iface, index); !ok {
			return []Value{unknown()}
		}
	}
	fp := s.flow()
	if fp == nil {
		return []Value{unknown()}
	}
	strs, ok := fp.Projection(call, slot, index, name, flow.SlotType(callee.Signature(), slot), fn)
	if !ok {
		return []Value{unknown()}
	}
	return alternatives(strs)
}

func underlying(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// Effects reads a function's effects fact: what it does to the fields of
// the request builder it returns or is called on.
func (o flowOracle) Effects(fn *types.Func) (flow.Effects, bool) {
	var fact effectsFact
	if fn.Pkg() == nil || fn.Pkg() == o.s.pass.Pkg || !o.s.pass.ImportObjectFact(fn, &fact) {
		return flow.Effects{}, false
	}
	e := flow.Effects{Result: fromFields(fact.Result, fact.Returns), Receiver: fromFields(fact.Receiver, true), Boxed: fact.Boxed}
	for _, v := range fact.Variadic {
		e.Variadic = append(e.Variadic, flow.Effects{Result: fromFields(v.Result, fact.Returns), Receiver: fromFields(v.Receiver, true)})
	}
	return e, true
}

// exportEffects publishes the effects of the functions other packages may
// drive a request builder of the package with: for each struct type whose
// fields a wrapper's template reads (of its receiver or a parameter), or
// that builders names already, the
// exported functions that return it and the methods that set its fields. A method without a fact sets
// none.
func (s *packageScan) exportEffects(templates map[*types.Func][]RequestTemplate, builders map[types.Type]bool) (describes bool) {
	for fn, ts := range templates {
		for _, slot := range projectedFields(ts) {
			if t := flow.SlotType(fn.Signature(), slot); t != nil {
				builders[pointee(t)] = true
			}
		}
	}
	s.addHolders(builders)
	s.addHeld(builders)
	var fp *flow.Program
	for fn := range s.decls {
		driver := drives(fn, builders)
		if !fn.Exported() || !driver && !s.makesDescriptor(fn) {
			continue
		}
		if fp == nil {
			if fp = s.flow(); fp == nil {
				return describes
			}
		}
		e, ok := fp.Effects(fn)
		if !ok || e.Result == nil && len(e.Receiver) == 0 {
			continue // no fact: it sets no field (flow.Program.Effects)
		}
		if !driver && !holdsRouteText(e.Result) {
			continue
		}
		fact := &effectsFact{Returns: e.Result != nil, Result: toFields(e.Result), Receiver: toFields(e.Receiver), Boxed: e.Boxed}
		for _, v := range e.Variadic {
			fact.Variadic = append(fact.Variadic, variadicEffects{Result: toFields(v.Result), Receiver: toFields(v.Receiver)})
		}
		s.pass.ExportObjectFact(fn, fact)
		describes = describes || holdsRouteText(e.Result)
	}
	return describes
}

// addHolders adds to builders the package's struct types that hold one
// by value (type Account struct{ Resource }): a promoted method of the
// builder's reads the fields of the one its holder holds, which the
// holder's methods and constructors set.
func (s *packageScan) addHolders(builders map[types.Type]bool) {
	if len(builders) == 0 {
		return
	}
	scope := s.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for f := range st.Fields() {
			if builders[pointee(types.Unalias(f.Type()))] {
				builders[pointee(tn.Type())] = true
				break
			}
		}
	}
}

// addHeld adds to builders the package's struct types a builder holds in
// a field, by value or by pointer (a query's api *API): a template reads
// the held struct's fields one level down (q.api.server), which the held
// struct's constructor and setters set, so that a caller tells a query of
// one client from one of another.
func (s *packageScan) addHeld(builders map[types.Type]bool) {
	var held []types.Type
	for b := range builders {
		st, ok := b.Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for f := range st.Fields() {
			t := pointee(types.Unalias(f.Type()))
			named, ok := t.(*types.Named)
			if !ok || named.Obj().Pkg() != s.pass.Pkg {
				continue
			}
			if _, ok := named.Underlying().(*types.Struct); ok {
				held = append(held, t)
			}
		}
	}
	for _, t := range held {
		builders[t] = true
	}
}

// makesDescriptor reports whether fn returns a struct value of the package
// and may build a route: a descriptor's constructor
// (endpoints.CallLog(acct) returning Endpoint{Method, Path}), whose
// results another package sends. Without its effects, a reader there
// would take every store into the fields for each one.
func (s *packageScan) makesDescriptor(fn *types.Func) bool {
	res := fn.Signature().Results()
	if res.Len() == 0 || fn.Signature().Recv() != nil {
		return false
	}
	named, ok := types.Unalias(res.At(0).Type()).(*types.Named) // a value: a pointer is a builder's
	if !ok || named.Obj().Pkg() != s.pass.Pkg {
		return false
	}
	if _, ok := named.Underlying().(*types.Struct); !ok {
		return false
	}
	return s.mayBuildRoute(fn)
}

// holdsRouteText reports whether a field's values have route text (a
// slash).
func holdsRouteText(fields map[int][]flow.Str) bool {
	for _, vals := range fields {
		for _, v := range vals {
			if containsSlash(Value(v)) {
				return true
			}
		}
	}
	return false
}

// exportGlobals publishes what the string fields of the package's
// exported struct variables hold, those whose initializers have route
// text (a slash): descriptors other packages pass to wrappers.
func (s *packageScan) exportGlobals() {
	s.eachPackageVar(func(vs *ast.ValueSpec, i int, v *types.Var) {
		if v.Exported() && i < len(vs.Values) && hasRouteText(s.pass.TypesInfo, vs.Values[i]) {
			s.exportGlobal(v)
		}
	})
}

// exportHeldFields publishes, for each exported field of the package's structs
// that holds a struct (or a pointer to one), what the string fields of
// the structs the package stores there hold, where that is route text:
// a repository's collections, Repos{CallLog: Resource{path: "/restapi/..."}},
// read by other packages as repos.CallLog.List(ctx). Only a package whose
// value flow is built already has route text to give.
func (s *packageScan) exportHeldFields() {
	if !s.flowBuilt || s.flowProgram == nil {
		return
	}
	s.eachSpec(token.TYPE, func(spec ast.Spec) {
		tn, ok := s.pass.TypesInfo.Defs[spec.(*ast.TypeSpec).Name].(*types.TypeName)
		if !ok {
			return
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				s.exportHeldField(st.Field(i))
			}
		}
	})
}

// exportHeldField publishes what holder's stored structs hold.
func (s *packageScan) exportHeldField(holder *types.Var) {
	held, ok := types.Unalias(pointee(holder.Type())).(*types.Named)
	if !holder.Exported() || !ok || held.Obj().Pkg() == nil || isURLType(held) {
		return
	}
	st, ok := held.Underlying().(*types.Struct)
	if !ok {
		return
	}
	var fields []FieldValues
	for f := range st.NumFields() {
		if !isStringType(st.Field(f).Type()) {
			continue
		}
		if strs, ok := s.flowProgram.HeldField(holder, f); ok && holdsRouteText(map[int][]flow.Str{f: strs}) {
			fields = append(fields, toFields(map[int][]flow.Str{f: strs})...)
		}
	}
	if len(fields) > 0 {
		s.pass.ExportObjectFact(holder, &globalFact{Fields: fields})
	}
}

// eachPackageVar calls f with each package-level variable the package
// declares, its declaration and its place in it.
func (s *packageScan) eachPackageVar(f func(vs *ast.ValueSpec, i int, v *types.Var)) {
	s.eachSpec(token.VAR, func(spec ast.Spec) {
		vs := spec.(*ast.ValueSpec)
		for i, name := range vs.Names {
			if v, ok := s.pass.TypesInfo.Defs[name].(*types.Var); ok {
				f(vs, i, v)
			}
		}
	})
}

// eachSpec calls f with each package-level spec of the declarations of
// kind tok (token.TYPE, token.VAR) in the package's files.
func (s *packageScan) eachSpec(tok token.Token, f func(ast.Spec)) {
	for _, file := range s.pass.Files {
		for _, d := range file.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == tok {
				for _, spec := range gd.Specs {
					f(spec)
				}
			}
		}
	}
}

func (s *packageScan) exportGlobal(v *types.Var) {
	if m, ok := v.Type().Underlying().(*types.Map); ok && isStringType(m.Key()) && isStringType(m.Elem()) {
		s.exportEntries(v)
		return
	}
	if isStringList(v.Type()) {
		if fp := s.flow(); fp != nil {
			strs, ok := fp.GlobalElements(v)
			s.exportList(v, strs, ok)
		}
		return
	}
	st, ok := v.Type().Underlying().(*types.Struct)
	if !ok {
		return
	}
	fp := s.flow()
	if fp == nil {
		return
	}
	var fields []FieldValues
	for i := 0; i < st.NumFields(); i++ {
		if !isStringType(st.Field(i).Type()) {
			continue
		}
		if strs, ok := fp.GlobalField(v, i); ok {
			fields = append(fields, toFields(map[int][]flow.Str{i: strs})...)
		}
	}
	if len(fields) > 0 {
		s.pass.ExportObjectFact(v, &globalFact{Fields: fields})
	}
}

// exportEntries publishes what a map variable holds at each constant key.
func (s *packageScan) exportEntries(v *types.Var) {
	fp := s.flow()
	if fp == nil {
		return
	}
	entries, ok := fp.GlobalEntries(v)
	if !ok {
		return
	}
	fact := &globalFact{}
	for key, strs := range entries {
		vals := toFields(map[int][]flow.Str{0: strs})[0].Values
		fact.Entries = append(fact.Entries, MapEntry{Key: key, Values: vals})
	}
	slices.SortFunc(fact.Entries, func(a, b MapEntry) int { return strings.Compare(a.Key, b.Key) })
	s.pass.ExportObjectFact(v, fact)
}

// exportLists publishes what the lists the package's exported functions
// return hold, for those that may build routes or filters (text with a
// slash): a list of event filters another package subscribes to.
func (s *packageScan) exportLists() {
	if s.pass.Pkg.Name() == "main" {
		return // no package imports a command
	}
	for _, fn := range s.funcs {
		res := fn.Signature().Results()
		if !fn.Exported() || res.Len() == 0 || !isStringList(res.At(0).Type()) || !s.mayBuildRoute(fn) {
			continue
		}
		fp := s.flow()
		if fp == nil {
			return
		}
		strs, ok := fp.ListElements(fn)
		s.exportList(fn, strs, ok)
	}
}

// exportListFields publishes what the exported []string fields of the
// package's exported structs may hold, of those a store gives route text
// (a configuration's default event filters): the elements of every list
// stored, a list the package cannot tell an unknown element.
func (s *packageScan) exportListFields() {
	if s.pass.Pkg.Name() == "main" || !declaresListField(s.pass.Pkg) {
		return // no package imports a command; no field to publish
	}
	stores := map[*types.Var][]fieldStore{}
	s.eachFieldStore(func(v *types.Var, st fieldStore) {
		if v.Pkg() == s.pass.Pkg && v.Exported() && isStringList(v.Type()) && exportedStruct(st.owner) {
			stores[v] = append(stores[v], st)
		}
	})
	for v, sts := range stores {
		if !slices.ContainsFunc(sts, func(st fieldStore) bool { return hasRouteText(s.pass.TypesInfo, st.value) }) {
			continue
		}
		fp := s.flow()
		if fp == nil {
			return
		}
		var elems []flow.Str
		for _, st := range sts {
			strs, ok := fp.Elements(st.value, st.fn)
			if !ok {
				strs = []flow.Str{nil}
			}
			elems = append(elems, strs...)
		}
		s.exportList(v, elems, true)
	}
}

// declaresListField reports whether pkg declares an exported struct type
// with an exported []string field: the fields exportListFields publishes.
func declaresListField(pkg *types.Package) bool {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for f := range st.Fields() {
			if f.Exported() && isStringList(f.Type()) {
				return true
			}
		}
	}
	return false
}

// exportList publishes strs, what the elements of the lists obj returns
// (or holds, of a variable or a field) may be.
func (s *packageScan) exportList(obj types.Object, strs []flow.Str, ok bool) {
	if !ok || len(strs) == 0 {
		return
	}
	fact := &listFact{}
	for _, str := range strs {
		if str == nil {
			fact.Elements = append(fact.Elements, unknown()) // wholly unknown, not ""
			continue
		}
		v := make(Value, 0, len(str))
		for _, p := range str {
			if p.IsParam {
				p = Part{Unknown: true} // the caller's argument: not followed
			}
			v = append(v, p)
		}
		fact.Elements = append(fact.Elements, concat(v))
	}
	s.pass.ExportObjectFact(obj, fact)
}

// isStringList reports whether t is a []string.
func isStringList(t types.Type) bool {
	sl, ok := t.Underlying().(*types.Slice)
	return ok && isStringType(sl.Elem())
}

// ListElements reads a function's, or a package-level variable's, list
// fact.
func (o flowOracle) ListElements(obj types.Object) ([]flow.Str, bool) {
	var fact listFact
	if obj.Pkg() == nil || obj.Pkg() == o.s.pass.Pkg || !o.s.pass.ImportObjectFact(obj, &fact) {
		return nil, false
	}
	strs := make([]flow.Str, len(fact.Elements))
	for i, v := range fact.Elements {
		strs[i] = flow.Str(v)
	}
	return strs, true
}

// GlobalEntries reads a map variable's global fact.
func (o flowOracle) GlobalEntries(v *types.Var) (map[string][]flow.Str, bool) {
	var fact globalFact
	if v.Pkg() == nil || v.Pkg() == o.s.pass.Pkg || !o.s.pass.ImportObjectFact(v, &fact) || fact.Entries == nil {
		return nil, false
	}
	out := map[string][]flow.Str{}
	for _, e := range fact.Entries {
		out[e.Key] = fromFields([]FieldValues{{Values: e.Values}}, true)[0]
	}
	return out, true
}

// hasRouteText reports whether an expression has a string constant with a
// slash in it.
func hasRouteText(info *types.Info, e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(ast.Expr); ok && !found {
			if tv := info.Types[x]; tv.Value != nil && tv.Value.Kind() == constant.String && strings.Contains(constant.StringVal(tv.Value), "/") {
				found = true
			}
		}
		return !found
	})
	return found
}

// GlobalField reads a variable's global fact: what a field of another
// package's descriptor holds.
func (o flowOracle) GlobalField(v *types.Var, f int) ([]flow.Str, bool) {
	var fact globalFact
	if v.Pkg() == nil || v.Pkg() == o.s.pass.Pkg || !o.s.pass.ImportObjectFact(v, &fact) {
		return nil, false
	}
	for _, fv := range fact.Fields {
		if fv.Field == f {
			return fromFields([]FieldValues{fv}, true)[f], true
		}
	}
	return nil, false
}

// projectedFields are the slots whose fields templates read.
func projectedFields(ts []RequestTemplate) []int {
	var slots []int
	for _, t := range ts {
		parts := append(append(Value{}, t.Method...), t.URL...)
		for _, d := range t.Deferred {
			for _, alts := range d.Args {
				for _, v := range alts {
					parts = append(parts, v...) // a builder's segments, joined
				}
			}
		}
		slots = append(slots, projectedSlots(parts)...)
	}
	return slots
}

// projectedSlots are the slots of the parameters whose fields v reads.
func projectedSlots(v Value) []int {
	var slots []int
	for _, p := range v {
		if slot, index, method, ok := flow.ProjectionOf(p.Param); ok && p.IsParam && !method && !flow.WholeArg(index) {
			slots = append(slots, slot)
		}
	}
	return slots
}

// drives reports whether fn returns one of the builder types or is a
// method of one.
func drives(fn *types.Func, builders map[types.Type]bool) bool {
	sig := fn.Signature()
	if recv := sig.Recv(); recv != nil && builders[pointee(recv.Type())] {
		return true
	}
	if sig.Results().Len() == 0 {
		return false
	}
	res := sig.Results().At(0).Type()
	if iface, ok := res.Underlying().(*types.Interface); ok {
		// A fluent builder's interface, which the builder implements.
		for t := range builders {
			if types.Implements(t, iface) || types.Implements(types.NewPointer(t), iface) {
				return true
			}
		}
		return false
	}
	return builders[pointee(res)]
}

// pointee is the type t points to, or t; of a generic type, its origin:
// a constructor's Collection[T] and its methods' receiver Collection[T]
// are instances of one type with other type parameters.
func pointee(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if named, ok := t.(*types.Named); ok {
		return named.Origin()
	}
	return t
}

// toFields and fromFields convert effects for a fact and back. A fact
// holds the empty string (a field a constructor leaves unset) as one empty
// literal: gob would read an empty slice back as nil, an unknown value.
func toFields(m map[int][]flow.Str) []FieldValues {
	var out []FieldValues
	for f, strs := range m {
		vals := make([]Value, len(strs))
		for i, s := range strs {
			vals[i] = append(Value{}, s...) // the flow's memo keeps its own
			if len(s) == 0 {
				vals[i] = lit("")
			}
		}
		out = append(out, FieldValues{Field: f, Values: vals})
	}
	slices.SortFunc(out, func(a, b FieldValues) int { return a.Field - b.Field })
	return out
}

func fromFields(fields []FieldValues, returns bool) map[int][]flow.Str {
	if !returns {
		return nil
	}
	out := make(map[int][]flow.Str, len(fields))
	for _, fv := range fields {
		strs := make([]flow.Str, len(fv.Values))
		for i, v := range fv.Values {
			strs[i] = flow.Str(v)
			if text, ok := v.literal(); ok && text == "" {
				strs[i] = flow.Str{}
			}
		}
		out[fv.Field] = strs
	}
	return out
}

// keptParams are the parameters of an exported function that makes
// requests that it keeps (requestsFact.Keeps): a caller asks about the
// calls between its setting a client's field and a request reading it.
func (s *packageScan) keptParams(fn *types.Func) []int {
	if !fn.Exported() {
		return nil
	}
	fp := s.flow()
	if fp == nil {
		return nil
	}
	return fp.KeepsFields(fn)
}

// KeepsFields reads, of a function of another package, whether it keeps
// the struct its parameter at slot points to (requestsFact.Keeps).
func (o flowOracle) KeepsFields(fn *types.Func, slot int) bool {
	var fact requestsFact
	if fn.Pkg() == nil || fn.Pkg() == o.s.pass.Pkg || !o.s.pass.ImportObjectFact(fn, &fact) {
		return false
	}
	return slices.Contains(fact.Keeps, slot)
}
