package flow

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A string helper run on a target's parameters cannot always run there: a
// generic Do(ep, pathArgs...) of another package that fills ep.Path's
// {placeholders} from pathArgs in a loop gives nothing until a caller says
// which endpoint and which arguments. Its call is then deferred: the value
// is a parameter of its own (DeferredParam) standing for the helper's
// result, and the Deferred gives the helper's Code and its arguments in
// terms of the target's parameters, so that a caller fills them in and
// runs it (Deferred.Run), as it fills in any other parameter.

// deferredBase is the first Param of a deferred call: past any
// function's parameters, before the projections.
const (
	deferredBase = 192
	maxDeferred  = projectionBase - deferredBase
)

// DeferredParam is the Param that stands for the result of deferred call k.
func DeferredParam(k int) int { return deferredBase + k }

// DeferredIndex decodes a Param: ok is false for one that stands for no
// deferred call.
func DeferredIndex(param int) (k int, ok bool) {
	return param - deferredBase, param >= deferredBase && param < projectionBase
}

// A Deferred is a call of a string helper left to the target's callers.
type Deferred struct {
	Code *Code
	// Args are the values of the string arguments, in terms of the
	// target's parameters, by the Code's parameters (nil for a list),
	// then of its inputs.
	Args [][]Str
	// Lists gives, by the Code's parameters and inputs, the declared
	// index of the target's parameter a list argument is, JoinedList for
	// one Args gives joined (joinedlists.go), -1 for the others.
	Lists []int
	// Fallback is what the call gives where the callers' arguments are
	// not known: where it is made, and at a caller it does not run for.
	Fallback []Str
}

// Run runs the call with every argument known to the caller: each
// argument's alternatives, of a list the lists it may be.
//
// The caller knows what the target left open: an input it gives, of a
// field its setters filled or left unset, is known but for the parts
// known only at run time, which are taken, like arguments, for text
// (an id the caller formats is no ""). Only a field the caller's own
// callers fill in (a projection) may still be empty: a run that tests
// one fails, and the call is carried to them.
func (d Deferred) Run(args [][]Arg) ([]Str, bool) {
	return interpretIn(d.Code, args, instance{atCaller: true})
}

// Deferred is the deferred call a Param of a value in terms of target's
// parameters stands for; ok is false for any other Param. Each function
// numbers the calls its values defer apart: a package may defer many.
func (p *Program) Deferred(target *types.Func, param int) (Deferred, bool) {
	k, ok := DeferredIndex(param)
	var fn *ssa.Function
	if target != nil {
		fn = p.funcs[target]
	}
	if !ok || k >= len(p.deferred[fn]) {
		return Deferred{}, false
	}
	return p.deferred[fn][k], true
}

// deferCall defers a call of code whose arguments are args (list
// arguments that are the target's parameters by lists): the value it
// gives is the call's parameter, the same for the same call.
func (ev *evaluation) deferCall(code *Code, args [][]Arg, lists []int, fallback []Str) ([]Str, bool) {
	p, target := ev.p, ev.target
	if len(fallback) == 0 {
		fallback = unknownSet()
	}
	d := Deferred{Code: code, Args: make([][]Str, len(args)), Lists: lists, Fallback: fallback}
	var key strings.Builder
	fmt.Fprintf(&key, "%p", code)
	for i, alts := range args {
		if lists[i] >= 0 {
			fmt.Fprintf(&key, "|list %d", lists[i])
			continue
		}
		if lists[i] == JoinedList {
			key.WriteString("|joined")
		} else if i < code.Params && code.Lists[i] {
			return nil, false // a list of the helper's own: no caller tells more
		}
		for _, a := range alts {
			d.Args[i] = append(d.Args[i], a.Str)
			fmt.Fprintf(&key, "|%v", a.Str)
		}
		key.WriteString(";")
	}
	fmt.Fprintf(&key, "|fallback %v", fallback)
	keys := p.deferredKeys[target]
	if keys == nil {
		keys = map[string]int{}
		p.deferredKeys[target] = keys
	}
	k, ok := keys[key.String()]
	if !ok {
		if len(p.deferred[target]) == maxDeferred {
			return nil, false
		}
		k = len(p.deferred[target])
		keys[key.String()] = k
		p.deferred[target] = append(p.deferred[target], d)
	}
	return []Str{{{Param: DeferredParam(k), IsParam: true}}}, true
}

