package flow

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// Options applied to a struct. A request constructor of the functional
// options kind keeps the method and the route in a struct its options
// set, and sends what they leave there:
//
//	func NewRequest(ctx context.Context, opts ...Option) (*http.Request, error) {
//		s := spec{method: http.MethodGet, server: DefaultServer}
//		for _, opt := range opts {
//			opt(&s)
//		}
//		return http.NewRequestWithContext(ctx, s.method, s.server+s.path, nil)
//	}
//
// After the loop a field holds what the last option that sets it stored,
// or what the struct held before the loop: the options of one call set
// the method and the path of one request together. So the flow runs the
// options of a list it knows in order (appliedOptions), each closure
// with the values it was made with. Where the list is the function's
// parameter, its callers pass the options: the field is then the part
// OptionsParam(slot, f), whose Lit is what the field holds before the
// options, and each call fills it in with the options it passes
// (ApplyOptions). An exported option constructor's option is summarized
// as what it stores in each field (OptionSummary), for callers in other
// packages, through a fact.

// optionsBase is the first Param of a field options set: past the
// parameters of returned functions.
const optionsBase = 1 << 21

// OptionsParam is the Param that stands for field f of the struct the
// options in slot are applied to, after them.
func OptionsParam(slot, f int) int { return optionsBase + slot*slotSize + f }

// OptionsOf decodes a Param: ok is false for any but an OptionsParam.
func OptionsOf(param int) (slot, f int, ok bool) {
	if param < optionsBase {
		return 0, 0, false
	}
	rest := param - optionsBase
	return rest / slotSize, rest % slotSize, true
}

// An OptionSet is what an option stores in one field of the struct it is
// applied to: Values, on every return when Always.
type OptionSet struct {
	Field  int
	Values []Str
	Always bool
}

// optionCall reports whether r, a use of obj, applies an option to it: a
// call of an element of list, ranged over, that hands obj over as its
// argument arg.
func optionCall(r ssa.Instruction, obj ssa.Value) (list ssa.Value, arg int, ok bool) {
	call, isCall := r.(ssa.CallInstruction)
	if !isCall || !isPointer(obj.Type()) {
		return nil, 0, false
	}
	common := call.Common()
	if common.IsInvoke() || common.StaticCallee() != nil {
		return nil, 0, false
	}
	list, ok = loopedList(common.Value)
	if !ok {
		return nil, 0, false
	}
	arg = slices.Index(common.Args, obj)
	return list, arg, arg >= 0
}

// appliedOptions is what field f of the struct obj points to holds after
// r, a call applying each option of list to it in turn: the options run
// in order on what the field held before, for each list the flow knows;
// or, for a list its function's callers pass, their part. ok is false
// when the options are not known.
func (ev *evaluation) appliedOptions(r ssa.Instruction, list ssa.Value, arg int, obj ssa.Value, f int, fr frame, depth int) ([]Str, bool) {
	if _, _, nested := splitNested(f); nested {
		return nil, false
	}
	return ev.optionsOn(list, arg, f, ev.fieldAt(obj, f, r, fr, depth), fr, depth)
}

// optionsOn is what field f holds after each option of list is applied in
// turn, its argument arg the struct (-1: its first pointer to a struct),
// when the field held prior: for each list the flow knows. ok is false
// when the options are not known.
func (ev *evaluation) optionsOn(list ssa.Value, arg, f int, prior []Str, fr frame, depth int) ([]Str, bool) {
	if x, ok := fr.targetParam(list); ok {
		// The options the function's callers pass: their part.
		text, known := onlyLiteral(prior)
		if ev.editSummary || !known {
			return nil, false
		}
		ev.dependent = true
		return []Str{{{Param: OptionsParam(slotOf(x.Parent(), x), f), IsParam: true, Lit: text}}}, true
	}
	lists, ok := ev.optionLists(list, fr)
	if !ok || len(lists) == 0 {
		return nil, false
	}
	var out []Str
	for _, l := range lists {
		vals := prior
		for _, el := range l {
			vals = ev.applyOptionValue(el, arg, f, vals, depth)
		}
		out = union(out, vals)
	}
	return bound(out), true
}

// onlyLiteral is the text of vals when it is one literal string.
func onlyLiteral(vals []Str) (string, bool) {
	if len(vals) != 1 {
		return "", false
	}
	return literalText(vals[0])
}

