package flow

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// What a parameter holds is what the package's calls of its function
// pass: the static calls, and the dynamic ones (through a method value, a
// function value, an interface, a generic function's instance) that may
// invoke it. A call reaches the function it invokes through the wrappers
// SSA makes (a bound method value, a method expression, an instance of a
// generic function, a promoted method), so its arguments are aligned with
// the function's parameters apart from the call (align).

// callersOf returns the calls of the package that may invoke fn: its
// static calls, and when the package takes fn as a value (or converts its
// receiver's type to an interface), the dynamic calls whose callees
// include it.
func (p *Program) callersOf(fn *ssa.Function) []ssa.CallInstruction {
	out := p.callSites[fn]
	if p.mayBeCalledDynamically(fn) {
		if dyn := p.dynamicCallers()[fn]; len(dyn) > 0 {
			out = append(out[:len(out):len(out)], dyn...)
		}
	}
	return out
}

// mayBeCalledDynamically reports whether a call that names no function
// may invoke fn: the package takes it as a value, or converts its
// receiver's type to an interface.
func (p *Program) mayBeCalledDynamically(fn *ssa.Function) bool {
	if p.taken[fn] {
		return true
	}
	recv := fn.Signature.Recv()
	return recv != nil && p.boxed[structOf(recv.Type())]
}

// dynamicCallers returns, once a program, the package's dynamic calls by
// the functions of the package they may invoke. A question asked while
// it is being answered (a function value that is a parameter) has the
// answer so far.
func (p *Program) dynamicCallers() map[*ssa.Function][]ssa.CallInstruction {
	if p.dynCallers != nil {
		return p.dynCallers
	}
	p.dynCallers = map[*ssa.Function][]ssa.CallInstruction{}
	for _, call := range p.dynamicCalls {
		fns, _ := p.callees(call.Common())
		for _, fn := range fns {
			p.dynCallers[fn] = append(p.dynCallers[fn], call)
		}
	}
	return p.dynCallers
}

// align returns the values a call passes for the parameters of fn, one of
// the functions it may invoke, in the order of fn.Params: nil where the
// call does not show the value. A method value binds its receiver
// (f := c.Get; f(ctx, route)), so the call's arguments are the parameters
// after it; an interface method call passes its receiver as the call's
// value; a promoted method's receiver is a field of the call's.
func align(fn *ssa.Function, common *ssa.CallCommon) []ssa.Value {
	args := common.Args
	if common.IsInvoke() {
		args = append([]ssa.Value{common.Value}, args...)
	}
	recv := fn.Signature.Recv()
	if recv != nil && len(fn.Params) == len(args)+1 {
		args = append([]ssa.Value{nil}, args...)
	}
	if recv != nil && len(args) > 0 && args[0] != nil && !sameType(args[0].Type(), recv.Type()) {
		args = append([]ssa.Value{nil}, args[1:]...)
	}
	return args
}

// argumentsFor returns the values the package's calls may pass for a
// parameter.
func (p *Program) argumentsFor(x *ssa.Parameter) []ssa.Value { return p.argumentsExcept(x, nil) }

// argumentsExcept is argumentsFor without the dynamic calls made in the
// functions of covered (or their closures): those whose calls of a
// closure handed to them handedArgs reads at the call handing it over.
func (p *Program) argumentsExcept(x *ssa.Parameter, covered map[*ssa.Function]bool) []ssa.Value {
	fn := x.Parent()
	pos := positionOf(fn, x)
	var out []ssa.Value
	for _, site := range p.callersOf(fn) {
		if covered != nil && site.Common().StaticCallee() == nil && within(site.Parent(), covered) {
			continue
		}
		if args := align(fn, site.Common()); pos >= 0 && pos < len(args) && args[pos] != nil {
			out = append(out, args[pos])
		}
	}
	return out
}

// sameType reports whether two types are the same, or instances of the
// same generic type (a method of a generic type is built once, in terms
// of its type parameters).
func sameType(a, b types.Type) bool {
	if types.Identical(a, b) {
		return true
	}
	pa, aptr := a.(*types.Pointer)
	pb, bptr := b.(*types.Pointer)
	if aptr != bptr {
		return false
	}
	if aptr {
		a, b = pa.Elem(), pb.Elem()
	}
	na, ok1 := a.(*types.Named)
	nb, ok2 := b.(*types.Named)
	return ok1 && ok2 && na.Origin() == nb.Origin()
}