// targetList reports whether v is a list parameter of the target as its
// callers pass it (not one a followed call binds): its declared index.
func (ev *evaluation) targetList(v ssa.Value, fr frame) (int, bool) {
	x, ok := v.(*ssa.Parameter)
	if !ok || x.Parent() != fr.target || fr.summary {
		return 0, false
	}
	if _, bound := fr.lists[x]; bound {
		return 0, false
	}
	if _, bound := fr.bound[x]; bound {
		return 0, false
	}
	if _, bound := ev.lists[x]; bound {
		return 0, false
	}
	idx := paramIndex(x.Parent(), x)
	if idx < 0 || !isStringSlice(x.Type()) {
		return 0, false
	}
	ev.dependent = true
	return idx, true
}

// hasParam reports whether s depends on the target's parameters.
func hasParam(s Str) bool {
	for _, part := range s {
		if part.IsParam {
			return true
		}
	}
	return false
}

// ArgLists gives the lists of strings the argument of call for declared
// parameter param may be (its variadic arguments, or a slice passed
// whole), in terms of target's parameters: what a deferred call's list
// argument is at a caller. ok is false when the flow cannot tell them.
func (p *Program) ArgLists(call *ast.CallExpr, param int, target *types.Func) ([][]Str, bool) {
	p.ensure(call.Pos())
	defer p.answering()()
	instr, ok := p.calls[call.Lparen]
	if !ok {
		return nil, false
	}
	arg := argInSlot(instr.Common(), param+1)
	if arg == nil {
		return nil, false
	}
	ev, fr := p.start(target)
	lists, ok := ev.stringLists(arg, fr, 0)
	if !ok || len(lists) == 0 {
		return nil, false
	}
	out := make([][]Str, len(lists))
	for i, l := range lists {
		out[i] = l.List
	}
	return out, true
}

// ReadsDeferred reports whether s reads a deferred call's result.
func ReadsDeferred(s Str) bool {
	for _, part := range s {
		if _, ok := DeferredIndex(part.Param); part.IsParam && ok {
			return true
		}
	}
	return false
}

// returnedDeferred is what a call of obj, another package's function,
// returns when its facts' template tmpl reads calls they leave to its
// callers (Oracle.ReturnsDeferred): each run with the call's arguments,
// or, when they read the target's own parameters, deferred again to the
// target's callers; the template's other parts filled in as any. A call
// that does not run is unknown.
func (ev *evaluation) returnedDeferred(obj *types.Func, tmpl Str, args [][]Str, common *ssa.CallCommon, fr frame, depth int) []Str {
	calls := ev.p.oracle.ReturnsDeferred(obj)
	at, atOK := ev.callInstr(common)
	out := []Str{{}}
	for _, part := range tmpl {
		var next []Str
		k, deferred := DeferredIndex(part.Param)
		switch {
		case part.IsParam && deferred:
			next = unknownSet()
			if k < len(calls) && calls[k].Code != nil && atOK {
				if vals, ok := ev.runReturned(calls[k], common, at, fr, depth); ok {
					next = vals
				}
			}
		case atOK && hasProjection(Str{part}):
			next = ev.instantiate([]Str{{part}}, common, at, fr, depth)
		default:
			next = substitute(Str{part}, args)
		}
		out = product(out, next)
	}
	return out
}

// runReturned runs deferred call d of another package's function at a
// call of it, or defers it to the target's callers.
func (ev *evaluation) runReturned(d Deferred, common *ssa.CallCommon, at ssa.Instruction, fr frame, depth int) ([]Str, bool) {
	args := make([][]Arg, len(d.Args))
	lists := make([]int, len(d.Args))
	deferred := false
	for i, alts := range d.Args {
		lists[i] = -1
		vals := ev.instantiate(alts, common, at, fr, depth)
		switch {
		case i < len(d.Lists) && d.Lists[i] == JoinedList:
			as, joined, ok := inputLists(vals)
			if !ok {
				return nil, false
			}
			if joined {
				lists[i], deferred = JoinedList, true
			}
			args[i] = as
		case i < len(d.Lists) && d.Lists[i] >= 0:
			return nil, false // a list parameter of the callee's: not carried
		default:
			for _, v := range vals {
				args[i] = append(args[i], StrArg(v))
				deferred = deferred || hasParam(v)
			}
		}
	}
	if !deferred {
		return d.Run(args)
	}
	if !ev.defers {
		return nil, false
	}
	return ev.deferCall(d.Code, args, lists, ev.instantiate(d.Fallback, common, at, fr, depth))
}
