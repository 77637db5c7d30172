package flow

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"
	"sync"

	"golang.org/x/tools/go/ssa"
)

// pure evaluates a call of a pure function the value flow meets: each
// combination of its arguments' values, run by CallPure. ok is false when
// CallPure does not run the function, or the arguments cannot be
// described.
func (ev *evaluation) pure(obj *types.Func, common *ssa.CallCommon, fr frame, depth int) ([]Str, bool) {
	sig := obj.Signature()
	if sig.TypeParams().Len() > 0 {
		// A generic function (slices.Clip) by its origin's name, its
		// parameters by the instance's types.
		obj, sig = obj.Origin(), common.Signature()
	}
	return ev.pureCall(obj.FullName(), sig, common.Args, fr, depth)
}

// pureCall runs the pure function of that full name and signature on
// each combination of the values of args.
func (ev *evaluation) pureCall(name string, sig *types.Signature, ssaArgs []ssa.Value, fr frame, depth int) ([]Str, bool) {
	if !IsPure(name) {
		return nil, false
	}
	at := ev.callAt // the tests its arguments pass to get there
	ev.callAt = nil
	choices := [][]Arg{nil} // the receiver's first: a regexp, a replacer's pairs
	if sig.Recv() != nil {
		if len(ssaArgs) == 0 {
			return nil, false
		}
		if pairs, ok := ev.replacerPairs(ssaArgs[0], fr, depth); ok {
			choices = nil
			for _, p := range pairs {
				choices = append(choices, []Arg{p})
			}
		} else if pattern, ok := ev.p.regexpPattern(ssaArgs[0]); ok {
			choices = [][]Arg{{RegexpArg(pattern)}}
		} else if name == "(*strings.Replacer).Replace" && isNewReplacer(ssaArgs[0]) && len(ssaArgs) == 2 {
			// Pairs the flow cannot list (built in a loop from a
			// variadic list): a route template's placeholders are what
			// they replace.
			templates := ev.values(ssaArgs[1], fr, depth)
			var out []Str
			for _, s := range templates {
				filled, ok := placeholdersFilled(s)
				if !ok {
					// A template the callers give: theirs to fill.
					return ev.deferFill(fillCode, templates)
				}
				out = union(out, []Str{filled})
			}
			return bound(out), true
		} else {
			return nil, false
		}
		ssaArgs = ssaArgs[1:]
	}
	if name == "fmt.Sprintf" && (ev.editSummary || ev.callersFormat || fr.summary) && len(ssaArgs) > 0 {
		// An editor's format its caller gives, a setter's
		// (Pathf(format, args...)) or a route builder's: the caller's
		// text, each verb known only at run time.
		var out []Str
		for _, f := range ev.values(ssaArgs[0], fr, depth) {
			if len(f) != 1 || !f[0].IsParam || f[0].Param >= editsBase {
				out = nil
				break
			}
			out = union(out, []Str{{{Param: formatParam(f[0].Param), IsParam: true}}})
		}
		if out != nil {
			return out, true
		}
	}
	params := sig.Params()
	var positional [][]Arg // each argument's alternatives, for a deferral
	for i, a := range ssaArgs {
		var alts []Arg
		switch {
		case sig.Variadic() && i == params.Len()-1:
			sl, ok := params.At(i).Type().(*types.Slice)
			if !ok {
				return nil, false
			}
			if isString(sl.Elem()) {
				lists, joined, ok := ev.listArg(a, fr, depth)
				if !ok {
					return nil, false
				}
				if joined != nil {
					return ev.deferPureList(name, sig, ssaArgs, i, joined, fr, depth)
				}
				if choices, ok = extend(choices, lists); !ok {
					return unknownSet(), true
				}
				continue
			}
			operands, ok := ev.operands(a, fr, depth)
			if !ok && name == "fmt.Sprintf" && len(choices) == 1 {
				// Operands built otherwise (a list mapped in a
				// loop): each verb of a literal format an unknown,
				// of the callers' format once they give it.
				if operands, ok = unknownOperands(choices[0]); !ok {
					if out, deferred := ev.deferVerbsUnknown(positional); deferred {
						return out, true
					}
				}
			}
			if !ok {
				return nil, false
			}
			// fmt's ...any operands, each by its own type.
			for _, alts := range operands {
				var ok bool
				if choices, ok = extend(choices, alts); !ok {
					return unknownSet(), true
				}
				positional = append(positional, alts)
			}
			continue
		case i < params.Len() && !takesJoined[name] && isStringSlice(params.At(i).Type()):
			// A []string (strings.Join's elements): as a variadic list.
			lists, joined, ok := ev.listArg(a, fr, depth)
			if !ok {
				return nil, false
			}
			if joined != nil {
				return ev.deferPureList(name, sig, ssaArgs, i, joined, fr, depth)
			}
			alts = lists
		case i < params.Len() && takesJoined[name] && isStringSlice(params.At(i).Type()):
			for _, s := range ev.values(a, fr, depth) {
				alts = append(alts, StrArg(s))
			}
		case i < params.Len():
			alts = ev.arg(a, params.At(i).Type(), fr, depth)
			if at != nil && isString(params.At(i).Type()) {
				alts = ev.p.guardedArgs(a, at, alts)
			}
		default:
			return nil, false
		}
		if alts == nil {
			return nil, false
		}
		var ok bool
		if choices, ok = extend(choices, alts); !ok {
			return unknownSet(), true
		}
		positional = append(positional, alts)
	}
	var out []Str
	for _, args := range choices {
		s, _ := CallPure(name, args)
		out = union(out, []Str{s})
	}
	if name == "fmt.Sprintf" && sig.Recv() == nil {
		if deferred, ok := ev.deferSprintf(positional); ok {
			return deferred, true
		}
	}
	return bound(out), true
}

