package flow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A function handed a URL builder as a function value (a pager's
// urlFor func(page int) string, called in the goroutine of the source it
// returns) requests what the builder returns, and only its callers know
// which builder. A call of such a parameter of the target is the
// projection ParamResult of its slot; a caller fills it in with what the
// function value it passes returns (funcResults), called with arguments
// the flow does not know, as the page number is.

// calledParam is the parameter of fr's target that the function value v
// is, directly or through the closures that capture it; nil for any
// other value.
func (ev *evaluation) calledParam(v ssa.Value, fr frame, depth int) *ssa.Parameter {
	if depth > maxDepth {
		return nil
	}
	switch x := v.(type) {
	case *ssa.Parameter:
		if _, bound := fr.bound[x]; !bound && x.Parent() == fr.target && fr.target != nil {
			return x
		}
	case *ssa.ChangeType:
		return ev.calledParam(x.X, fr, depth+1)
	case *ssa.UnOp:
		if x.Op == token.MUL {
			// A captured parameter, spilled to the variable the
			// closures share.
			return ev.sameParam(ev.p.storedAt(x.X, map[ssa.Value]bool{}, 0), fr, depth)
		}
	case *ssa.FreeVar:
		if _, ok := fr.free[x]; ok {
			return nil // bound where the closure was made: followed there
		}
		return ev.sameParam(ev.p.bindings(x), fr, depth)
	}
	return nil
}

// sameParam is the parameter of fr's target every one of vs is, or nil.
func (ev *evaluation) sameParam(vs []ssa.Value, fr frame, depth int) *ssa.Parameter {
	var found *ssa.Parameter
	for _, v := range vs {
		p := ev.calledParam(v, fr, depth+1)
		if p == nil || found != nil && p != found {
			return nil
		}
		found = p
	}
	return found
}

// funcResults is what the function value v returns, called with
// arguments the flow does not know: each function it may be, of the
// package followed to its returns, of another package by its facts.
func (ev *evaluation) funcResults(v ssa.Value, fr frame, depth int) []Str {
	sig, ok := v.Type().Underlying().(*types.Signature)
	if !ok || sig.Results().Len() == 0 || !isString(sig.Results().At(0).Type()) {
		return unknownSet()
	}
	var out []Str
	found := false
	ev.p.eachFuncValue(v, map[ssa.Value]bool{}, 0, func(fn *ssa.Function, _ *ssa.MakeClosure) {
		found = true
		fn = unwrap(fn)
		if fn.Pkg != ev.p.pkg || len(fn.Blocks) == 0 {
			out = union(out, ev.foreignResults(fn))
			return
		}
		inner := frame{target: fr.target, bound: map[*ssa.Parameter][]Str{}}
		for _, p := range fn.Params {
			inner.bound[p] = unknownSet()
		}
		for _, b := range fn.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > 0 {
				out = union(out, ev.values(ret.Results[0], inner, depth+1))
			}
		}
	})
	if !found {
		return unknownSet()
	}
	return bound(out)
}

// foreignResults is what a function of another package returns, by its
// facts, its parameters unknown.
func (ev *evaluation) foreignResults(fn *ssa.Function) []Str {
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return unknownSet()
	}
	variadic := -1
	if obj.Signature().Variadic() {
		variadic = 0
	}
	tmpls, ok := ev.p.oracle.Returns(obj.Origin(), variadic)
	if !ok {
		return unknownSet()
	}
	var out []Str
	for _, t := range tmpls {
		out = union(out, substitute(t, nil))
	}
	return out
}
