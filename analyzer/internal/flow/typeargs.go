package flow

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A method of a type parameter: a generic repository whose route is what
// its element type says (var zero T; zero.CollectionPath(acct)). Where the
// type argument is known (a followed call of an instance, Repository[
// CallRecord].List), the call is that type's method; in a summary of the
// generic function itself, it is a projection of the type argument, which
// each caller fills in from the instance it calls (TypeArgMethod): what
// that type's method returns, its arguments known only at run time.

// typeArgSlot is the first projection slot that stands for a type
// argument of the function, not a parameter: slot typeArgSlot+k is its
// k-th type parameter (of a method of a generic type, the receiver's).
// Low, for a template's parameters are numbered up to its highest (a
// call's combinations of them are as long); a function with that many
// parameters has no such projection (TypeArgSlots).
const typeArgSlot = 8

// TypeArgSlots reports whether fn's templates may have type argument
// projections: it is generic, with fewer parameters (its receiver
// included) than typeArgSlot.
func TypeArgSlots(sig *types.Signature) bool {
	n := sig.Params().Len()
	if sig.Recv() != nil {
		n++
	}
	return n < typeArgSlot && (sig.TypeParams().Len() > 0 || sig.RecvTypeParams().Len() > 0)
}

// TypeArgMethod is the Param that stands for what method m (its index in
// the method set of the constraint) of the function's k-th type argument
// returns.
func TypeArgMethod(k, m int) int { return ParamMethod(typeArgSlot+k, m) }

// TypeArgOf tells which type argument a projection's slot stands for; ok
// is false for a slot of a parameter.
func TypeArgOf(slot int) (k int, ok bool) { return slot - typeArgSlot, slot >= typeArgSlot }

// TypeParams are the type parameters of a generic function's signature,
// or of the receiver of a method of a generic type: what TypeArgMethod's
// k counts.
func TypeParams(sig *types.Signature) *types.TypeParamList {
	if sig.RecvTypeParams().Len() > 0 {
		return sig.RecvTypeParams()
	}
	return sig.TypeParams()
}

// ConstraintMethod is the index of the method name in the method set of
// tp's constraint; ok is false when it has none of that name.
func ConstraintMethod(tp *types.TypeParam, name string) (int, bool) {
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	if !ok {
		return 0, false
	}
	for m := range iface.NumMethods() {
		if iface.Method(m).Name() == name {
			return m, true
		}
	}
	return 0, false
}

// typeParams is TypeParams of an SSA function's origin.
func typeParams(fn *ssa.Function) *types.TypeParamList {
	if fn == nil {
		return nil
	}
	if obj, ok := fn.Object().(*types.Func); ok {
		return TypeParams(obj.Origin().Signature())
	}
	return nil
}

// bindTypeArgs binds the type parameters of fn, the origin of the
// instance common calls, to its type arguments, as the caller's frame
// resolves them.
func bindTypeArgs(inner *frame, fn *ssa.Function, common *ssa.CallCommon, fr frame) {
	instance := common.StaticCallee()
	if instance == nil {
		return
	}
	args := instance.TypeArgs()
	tps := typeParams(fn)
	if len(args) == 0 || tps == nil || tps.Len() != len(args) {
		return
	}
	inner.types = map[*types.TypeParam]types.Type{}
	for i, t := range args {
		inner.types[tps.At(i)] = fr.resolveType(t)
	}
}

// resolveType is t with the type parameters the frame binds replaced.
func (fr frame) resolveType(t types.Type) types.Type {
	for range 8 {
		tp, ok := types.Unalias(t).(*types.TypeParam)
		if !ok {
			return t
		}
		bound, ok := fr.types[tp]
		if !ok {
			return t
		}
		t = bound
	}
	return t
}

// typeArgMethod is what a call of a method of a type parameter gives: the
// method of the type the frame binds it to, or the projection of the
// target's type argument; ok is false for a call of no such method.
func (ev *evaluation) typeArgMethod(call *ssa.Call, index int, fr frame, depth int) ([]Str, bool) {
	common := call.Common()
	if !common.IsInvoke() {
		return nil, false
	}
	tp, ok := types.Unalias(common.Value.Type()).(*types.TypeParam)
	if !ok {
		return nil, false
	}
	name := common.Method.Name()
	switch t := fr.resolveType(tp).(type) {
	case *types.TypeParam:
		tps := typeParams(fr.target)
		if tps == nil || index != 0 || !TypeArgSlots(fr.target.Signature) {
			return unknownSet(), true
		}
		for k := range tps.Len() {
			if m, ok := ConstraintMethod(t, name); ok && tps.At(k) == t {
				ev.dependent = true
				return []Str{{{Param: TypeArgMethod(k, m), IsParam: true}}}, true
			}
		}
		return unknownSet(), true
	default:
		fn := ev.p.method(t, name)
		if fn == nil {
			return unknownSet(), true
		}
		if fn = unwrap(fn); fn.Pkg == ev.p.pkg && len(fn.Blocks) > 0 {
			return ev.returns(fn, common, call, index, fr, depth), true
		}
		obj, ok := fn.Object().(*types.Func)
		if !ok || index != 0 {
			return unknownSet(), true
		}
		return ev.external(obj.Origin(), common, fr, depth), true
	}
}