// listArg is what a pure function's list argument a may hold: its
// lists, or (joined not nil) the joined lists of one the target's callers
// give (a builder's segments field, in the method that joins them),
// which only they can split: the call is theirs to run.
func (ev *evaluation) listArg(a ssa.Value, fr frame, depth int) (lists []Arg, joined []Str, ok bool) {
	if lists, ok := ev.stringLists(a, fr, depth); ok {
		return lists, nil, true
	}
	lists, joined, deferred, ok := ev.joinedListArgs(a, fr, depth)
	if !ok || !deferred {
		return lists, nil, ok
	}
	return nil, joined, true
}

// deferPureList defers a pure call whose variadic list, at i, is one the
// target's callers give (the receiver's segments, in the method that
// joins them): each caller splits the list it gives and runs the call.
// Its other arguments must be strings; there is no receiver.
func (ev *evaluation) deferPureList(name string, sig *types.Signature, ssaArgs []ssa.Value, i int, joined []Str, fr frame, depth int) ([]Str, bool) {
	if !ev.defers || sig.Recv() != nil || len(ssaArgs) != sig.Params().Len() {
		return nil, false
	}
	args := make([][]Arg, len(ssaArgs))
	lists := make([]int, len(ssaArgs))
	for j, a := range ssaArgs {
		lists[j] = -1
		if j == i {
			lists[j] = JoinedList
			for _, s := range joined {
				args[j] = append(args[j], StrArg(s))
			}
			continue
		}
		if !isString(sig.Params().At(j).Type()) {
			return nil, false
		}
		for _, s := range ev.values(a, fr, depth) {
			args[j] = append(args[j], StrArg(s))
		}
	}
	return ev.deferCall(pureCode(name, len(ssaArgs), i), args, lists, nil)
}

// pureCodes are the Codes that run a pure function on its parameters,
// by name and shape, made once.
var (
	pureCodes   = map[string]*Code{}
	pureCodesMu sync.Mutex
)

// pureCode is a Code that runs the pure function of that name on n
// parameters, the one at list a list of strings (none: -1), the others
// strings.
func pureCode(name string, n, list int) *Code {
	key := fmt.Sprintf("%s/%d/%d", name, n, list)
	pureCodesMu.Lock()
	defer pureCodesMu.Unlock()
	if c, ok := pureCodes[key]; ok {
		return c
	}
	regs := make([]int, n)
	for i := range regs {
		regs[i] = i
	}
	lists := make([]bool, n)
	if list >= 0 {
		lists[list] = true
	}
	c := &Code{
		Params: n, Lists: lists, Regs: n + 1,
		Blocks: []CodeBlock{{Instrs: []CodeInstr{
			{Op: "call", Dst: n, Args: regs, Token: name},
			{Op: "return", Args: []int{n}},
		}}},
	}
	pureCodes[key] = c
	return c
}

// unknownOperands are as many unknown operands as the verbs of fmt's
// format, args[0], when it is literal text whose verbs take one operand
// each (no %*d, no explicit index); ok is false for any other format.
func unknownOperands(args []Arg) ([][]Arg, bool) {
	if len(args) != 1 || args[0].Kind != StrKind {
		return nil, false
	}
	format, ok := literalText(args[0].Str)
	if !ok {
		return nil, false
	}
	lits, ok := fmtVerbs(format)
	if !ok {
		return nil, false
	}
	out := make([][]Arg, len(lits)-1)
	for i := range out {
		out[i] = []Arg{StrArg(Str{{Unknown: true}})}
	}
	return out, true
}