// applyOptionValue is what field f holds after the option el is applied
// to the struct, its argument arg (-1: its first pointer to a struct),
// when it held prior: unknown for an option the flow does not know.
func (ev *evaluation) applyOptionValue(el object, arg, f int, prior []Str, depth int) []Str {
	if el.v == nil {
		return unknownSet() // anyOptions
	}
	outer := ev.options
	ev.options = true // an option constructor of another package: its summary
	objs, complete := ev.valueObjects(el.v, el.fr, map[ssa.Value]bool{}, depth)
	ev.options = outer
	if !complete || len(objs) == 0 {
		return unknownSet()
	}
	var out []Str
	for _, o := range objs {
		if o.option {
			out = union(out, ev.appliedSummary(o, f, prior, depth))
			continue
		}
		k := arg
		if o.summary == nil && o.fn != nil && k < 0 {
			k = structParam(o.fn)
		}
		if o.summary != nil || o.fn == nil || k < 0 || k >= len(o.fn.Params) {
			return unknownSet()
		}
		// A bound frame is never memoized: the closure's bindings are
		// this option's.
		inner := frame{target: o.fr.target, bound: map[*ssa.Parameter][]Str{}}
		o.bindFree(&inner, nil)
		vals, always, ok := ev.storedBy(o.fn.Params[k], f, inner, depth)
		switch {
		case !ok:
			return unknownSet()
		case vals == nil:
			out = union(out, prior) // an option setting other fields
		case always:
			out = union(out, vals)
		default:
			out = union(out, union(vals, prior))
		}
	}
	return bound(out)
}

// appliedSummary is what field f holds after the option o, an option
// constructor's summary with the arguments of its call, is applied, when
// it held prior.
func (ev *evaluation) appliedSummary(o funcObject, f int, prior []Str, depth int) []Str {
	for _, set := range o.sets {
		if set.Field != f {
			continue
		}
		vals := ev.fillSummary(set.Values, o.args, depth, nil)
		if set.Always {
			return vals
		}
		return bound(union(vals, prior))
	}
	return prior
}

// structParam is the index of fn's first parameter that points to a
// struct with string fields, -1 if none.
func structParam(fn *ssa.Function) int {
	return slices.IndexFunc(fn.Params, func(p *ssa.Parameter) bool {
		return isPointer(p.Type()) && leafFields(p.Type()) != nil
	})
}

// storedBy is what function parameter param's field f is set to by its
// function: the values its stores put there (nil for none), always when
// one of them runs on every way to a return. ok is false when the
// function hands the struct, or the field's address, on to code that may
// set the field otherwise.
func (ev *evaluation) storedBy(param *ssa.Parameter, f int, fr frame, depth int) (vals []Str, always, ok bool) {
	fn := param.Parent()
	for _, r := range *param.Referrers() {
		switch r := r.(type) {
		case *ssa.DebugRef:
		case *ssa.FieldAddr:
			if r.Field != f {
				if storesTo(r) && outerField(f) == r.Field {
					return nil, false, false
				}
				continue
			}
			for _, u := range *r.Referrers() {
				switch u := u.(type) {
				case *ssa.DebugRef:
				case *ssa.UnOp: // a load
				case *ssa.Store:
					if u.Addr != r {
						return nil, false, false
					}
					vals = union(vals, ev.valuesAt(u.Val, u, fr, depth))
					always = always || onEveryReturn(u, fn)
				default:
					return nil, false, false // the field's address handed on
				}
			}
		case ssa.CallInstruction:
			if ev.p.mayWriteField(r.Common(), param, f, 0) {
				return nil, false, false
			}
		default:
			return nil, false, false // the struct kept, or copied
		}
	}
	return bound(vals), always, true
}

// onEveryReturn reports whether instruction r runs on every way through
// fn that returns.
func onEveryReturn(r ssa.Instruction, fn *ssa.Function) bool {
	returns := false
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		if !dominates(r, ret) {
			return false
		}
		returns = true
	}
	return returns
}

// foreignOption returns the option a call of an option constructor of
// another package makes, as its summary with the call's arguments.
func (ev *evaluation) foreignOption(call *ssa.Call, fr frame) (funcObject, bool) {
	obj, args, variadic, ok := ev.foreignCall(call.Common(), call, fr)
	if !ok {
		return funcObject{}, false
	}
	sets, ok := ev.p.oracle.Option(obj, variadic)
	if !ok {
		return funcObject{}, false
	}
	return funcObject{option: true, sets: sets, args: args, fr: fr}, true
}

