package flow

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A struct held in an interface: a fluent request builder whose methods
// take a value receiver and return it boxed in the builder's interface
// (c.R().Get(route).Param(k, v).Do(ctx)). A question about a field of the
// builder a request reads is asked of the interface value the call was
// made on, with the struct type the implementation's template projects:
// each value of that type the interface may hold, followed back through
// the boxing, the calls that return it (their returns, or another
// package's effects) and the receivers they were called on.

// boxedFieldAt is what field f of a struct of type want, held in the
// interface value v, holds at instruction at. A dynamic type other than
// want adds nothing: the question is about want's implementation.
func (ev *evaluation) boxedFieldAt(v ssa.Value, want types.Type, f int, at ssa.Instruction, fr frame, depth int) []Str {
	if ev.steps++; depth > maxDepth || ev.steps > maxSteps {
		return ev.cutShort()
	}
	depth++
	switch x := v.(type) {
	case *ssa.MakeInterface:
		if types.IsInterface(x.X.Type()) {
			return ev.boxedFieldAt(x.X, want, f, at, fr, depth)
		}
		if !types.Identical(x.X.Type(), want) {
			return nil
		}
		return ev.fieldAt(x.X, f, at, fr, depth)
	case *ssa.ChangeInterface:
		return ev.boxedFieldAt(x.X, want, f, at, fr, depth)
	case *ssa.Phi:
		var out []Str
		for i, edge := range x.Edges {
			if ev.otherEdge(x, i) {
				continue
			}
			out = union(out, ev.boxedFieldAt(edge, want, f, edgeEnd(x, i), fr, depth))
		}
		return bound(out)
	case *ssa.Parameter:
		if o, ok := fr.objects[x]; ok {
			return ev.objectField(o, want, f, depth)
		}
	case *ssa.Call:
		return ev.returnedField(x, 0, want, f, fr, depth)
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			return ev.returnedField(call, x.Index, want, f, fr, depth)
		}
	}
	// An interface value the flow cannot trace (a job received from a
	// channel, a command a registry hands out) holds some object of
	// want: its field holds what the stores into it hold, the hole
	// naming the field when they tell nothing, as a read off an
	// untraced pointer of want's.
	if _, ok := structOf(want).Underlying().(*types.Struct); ok {
		return ev.fieldStores(structOf(want), f, fr, depth)
	}
	return unknownSet()
}

// objectField is what field f of a struct of type want holds in a
// followed call's argument: the struct itself, or one the interface it
// is holds.
func (ev *evaluation) objectField(o object, want types.Type, f int, depth int) []Str {
	if types.IsInterface(o.v.Type()) && !types.IsInterface(want) {
		return ev.boxedFieldAt(o.v, want, f, o.at, o.fr, depth)
	}
	return ev.fieldAt(o.v, f, o.at, o.fr, depth)
}

// returnedField is what field f of a struct of type want, boxed in the
// interface result index of call, holds: of an interface method, want's
// own method (the receiver holds a want, as the fluent chain's did); the
// returns of a function of the package, followed with its parameters
// bound to the call's arguments; or another package's effects.
func (ev *evaluation) returnedField(call *ssa.Call, index int, want types.Type, f int, fr frame, depth int) []Str {
	common := call.Common()
	var fns []*ssa.Function
	if common.IsInvoke() {
		fn := ev.p.method(want, common.Method.Name())
		if fn == nil {
			return unknownSet()
		}
		fns = []*ssa.Function{fn}
	} else if callee := common.StaticCallee(); callee != nil {
		fns = []*ssa.Function{callee}
	} else {
		return unknownSet()
	}
	var out []Str
	for _, fn := range fns {
		fn = unwrap(fn)
		if fn.Pkg != ev.p.pkg || len(fn.Blocks) == 0 {
			out = union(out, ev.effectsField(fn, call, index, want, f, fr, depth))
			continue
		}
		if ev.visiting[memoKey{what: fn}] {
			return unknownSet() // a recursion is no construction
		}
		ev.visiting[memoKey{what: fn}] = true
		args := align(fn, common)
		if common.IsInvoke() && len(args) > 0 && args[0] == nil {
			args[0] = common.Value // the interface holding the receiver
		}
		inner := ev.callFrame(fn, args, call, fr, depth)
		for _, b := range fn.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && index < len(ret.Results) {
				out = union(out, ev.boxedFieldAt(ret.Results[index], want, f, ret, inner, depth))
			}
		}
		delete(ev.visiting, memoKey{what: fn})
	}
	return bound(out)
}

// effectsField is what field f of the want its first result boxes holds
// after a call of fn, a function of another package, by its effects.
func (ev *evaluation) effectsField(fn *ssa.Function, call *ssa.Call, index int, want types.Type, f int, fr frame, depth int) []Str {
	obj, ok := fn.Object().(*types.Func)
	if !ok || index != 0 || ev.p.oracle == nil {
		return unknownSet()
	}
	e, ok := ev.p.oracle.Effects(obj.Origin())
	if !ok || e.Boxed != TypeName(want) {
		return unknownSet()
	}
	tmpl, ok := e.Result[f]
	if !ok {
		return unknownSet()
	}
	return ev.instantiateAs(tmpl, call.Common(), call, want, nil, fr, depth)
}

// TypeName names a named type, or a pointer to one, by its package's
// path and its name: what a fact can carry.
func TypeName(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return ""
	}
	return named.Obj().Pkg().Path() + "." + named.Obj().Name()
}

// boxedType is the one struct type of the package that the returns of fn,
// an interface, box: a fluent builder's method, or the constructor that
// starts the chain; nil when they box none, or several.
func (p *Program) boxedType(fn *ssa.Function) types.Type {
	var found types.Type
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) == 0 {
			continue
		}
		for _, t := range p.concreteTypes(ret.Results[0], map[ssa.Value]bool{}) {
			if !isStruct(t) || !declaredIn(t, p.types) {
				return nil
			}
			if found != nil && !types.Identical(found, t) {
				return nil
			}
			found = t
		}
	}
	return found
}