// fmtVerbs splits fmt's format into the literal text around its verbs
// (one more piece than verbs; %% is a literal %); ok is false for a
// format whose verbs do not take one operand each (%*d, an explicit
// index) or that ends in a lone %.
func fmtVerbs(format string) (lits []string, ok bool) {
	var lit strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			lit.WriteByte(format[i])
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0123456789.", format[i]) >= 0 {
			i++
		}
		switch {
		case i >= len(format), format[i] == '*', format[i] == '[':
			return nil, false
		case format[i] == '%':
			lit.WriteByte('%')
		default:
			lits = append(lits, lit.String())
			lit.Reset()
		}
	}
	return append(lits, lit.String()), true
}

// deferSprintf defers fmt.Sprintf to the target's callers when its
// format is theirs (a factory's closure formatting the route it was made
// with): no verb of it is known here. Its operands must be strings, which
// a deferred call passes on. Where it does not run, it is the format with
// what follows unknown, as a concatenation would be.
func (ev *evaluation) deferSprintf(args [][]Arg) ([]Str, bool) {
	if !ev.defers || len(args) == 0 || !slices.ContainsFunc(args[0], func(a Arg) bool { return hasParam(a.Str) }) {
		return nil, false
	}
	fallback := formatFallback(args[0])
	lists := make([]int, len(args))
	for i, alts := range args {
		lists[i] = -1
		for _, a := range alts {
			if a.Kind != StrKind {
				return nil, false
			}
		}
	}
	return ev.deferCall(pureCode("fmt.Sprintf", len(args), -1), args, lists, fallback)
}

// deferVerbsUnknown defers to the target's callers a fmt.Sprintf whose
// format is theirs and whose operands no flow lists (each escaped in a
// loop): the format with each verb known only at run time
// (fmt·verbsUnknown), run where the format is known.
func (ev *evaluation) deferVerbsUnknown(positional [][]Arg) ([]Str, bool) {
	if !ev.defers || len(positional) != 1 || !slices.ContainsFunc(positional[0], func(a Arg) bool { return a.Kind == StrKind && hasParam(a.Str) }) {
		return nil, false
	}
	for _, format := range positional[0] {
		if format.Kind != StrKind {
			return nil, false
		}
	}
	return ev.deferCall(verbsUnknownCode, positional, []int{-1}, formatFallback(positional[0]))
}

// formatFallback is what a deferred fmt.Sprintf gives where it does not
// run: each format with what follows unknown, as a concatenation would be.
func formatFallback(formats []Arg) []Str {
	var out []Str
	for _, format := range formats {
		out = union(out, []Str{Concat(format.Str, Str{{Unknown: true}})})
	}
	return out
}

// verbsUnknown is the native that gives a format with each verb a part
// known only at run time, and verbsUnknownCode a Code that runs it on its
// one parameter.
const verbsUnknown = "fmt·verbsUnknown"

var verbsUnknownCode = nativeCode(verbsUnknown)

func init() {
	natives[verbsUnknown] = func(in *instance, a []value) (string, bool) {
		if !kinds(a, StrKind) {
			return "", false
		}
		lits, ok := fmtVerbs(a[0].s)
		if !ok {
			return "", false
		}
		var b strings.Builder
		for i, lit := range lits {
			if i > 0 {
				b.WriteString(in.hole(Part{Unknown: true}))
			}
			b.WriteString(lit)
		}
		return b.String(), true
	}
}

// guardedArgs filters the values of string argument a by the tests of
// it the call at passes (guards.go).
func (p *Program) guardedArgs(a ssa.Value, at ssa.Instruction, alts []Arg) []Arg {
	strs := make([]Str, len(alts))
	for i, alt := range alts {
		strs[i] = alt.Str
	}
	kept := p.guarded(a, at, strs)
	if len(kept) == len(strs) || len(kept) == 0 {
		return alts
	}
	out := make([]Arg, len(kept))
	for i, s := range kept {
		out[i] = StrArg(s)
	}
	return out
}