// foreignCall is the callee of a static call of a function of another
// package that is not the standard library's, and its arguments as the
// callee's summary numbers them (summaryArgs).
func (ev *evaluation) foreignCall(common *ssa.CallCommon, at ssa.Instruction, fr frame) (obj *types.Func, args []object, variadic int, ok bool) {
	callee := common.StaticCallee()
	if callee == nil || common.IsInvoke() {
		return nil, nil, 0, false
	}
	obj, ok = unwrap(callee).Object().(*types.Func)
	if !ok || obj.Pkg() == nil || obj.Pkg() == ev.p.types || ev.p.oracle.Std(obj.Pkg().Path()) {
		return nil, nil, 0, false
	}
	args, variadic, ok = ev.summaryArgs(obj, common, at, fr)
	return obj, args, variadic, ok
}

// summaryArgs are the arguments of a call of obj, a function of another
// package, as its summary numbers its parameters: the declared ones, then
// each variadic argument, read in the frame of its slice; variadic is
// how many (-1 for a function that is not variadic), each used at the
// call at (nil: not known). ok is false when a variadic list is not
// known.
func (ev *evaluation) summaryArgs(obj *types.Func, common *ssa.CallCommon, at ssa.Instruction, fr frame) (args []object, variadic int, ok bool) {
	sig := obj.Type().(*types.Signature)
	declared := common.Args
	if sig.Recv() != nil && len(declared) > 0 {
		declared = declared[1:] // a summary's parameters are the declared ones
	}
	for _, a := range declared {
		args = append(args, object{a, at, fr})
	}
	variadic = -1
	if sig.Variadic() && len(args) > 0 {
		elems, efr, ok := ev.elementsIn(declared[len(declared)-1], fr)
		if !ok {
			return nil, 0, false
		}
		variadic = len(elems)
		args = args[:len(args)-1]
		for _, e := range elems {
			args = append(args, object{e, at, efr})
		}
	}
	return args, variadic, true
}

// fillSummary fills in a summary's strings (an editor's, an option's)
// with the arguments of the call that made it: a parameter with its
// values, a format its caller gives with that format, each verb a part
// known only at run time. current, when not nil, gives the parts that
// stand for what an editor edits.
func (ev *evaluation) fillSummary(tmpls []Str, args []object, depth int, current func(Part) ([]Str, bool)) []Str {
	argValues := map[int][]Str{}
	valuesOf := func(k int) []Str {
		if vals, ok := argValues[k]; ok {
			return vals
		}
		vals := unknownSet()
		if k < len(args) {
			// What the call that made it passes, under the tests
			// that lead to the call.
			vals = ev.valuesAt(args[k].v, args[k].at, args[k].fr, depth)
		}
		argValues[k] = vals
		return vals
	}
	var out []Str
	for _, tmpl := range tmpls {
		made := []Str{{}}
		for _, part := range tmpl {
			next := []Str{{part}}
			k, isFormat := formatIndexOf(part.Param)
			switch {
			case !part.IsParam:
			case current != nil && isCurrent(part, current, &next):
			case isFormat:
				next = nil
				for _, f := range valuesOf(k) {
					next = union(next, []Str{formatHoles(f)})
				}
			case part.Param < editsBase:
				next = valuesOf(part.Param)
			default:
				next = unknownSet()
			}
			made = product(made, next)
		}
		out = union(out, made)
	}
	return bound(out)
}

// isCurrent reports whether current gives part, setting *next to it.
func isCurrent(part Part, current func(Part) ([]Str, bool), next *[]Str) bool {
	vals, ok := current(part)
	if ok {
		*next = vals
	}
	return ok
}

