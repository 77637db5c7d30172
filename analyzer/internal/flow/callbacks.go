package flow

import (
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// Callbacks. A function handed a function value calls it with values of
// its own: a generic helper's Each(items, f) calls f(it) with each
// element of items, a retry helper calls op(path) with the path it was
// given. The parameters of a closure handed to it are those values, and
// only the helper's package sees the calls. Callbacks summarizes what a
// function calls each of its function-typed parameters with, in terms
// of its own parameters, for a fact; a closure the package hands to a
// function of another package reads its parameters from that fact,
// filled in at the call that hands it over (handedArgs).

// A CallbackCall is a call a function makes of its function-typed
// parameter Param (its index among the declared parameters): what it
// passes for each of the callee's parameters, in terms of its own.
type CallbackCall struct {
	Param int
	Args  [][]Str
}

// maxCallbackCalls bounds the calls a summary keeps.
const maxCallbackCalls = 8

// Callbacks returns the calls obj, a function of the package, makes of
// its function-typed parameters, itself or in the closures it makes (a
// stage's goroutine), that pass something known; nil for none.
func (p *Program) Callbacks(obj *types.Func) []CallbackCall {
	p.ensure(obj.Pos())
	defer p.answering()()
	fn := p.funcs[obj]
	if fn == nil || len(fn.Blocks) == 0 {
		return nil
	}
	var out []CallbackCall
	var visit func(f *ssa.Function)
	visit = func(f *ssa.Function) {
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok || call.Common().IsInvoke() || len(out) == maxCallbackCalls {
					continue
				}
				ev, fr := p.start(obj)
				param := ev.calledParam(call.Common().Value, fr, 0)
				if param == nil || param.Parent() != fn || paramIndex(fn, param) < 0 {
					continue
				}
				args := make([][]Str, len(call.Common().Args))
				informative := false
				for i, a := range call.Common().Args {
					args[i] = bound(ev.values(a, fr, 0))
					informative = informative || slices.ContainsFunc(args[i], known)
				}
				if informative {
					out = append(out, CallbackCall{Param: paramIndex(fn, param), Args: args})
				}
			}
		}
		for _, anon := range f.AnonFuncs {
			visit(anon)
		}
	}
	visit(fn)
	return out
}

// handedArgs is what parameter x of a closure the package hands to a
// function of another package is passed there (work.Each(paths,
// func(p string) {...}): each element of paths), as that function's
// fact says, filled in at each call that hands the closure over; ok is
// false when no such call is in sight, or no fact says.
func (ev *evaluation) handedArgs(x *ssa.Parameter, fr frame, depth int) ([]Str, bool) {
	fn := x.Parent()
	if fn.Parent() == nil {
		return nil, false // a named function: its callers name it
	}
	pos := positionOf(fn, x)
	var uses []ssa.Instruction
	if refs := fn.Referrers(); refs != nil {
		for _, r := range *refs {
			if mc, ok := r.(*ssa.MakeClosure); ok && mc.Fn == fn {
				if mrefs := mc.Referrers(); mrefs != nil {
					uses = append(uses, *mrefs...)
				}
				continue
			}
			uses = append(uses, r)
		}
	}
	var out []Str
	found := false
	for _, use := range uses {
		call, ok := use.(ssa.CallInstruction)
		if !ok || call.Common().IsInvoke() {
			continue
		}
		callee := call.Common().StaticCallee()
		if callee == nil || callee.Pkg == ev.p.pkg && len(callee.Blocks) > 0 {
			continue // the package's own calls say (argumentsFor)
		}
		obj, ok := callee.Object().(*types.Func)
		if !ok || ev.p.oracle == nil {
			continue
		}
		for i, a := range call.Common().Args {
			if !isClosureOf(a, fn) {
				continue
			}
			if obj.Signature().Recv() != nil {
				i-- // the receiver is no declared parameter
			}
			for _, cc := range ev.p.oracle.Callbacks(obj.Origin()) {
				if cc.Param != i || pos >= len(cc.Args) {
					continue
				}
				found = true
				out = union(out, ev.instantiate(cc.Args[pos], call.Common(), call, fr, depth))
			}
		}
	}
	return bound(out), found
}

// isClosureOf reports whether v is fn, or a closure of it.
func isClosureOf(v ssa.Value, fn *ssa.Function) bool {
	if mc, ok := v.(*ssa.MakeClosure); ok {
		return mc.Fn == fn
	}
	return v == fn
}