// arg describes an argument of type t: its values, as strings, integers
// or bools.
func (ev *evaluation) arg(v ssa.Value, t types.Type, fr frame, depth int) []Arg {
	if sl, ok := t.Underlying().(*types.Slice); ok && isString(sl.Elem()) {
		lists, _ := ev.stringLists(v, fr, depth)
		return lists
	}
	if _, ok := t.Underlying().(*types.Signature); ok {
		return []Arg{{Kind: FuncKind}}
	}
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		return nil
	}
	switch {
	case b.Info()&types.IsString != 0:
		var out []Arg
		for _, s := range ev.values(v, fr, depth) {
			out = append(out, StrArg(s))
		}
		return out
	case b.Info()&types.IsInteger != 0:
		if c, ok := v.(*ssa.Const); ok && c.Value != nil {
			if n, exact := constant.Int64Val(constant.ToInt(c.Value)); exact {
				return []Arg{IntArg(n)}
			}
		}
		return []Arg{IntText(nil)}
	case b.Info()&types.IsBoolean != 0:
		if c, ok := v.(*ssa.Const); ok && c.Value != nil {
			return []Arg{BoolArg(constant.BoolVal(c.Value))}
		}
		return []Arg{{Kind: BoolKind}}
	}
	return nil
}

// replacerPairs are the lists of pairs the strings.Replacer v may be made
// of by strings.NewReplacer; ok is false for a replacer made otherwise.
func (ev *evaluation) replacerPairs(v ssa.Value, fr frame, depth int) ([]Arg, bool) {
	call, ok := v.(*ssa.Call)
	if !ok || fullName(call.Call.StaticCallee()) != "strings.NewReplacer" || len(call.Call.Args) != 1 {
		return nil, false
	}
	lists, ok := ev.stringLists(call.Call.Args[0], fr, depth)
	return lists, ok && len(lists) > 0
}

// fillPlaceholders is the native that fills a template's placeholders,
// and fillCode a Code that runs it on its one parameter: a replacer's
// call on a template the callers give is deferred to them as it.
const fillPlaceholders = "strings·fillPlaceholders"

var fillCode = nativeCode(fillPlaceholders)

// nativeCode is a Code that runs the native of that name on its one
// string parameter.
func nativeCode(native string) *Code {
	return &Code{
		Params: 1, Lists: []bool{false}, Regs: 2,
		Blocks: []CodeBlock{{Instrs: []CodeInstr{
			{Op: "call", Dst: 1, Args: []int{0}, Token: native},
			{Op: "return", Args: []int{1}},
		}}},
	}
}

func init() { natives[fillPlaceholders] = fillNative("{", "}") }

// deferFill defers filling templates that read the target's parameters
// (running code on them) to its callers, where the client asks for it.
func (ev *evaluation) deferFill(code *Code, templates []Str) ([]Str, bool) {
	if !ev.defers || !slices.ContainsFunc(templates, hasParam) {
		return nil, false
	}
	args := make([]Arg, len(templates))
	for i, t := range templates {
		args[i] = StrArg(t)
	}
	// Without it, a caller's template stands as it is: its placeholders
	// are a route's parameters.
	return ev.deferCall(code, [][]Arg{args}, []int{-1}, templates)
}

// isNewReplacer reports whether v is a strings.Replacer made in place.
func isNewReplacer(v ssa.Value) bool {
	call, ok := v.(*ssa.Call)
	return ok && fullName(call.Call.StaticCallee()) == "strings.NewReplacer"
}

// placeholdersFilled is template s with each {placeholder} of its text
// filled with a part known only at run time: what a replacer whose pairs
// the flow cannot list makes of a route template. ok is false for a
// template a parameter gives, whose placeholders only its callers know.
func placeholdersFilled(s Str) (Str, bool) {
	if s == nil || hasParam(s) {
		return nil, false
	}
	return delimitedFilled(s, "{", "}"), true
}

// loopLists are the lists a list variable a loop appends to may hold:
// those of its other edges, when each append of the loop appends elements
// read from a list known to be empty (the loop over a variadic parameter
// given no argument never runs). ok is false otherwise.
func (ev *evaluation) loopLists(phi *ssa.Phi, fr frame, depth int) ([]Arg, bool) {
	key := memoKey{what: phi}
	if ev.visiting[key] || depth > maxDepth {
		return nil, false // a loop of phis: no list of its own
	}
	ev.visiting[key] = true
	defer delete(ev.visiting, key)
	var out []Arg
	for i, e := range phi.Edges {
		if e == phi || !ev.feasible(phi.Block().Preds[i], phi.Block(), fr) {
			continue // the way round the loop that appends nothing; a branch ruled out
		}
		if call, ok := e.(*ssa.Call); ok && isAppendTo(call, phi) {
			if !ev.readsEmptyList(call.Call.Args[1], fr) {
				return nil, false // a loop that runs: its count is unknown
			}
			continue
		}
		lists, ok := ev.stringLists(e, fr, depth)
		if !ok {
			return nil, false
		}
		out = append(out, lists...)
	}
	return out, len(out) > 0 && len(out) <= maxValues
}