// OptionSummary summarizes fn, a function of the package that returns an
// option (a function taking a pointer to a struct of the package), called
// with variadic variadic arguments (-1: not variadic): what the option
// stores in each string field of the struct, in terms of fn's
// parameters (none, for an option setting a body or a header). ok is
// false when the flow does not follow the option.
func (p *Program) OptionSummary(obj *types.Func, variadic int) ([]OptionSet, bool) {
	p.ensure(obj.Pos())
	defer p.answering()()
	fn := p.funcs[obj]
	if fn == nil || len(fn.Blocks) == 0 {
		return nil, false
	}
	arg, st := optionParam(obj.Signature(), p.types)
	if st == nil {
		return nil, false
	}
	ev, fr, ok := summaryStart(p, fn, variadic)
	if !ok {
		return nil, false
	}
	objs, complete := ev.eachObjects(firstResults(fn), fr, map[ssa.Value]bool{}, 0)
	if !complete || len(objs) == 0 {
		return nil, false
	}
	var out []OptionSet
	for _, f := range leafFields(st) {
		if _, _, nested := splitNested(f); nested {
			continue
		}
		set := OptionSet{Field: f, Always: true}
		for _, o := range objs {
			if o.fn == nil || arg >= len(o.fn.Params) {
				return nil, false
			}
			inner := frame{target: fn, bound: fr.bound}
			o.bindFree(&inner, nil)
			vals, always, ok := ev.storedBy(o.fn.Params[arg], f, inner, 0)
			if !ok {
				return nil, false
			}
			set.Values = union(set.Values, vals)
			set.Always = set.Always && always
		}
		if len(set.Values) > 0 {
			set.Values = bound(set.Values)
			out = append(out, set)
		}
	}
	return out, true
}

// optionParam is, of a function returning an option, the index of the
// option's parameter that points to a struct of pkg, and that struct's
// type; nil when its first result is no such function.
func optionParam(sig *types.Signature, pkg *types.Package) (int, types.Type) {
	if sig.Results().Len() == 0 {
		return 0, nil
	}
	return optionArg(sig.Results().At(0).Type(), pkg)
}

// IsOption reports whether t is an option of a struct of package pkg: a
// function taking a pointer to it.
func IsOption(t types.Type, pkg *types.Package) bool {
	_, st := optionArg(t, pkg)
	return st != nil
}

// optionArg is the index of the parameter of option type t that points to
// a struct of pkg with string fields, and that struct; nil for none.
func optionArg(t types.Type, pkg *types.Package) (int, types.Type) {
	opt, ok := t.Underlying().(*types.Signature)
	if !ok {
		return 0, nil
	}
	for i := range opt.Params().Len() {
		t := opt.Params().At(i).Type()
		if isPointer(t) && declaredIn(t, pkg) && leafFields(t) != nil {
			return i, structOf(t)
		}
	}
	return 0, nil
}

// ReturnsOption reports whether fn, of package pkg, returns an option
// applied to a struct of pkg with string fields.
func ReturnsOption(sig *types.Signature, pkg *types.Package) bool {
	_, st := optionParam(sig, pkg)
	return st != nil
}

// ApplyOptions gives, for the OptionsParam parts of a template of target's
// callee, what the options call passes in their slots leave in the
// fields: one assignment, a part's Param to its values, for each list of
// options the call may pass. A list target's own callers pass leaves the
// part theirs. ok is false when the call is not in sight.
func (p *Program) ApplyOptions(target *types.Func, call *ast.CallExpr, parts []Part) ([]map[int][]Str, bool) {
	p.ensure(call.Pos())
	defer p.answering()()
	if len(parts) == 0 {
		return nil, false
	}
	slot, _, _ := OptionsOf(parts[0].Param)
	_, v, ok := p.slotArg(call, slot)
	if !ok {
		return nil, false
	}
	var fields []Part
	for _, part := range parts {
		if s, _, _ := OptionsOf(part.Param); s == slot {
			fields = append(fields, part)
		}
	}
	ev, fr := p.start(target)
	ev.defers = true // a template's part
	if x, ok := fr.targetParam(v); ok {
		// Passed on: the options of target's callers.
		out := map[int][]Str{}
		for _, part := range fields {
			_, f, _ := OptionsOf(part.Param)
			out[part.Param] = []Str{{{Param: OptionsParam(slotOf(x.Parent(), x), f), IsParam: true, Lit: part.Lit}}}
		}
		return []map[int][]Str{out}, true
	}
	lists, ok := ev.optionLists(v, fr)
	if !ok || len(lists) == 0 {
		return nil, true
	}
	var out []map[int][]Str
	for _, l := range lists {
		assigned := map[int][]Str{}
		for _, part := range fields {
			_, f, _ := OptionsOf(part.Param)
			vals := []Str{Lit(part.Lit)}
			for _, el := range l {
				vals = ev.applyOptionValue(el, -1, f, vals, 0)
			}
			assigned[part.Param] = vals
		}
		out = append(out, assigned)
	}
	return out, true
}
