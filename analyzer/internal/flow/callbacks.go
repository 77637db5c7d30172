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
	return p.callbacks(obj, true)
}

// callbacks returns the calls obj makes of its function-typed parameters:
// those that pass something known, up to maxCallbackCalls, when
// informative; else all, or none past the bound.
func (p *Program) callbacks(obj *types.Func, informative bool) []CallbackCall {
	fn := p.funcs[obj]
	if fn == nil || len(fn.Blocks) == 0 {
		return nil
	}
	var out []CallbackCall
	truncated := false
	var visit func(f *ssa.Function)
	visit = func(f *ssa.Function) {
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok || call.Common().IsInvoke() || truncated {
					continue
				}
				ev, fr := p.start(obj)
				param := ev.calledParam(call.Common().Value, fr, 0)
				if param == nil || param.Parent() != fn || paramIndex(fn, param) < 0 {
					continue
				}
				if len(out) == maxCallbackCalls {
					truncated = true
					continue
				}
				args := make([][]Str, len(call.Common().Args))
				keep := !informative
				for i, a := range call.Common().Args {
					args[i] = bound(ev.values(a, fr, 0))
					keep = keep || slices.ContainsFunc(args[i], known)
				}
				if keep {
					out = append(out, CallbackCall{Param: paramIndex(fn, param), Args: args})
				}
			}
		}
		for _, anon := range f.AnonFuncs {
			visit(anon)
		}
	}
	visit(fn)
	if truncated && !informative {
		return nil // not all: the calls of the closure are its callers' to tell
	}
	return out
}

// handedArgs is what parameter x of a closure the package hands to a
// function is passed there (work.Each(paths, func(p string) {...}): each
// element of paths; Then(r, func(p string) {...}): r's value), as that
// function's summary says (another package's in its fact), filled in at
// each call that hands the closure over; ok is false when no such call
// is in sight, or no summary says. covered holds the package's own
// functions whose summaries answered: their calls of the closure are the
// summary's, and read better at the call that hands it over than from
// every call of the function at once.
func (ev *evaluation) handedArgs(x *ssa.Parameter, fr frame, depth int) (vals []Str, ok bool, covered map[*ssa.Function]bool) {
	fn := x.Parent()
	if fn.Parent() == nil {
		return nil, false, nil // a named function: its callers name it
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
	for _, use := range uses {
		call, isCall := use.(ssa.CallInstruction)
		if !isCall || call.Common().IsInvoke() {
			continue
		}
		callee := call.Common().StaticCallee()
		if callee == nil {
			continue
		}
		obj, isFunc := callee.Object().(*types.Func)
		if !isFunc {
			continue
		}
		obj = obj.Origin()
		local := ev.p.funcs[obj]
		if local == nil && ev.p.oracle == nil {
			continue
		}
		for i, a := range call.Common().Args {
			if !isClosureOf(a, fn) {
				continue
			}
			if obj.Signature().Recv() != nil {
				i-- // the receiver is no declared parameter
			}
			var calls []CallbackCall
			if local != nil {
				calls = ev.p.localCallbacks(obj)
			} else {
				calls = ev.p.oracle.Callbacks(obj)
			}
			for _, cc := range calls {
				if cc.Param != i || pos >= len(cc.Args) {
					continue
				}
				ok = true
				if local != nil {
					if covered == nil {
						covered = map[*ssa.Function]bool{}
					}
					covered[local] = true
				}
				out = union(out, ev.instantiate(cc.Args[pos], call.Common(), call, fr, depth))
			}
		}
	}
	return bound(out), ok, covered
}

// AllCallbacks is Callbacks with every call, the uninformative ones
// too, for the package's own use: a closure it hands to obj gets each
// call's arguments, none left out; nil past maxCallbackCalls.
func (p *Program) AllCallbacks(obj *types.Func) []CallbackCall {
	p.ensure(obj.Pos())
	defer p.answering()()
	return p.localCallbacks(obj)
}

// localCallbacks is callbacks(obj, false), once a program: nil while it
// is being answered (a closure handed to a function whose calls of its
// parameter pass a closure's parameter handed in turn).
func (p *Program) localCallbacks(obj *types.Func) []CallbackCall {
	if calls, ok := p.callbackMemo[obj]; ok {
		return calls
	}
	if p.callbackMemo == nil {
		p.callbackMemo = map[*types.Func][]CallbackCall{}
	}
	p.callbackMemo[obj] = nil
	calls := p.callbacks(obj, false)
	p.callbackMemo[obj] = calls
	return calls
}

// within reports whether fn is one of covered or a closure made in one.
func within(fn *ssa.Function, covered map[*ssa.Function]bool) bool {
	for ; fn != nil; fn = fn.Parent() {
		if covered[fn] {
			return true
		}
	}
	return false
}

// isClosureOf reports whether v is fn, or a closure of it.
func isClosureOf(v ssa.Value, fn *ssa.Function) bool {
	if mc, ok := v.(*ssa.MakeClosure); ok {
		return mc.Fn == fn
	}
	return v == fn
}