// isAppendTo reports whether call is append(list, more...).
func isAppendTo(call *ssa.Call, list ssa.Value) bool {
	b, ok := call.Call.Value.(*ssa.Builtin)
	return ok && b.Name() == "append" && len(call.Call.Args) == 2 && call.Call.Args[0] == list
}

// readsEmptyList reports whether every element of the slice appended
// reads an element of a list known to be empty: a variadic parameter
// bound to no element, or nil.
func (ev *evaluation) readsEmptyList(more ssa.Value, fr frame) bool {
	elems, ok := ev.p.elements(more)
	if !ok || len(elems) == 0 {
		return false
	}
	for _, e := range elems {
		if !ev.readsEmpty(e, fr, 0) {
			return false
		}
	}
	return true
}

func (ev *evaluation) readsEmpty(v ssa.Value, fr frame, depth int) bool {
	if depth > 4 {
		return false
	}
	switch x := v.(type) {
	case *ssa.UnOp:
		if ia, ok := x.X.(*ssa.IndexAddr); ok && x.Op == token.MUL {
			return ev.emptyList(ia.X, fr)
		}
	case *ssa.Call:
		for _, a := range x.Call.Args {
			if ev.readsEmpty(a, fr, depth+1) {
				return true // url.PathEscape(params[i+1])
			}
		}
	case *ssa.ChangeType:
		return ev.readsEmpty(x.X, fr, depth+1)
	case *ssa.MakeInterface:
		return ev.readsEmpty(x.X, fr, depth+1)
	}
	return false
}

// emptyList reports whether a list is known to have no element.
func (ev *evaluation) emptyList(v ssa.Value, fr frame) bool {
	if c, ok := v.(*ssa.Const); ok {
		return c.IsNil()
	}
	if list, ok := ev.lists[v]; ok {
		return len(list) == 0
	}
	if p, ok := v.(*ssa.Parameter); ok {
		if o, ok := fr.objects[p]; ok {
			if c, ok := o.v.(*ssa.Const); ok {
				return c.IsNil()
			}
		}
	}
	return false
}

// stringLists are the lists of strings a []string may hold: the one a
// variadic summary binds, one built in place, or what append makes of
// them and of the elements it appends (append(base, segs...), the path of
// a joiner). ok is false for a slice built otherwise.
func (ev *evaluation) stringLists(v ssa.Value, fr frame, depth int) ([]Arg, bool) {
	if list, ok := ev.boundStrs(v, fr); ok {
		return []Arg{ListArg(list)}, true
	}
	if phi, ok := v.(*ssa.Phi); ok {
		return ev.loopLists(phi, fr, depth)
	}
	if depth > maxDepth {
		ev.truncated = true
		return nil, false
	}
	switch x := v.(type) {
	case *ssa.Const:
		if x.IsNil() {
			return []Arg{ListArg([]Str{})}, true // nil: a variadic call's empty list
		}
	case *ssa.MakeSlice:
		if n, ok := x.Len.(*ssa.Const); ok && n.Int64() == 0 {
			return []Arg{ListArg([]Str{})}, true // make([]string, 0, n)
		}
	case *ssa.Field:
		return ev.listField(x.X, x.Field, fr, depth+1)
	case *ssa.FreeVar:
		// A list a closure captures: what each closure made binds.
		return ev.eachList(ev.p.bindings(x), fr, depth+1)
	case *ssa.UnOp:
		if x.Op == token.MUL {
			if sts, ok := ev.variableStores(x.X); ok {
				// A variable a closure captures (not lifted): each list
				// stored in it, by its function or the closures. A
				// store that reads the variable (args = append(args,
				// ext)) extends the others.
				var out []Arg
				for _, st := range sts {
					key := memoKey{what: st.val}
					if ev.visiting[key] {
						continue
					}
					ev.visiting[key] = true
					lists, ok := ev.stringLists(st.val, frame{target: fr.target}, depth+1)
					delete(ev.visiting, key)
					if !ok {
						return nil, false
					}
					out = append(out, lists...)
				}
				return out, len(out) > 0 && len(out) <= maxValues
			}
		}
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			if alloc, ok := fa.X.(*ssa.Alloc); ok {
				return ev.listFieldStores(alloc, fa.Field, fr, depth+1)
			}
		}
	}
	if call, ok := v.(*ssa.Call); ok {
		if b, ok := call.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" && len(call.Call.Args) == 2 {
			heads, ok := ev.stringLists(call.Call.Args[0], fr, depth)
			if !ok {
				return nil, false
			}
			tails, ok := ev.stringLists(call.Call.Args[1], fr, depth)
			if !ok || len(heads)*len(tails) > maxValues {
				return nil, false
			}
			var out []Arg
			for _, h := range heads {
				for _, t := range tails {
					out = append(out, ListArg(append(h.List[:len(h.List):len(h.List)], t.List...)))
				}
			}
			return out, true
		}
		if lists, ok := ev.returnedLists(call, fr, depth); ok {
			return lists, true
		}
	}
	elems, efr, ok := ev.elementsIn(v, fr)
	if !ok {
		return nil, false
	}
	return ev.listArgs(elems, efr, depth), true
}

// returnedLists are the lists a helper of the package returns, followed
// with its parameters bound to the call's arguments: the segments a
// service's extension("sms") prefixes with its account and extension,
// spread into a URL builder. ok is false for another call, or a list a
// return gives that is not known.
func (ev *evaluation) returnedLists(call *ssa.Call, fr frame, depth int) ([]Arg, bool) {
	callee := call.Call.StaticCallee()
	if callee == nil || callee.Pkg != ev.p.pkg || len(callee.Blocks) == 0 || callee.Recover != nil {
		return nil, false
	}
	key := memoKey{what: call}
	if ev.visiting[key] {
		return nil, false // a recursion: no list of its own
	}
	ev.visiting[key] = true
	defer delete(ev.visiting, key)
	inner := ev.enter(callee, &call.Call, call, fr, depth)
	var out []Arg
	for _, ret := range returnsOf(callee) {
		lists, ok := ev.stringLists(ret.Results[0], inner, depth+1)
		if !ok {
			return nil, false
		}
		out = append(out, lists...)
	}
	return out, len(out) > 0 && len(out) <= maxValues
}

// eachList is the union of the lists each of vs may be; ok is false
// when one is not known, or they are too many.
func (ev *evaluation) eachList(vs []ssa.Value, fr frame, depth int) ([]Arg, bool) {
	var out []Arg
	for _, v := range vs {
		lists, ok := ev.stringLists(v, fr, depth)
		if !ok {
			return nil, false
		}
		out = append(out, lists...)
	}
	return out, len(out) > 0 && len(out) <= maxValues
}

// variableStores are the stores into a local variable that closures
// capture, addr its cell or a closure's free variable bound to it.
func (ev *evaluation) variableStores(addr ssa.Value) ([]store, bool) {
	var cells []ssa.Value
	switch a := addr.(type) {
	case *ssa.Alloc:
		cells = []ssa.Value{a}
	case *ssa.FreeVar:
		cells = ev.p.bindings(a)
	default:
		return nil, false
	}
	var sts []store
	for _, c := range cells {
		alloc, ok := c.(*ssa.Alloc)
		if !ok {
			return nil, false
		}
		sts = append(sts, ev.p.allocStores[alloc]...)
		for _, fv := range ev.p.captured(alloc) {
			sts = append(sts, ev.p.allocStores[fv]...)
		}
	}
	return sts, len(sts) > 0
}

// operands are the alternatives of each element of a ...any list: one
// built in place or bound to a followed call's parameter, each by its
// own type; a variadic summary's list, each element a string (a verb
// other than %s and %v refuses it); what append makes of them
// (append([]any{account}, args...)). ok is false for a list built
// otherwise.
func (ev *evaluation) operands(v ssa.Value, fr frame, depth int) ([][]Arg, bool) {
	if list, ok := ev.boundStrs(v, fr); ok {
		out := make([][]Arg, len(list))
		for i, s := range list {
			out[i] = []Arg{StrArg(s)}
		}
		return out, true
	}
	if call, ok := v.(*ssa.Call); ok {
		if b, ok := call.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" && len(call.Call.Args) == 2 {
			head, ok := ev.operands(call.Call.Args[0], fr, depth)
			if !ok {
				return nil, false
			}
			tail, ok := ev.operands(call.Call.Args[1], fr, depth)
			return append(head, tail...), ok
		}
	}
	elems, efr, ok := ev.elementsIn(v, fr)
	if !ok {
		return nil, false
	}
	out := make([][]Arg, len(elems))
	for i, e := range elems {
		out[i] = ev.operand(e, efr, depth)
	}
	return out, true
}

// listField is the lists field f, a []string, of the struct value obj
// may hold: an immutable path value (Endpoint{parts}) made by a literal,
// returned by a call the flow follows, a parameter a followed call binds,
// or a package-level variable's literal.
func (ev *evaluation) listField(obj ssa.Value, f int, fr frame, depth int) ([]Arg, bool) {
	if depth > maxDepth {
		ev.truncated = true
		return nil, false
	}
	switch x := obj.(type) {
	case *ssa.Const:
		return []Arg{ListArg([]Str{})}, true // a zero struct: no parts
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return nil, false
		}
		switch addr := x.X.(type) {
		case *ssa.Alloc:
			return ev.listFieldStores(addr, f, fr, depth+1)
		case *ssa.Global:
			// A package-level value: what its initializer, or
			// another store, puts there; never set, the zero value.
			if len(ev.p.globalStores[addr]) == 0 {
				return []Arg{ListArg([]Str{})}, true
			}
			var out []Arg
			for _, st := range ev.p.globalStores[addr] {
				lists, ok := ev.listField(st.val, f, frame{target: fr.target}, depth+1)
				if !ok {
					return nil, false
				}
				out = append(out, lists...)
			}
			return out, len(out) > 0 && len(out) <= maxValues
		}
	case *ssa.Parameter:
		if o, ok := fr.objects[x]; ok {
			return ev.listField(o.v, f, o.fr, depth+1)
		}
	case *ssa.Phi:
		var out []Arg
		for i, e := range x.Edges {
			if !ev.feasible(x.Block().Preds[i], x.Block(), fr) {
				continue
			}
			lists, ok := ev.listField(e, f, fr, depth+1)
			if !ok {
				return nil, false
			}
			out = append(out, lists...)
		}
		return out, len(out) > 0 && len(out) <= maxValues
	case *ssa.Call:
		return ev.returnedListField(x, 0, f, fr, depth)
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			return ev.returnedListField(call, x.Index, f, fr, depth)
		}
	}
	return nil, false
}

// returnedListField is field f, a []string, of result index of a call
// of a function of the package: each return's, the call followed.
func (ev *evaluation) returnedListField(call *ssa.Call, index, f int, fr frame, depth int) ([]Arg, bool) {
	fn := call.Call.StaticCallee()
	if fn == nil || len(fn.Blocks) == 0 || fn.Pkg != ev.p.pkg {
		return nil, false
	}
	inner := ev.enter(fn, call.Common(), call, fr, depth)
	var out []Arg
	for _, ret := range returnsOf(fn) {
		if index >= len(ret.Results) {
			return nil, false
		}
		lists, ok := ev.listField(ret.Results[index], f, inner, depth+1)
		if !ok {
			return nil, false
		}
		out = append(out, lists...)
	}
	return out, len(out) > 0 && len(out) <= maxValues
}

// listFieldStores is the lists stored in field f of a struct variable:
// its composite literal's, or an assignment's.
func (ev *evaluation) listFieldStores(alloc *ssa.Alloc, f int, fr frame, depth int) ([]Arg, bool) {
	var out []Arg
	for _, st := range ev.p.objFields[alloc] {
		if st.field != f {
			continue
		}
		lists, ok := ev.stringLists(st.val, fr, depth)
		if !ok {
			return nil, false
		}
		out = append(out, lists...)
	}
	if len(out) == 0 {
		// Never set: the zero list, unless the variable is a copy
		// of another struct (a value receiver's copy).
		for _, st := range ev.p.allocStores[alloc] {
			return ev.listField(st.val, f, fr, depth+1)
		}
		return []Arg{ListArg([]Str{})}, true
	}
	return out, len(out) <= maxValues
}

// boundStrs is the list of strings a variadic summary binds v to, or
// a followed call's parameter it passes that list on to.
func (ev *evaluation) boundStrs(v ssa.Value, fr frame) ([]Str, bool) {
	if list, ok := ev.lists[v]; ok {
		return list, true
	}
	if p, ok := v.(*ssa.Parameter); ok {
		if b, ok := fr.lists[p]; ok && b.strs != nil {
			return b.strs, true
		}
	}
	return nil, false
}

// elementsIn returns the values a slice holds, and the frame they are
// read in: a slice built in place, or a followed call's slice parameter
// bound to the one its caller built.
func (ev *evaluation) elementsIn(slice ssa.Value, fr frame) ([]ssa.Value, frame, bool) {
	if p, ok := slice.(*ssa.Parameter); ok {
		if b, ok := fr.lists[p]; ok {
			return b.elems, b.fr, true
		}
	}
	elems, ok := ev.p.elements(slice)
	return elems, fr, ok
}

// listArgs are the lists of strings a list of elements may be: each
// combination of the elements' values, or past maxValues combinations one
// list, an element of several values unknown in it.
func (ev *evaluation) listArgs(elems []ssa.Value, fr frame, depth int) []Arg {
	vals := make([][]Str, len(elems))
	n := 1
	for i, e := range elems {
		vals[i] = ev.values(e, fr, depth)
		n = min(n*len(vals[i]), maxValues+1)
	}
	lists := [][]Str{{}}
	for _, alts := range vals {
		if n > maxValues && len(alts) > 1 {
			alts = unknownSet()
		}
		var next [][]Str
		for _, l := range lists {
			for _, a := range alts {
				next = append(next, append(l[:len(l):len(l)], a))
			}
		}
		lists = next
	}
	out := make([]Arg, len(lists))
	for i, l := range lists {
		out[i] = ListArg(l)
	}
	return out
}

// operand describes an operand of fmt, boxed in an interface: by the type
// it had before.
func (ev *evaluation) operand(v ssa.Value, fr frame, depth int) []Arg {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		outer := ev.useAt
		ev.useAt = mi // boxed where the tests that lead there passed
		alts := ev.arg(mi.X, mi.X.Type(), fr, depth)
		ev.useAt = outer
		if alts != nil {
			return alts
		}
	}
	return []Arg{StrArg(nil)}
}

// extend appends each alternative to each choice so far; ok is false,
// and nothing made, when that is more than maxChoices: each operand would
// multiply them. The results are bound to maxValues; more choices than
// that may give fewer results (an account "~" or from a context, in each
// of a table's routes).
func extend(choices [][]Arg, alts []Arg) (out [][]Arg, ok bool) {
	if len(choices)*len(alts) > maxChoices {
		return nil, false
	}
	for _, c := range choices {
		for _, a := range alts {
			out = append(out, append(append([]Arg{}, c...), a))
		}
	}
	return out, true
}

// elements returns the values a slice built in place holds, in order: the
// stores to its array's elements at constant indexes. ok is false for a
// slice built otherwise.
func (p *Program) elements(slice ssa.Value) ([]ssa.Value, bool) {
	if c, ok := slice.(*ssa.Const); ok && c.IsNil() {
		return nil, true // no variadic arguments
	}
	s, ok := slice.(*ssa.Slice)
	if !ok {
		return nil, false
	}
	type indexed struct {
		i int64
		v ssa.Value
	}
	refs := s.X.Referrers()
	if refs == nil {
		return nil, false // a package-level array: its stores are not in place
	}
	var elems []indexed
	for _, r := range *refs {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		c, ok := ia.Index.(*ssa.Const)
		if !ok {
			return nil, false
		}
		i, _ := constant.Int64Val(c.Value)
		for _, rr := range *ia.Referrers() {
			if st, ok := rr.(*ssa.Store); ok && st.Addr == ia {
				elems = append(elems, indexed{i, st.Val})
			}
		}
	}
	sort.Slice(elems, func(a, b int) bool { return elems[a].i < elems[b].i })
	out := make([]ssa.Value, len(elems))
	for i, e := range elems {
		if e.i != int64(i) {
			return nil, false
		}
		out[i] = e.v
	}
	return out, true
}

// regexpPattern is the constant pattern a *regexp.Regexp was compiled
// from in place (regexp.MustCompile or Compile of a constant), or held in
// a package-level variable so initialized.
func (p *Program) regexpPattern(v ssa.Value) (string, bool) {
	for i := 0; i < 4; i++ {
		switch x := v.(type) {
		case *ssa.Extract:
			v = x.Tuple
			continue
		case *ssa.UnOp:
			g, ok := x.X.(*ssa.Global)
			if !ok {
				return "", false
			}
			stores := p.globalStores[g]
			if len(stores) != 1 {
				return "", false
			}
			v = stores[0].val
			continue
		case *ssa.Call:
			callee := x.Common().StaticCallee()
			if callee == nil || callee.Pkg == nil || callee.Pkg.Pkg.Path() != "regexp" ||
				(callee.Name() != "MustCompile" && callee.Name() != "Compile") || len(x.Common().Args) != 1 {
				return "", false
			}
			c, ok := x.Common().Args[0].(*ssa.Const)
			if !ok || c.Value == nil || c.Value.Kind() != constant.String {
				return "", false
			}
			return constant.StringVal(c.Value), true
		}
		return "", false
	}
	return "", false
}
