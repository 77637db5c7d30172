package flow

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Objects and projections. A request builder keeps the method and path in
// fields of its receiver, set by setter methods and read where the request
// is sent: c.NewCall().Method(m).Path(p).Do(ctx). What the package stores
// in a field (fieldStores) is every call's at once; when another package
// calls the setters, it is open. So the flow is also object-sensitive
// along the value the methods are called on:
//   - a function reading an open field of its receiver or of a struct
//     parameter, an element of a list parameter, or what a method of an
//     interface parameter returns, reads it as a parameter of its own (a
//     projection): a caller fills it in from its argument (Projection);
//   - what a field holds at a call is the last setting of it on the way:
//     a store to it, a method of the package whose effects set it (a
//     setter), or else what the value was made with: a constructor's or a
//     chained setter's result, whose fields Effects gives (or the
//     constructor followed at the call, where Effects leaves it unknown);
//   - Effects summarizes a function in those terms, so that a fact can
//     carry it to the packages that call it.

// Projections of parameters. A Param at or past projectionBase stands not
// for a parameter's string but for a string read off it: a field of the
// struct it is or points to, or what a method of the interface it holds
// returns (a request type's Path()). Slot 0 is the receiver, slot i+1
// declared parameter i; a call fills a projection in from its argument
// (Projection).
const (
	projectionBase = 256
	slotSize       = 512
	methodBase     = 256 // past the fields, the methods of an interface
)

// Nested fields. A struct a field holds by value (an embedded struct,
// whose methods are promoted to its holder: type Account struct{ Resource })
// has string fields of its own, which a method of the holder's sets and a
// promoted method reads: index nestedField(g, f) stands for field f of the
// struct in field g, one level down. (The indexes stay small: a wrapper's
// arguments are numbered by them, projections included.)
const (
	nestedBase   = 64 // past the struct's own fields
	nestedStride = 16
	maxNested    = (methodBase - nestedBase) / nestedStride
)

// nestedField is the index of field f of the struct in field g; ok is
// false past the encoding's bounds.
func nestedField(g, f int) (int, bool) {
	if g >= maxNested || f >= nestedStride {
		return 0, false
	}
	return nestedBase + g*nestedStride + f, true
}

// splitNested decodes a nested field's index: ok is false for a field of
// the struct itself.
func splitNested(index int) (g, f int, ok bool) {
	if index < nestedBase || index >= methodBase {
		return 0, 0, false
	}
	return (index - nestedBase) / nestedStride, (index - nestedBase) % nestedStride, true
}

// holderField is the holder's index of field f of the struct in its field
// g: ok is false for an f nested already (one level only), or past the
// encoding's bounds.
func holderField(g, f int) (int, bool) {
	if _, _, nested := splitNested(f); nested {
		return 0, false
	}
	return nestedField(g, f)
}

// outerField is the field of the struct itself that holds index: the
// holder's, for a nested field.
func outerField(index int) int {
	if g, _, ok := splitNested(index); ok {
		return g
	}
	return index
}

// leafKey is the field a key stands for: of a nested field, field f of
// the struct type field g holds.
func leafKey(k fieldKey) fieldKey {
	g, f, ok := splitNested(k.field)
	if !ok {
		return k
	}
	return fieldKey{structOf(fieldType(k.typ, g)), f}
}

// FieldParam is the Param that stands for field f of the receiver of the
// function a value is in terms of.
func FieldParam(f int) int { return projectionBase + f }

// ParamField is the Param that stands for field f of the struct in slot.
func ParamField(slot, f int) int { return projectionBase + slot*slotSize + f }

// ParamMethod is the Param that stands for what method m (its index in
// the interface's method set) of the interface in slot returns.
func ParamMethod(slot, m int) int { return projectionBase + slot*slotSize + methodBase + m }

// A method's later results (Route() (method, path string)) are
// projections too: result r of method m is method index m + r*resultStride,
// for the first maxMethods methods and maxMethodResults results.
const (
	resultStride     = 32
	maxMethods       = resultStride
	maxMethodResults = 3
)

// ParamMethodResult is the Param that stands for result r of method m of
// the interface in slot.
func ParamMethodResult(slot, m, r int) int { return ParamMethod(slot, m+r*resultStride) }

// MethodSelector names what a method projection's index reads, as the
// flow's questions about methods take it: the method's name, followed by
// "#r" for its result r past the first. ok is false for an index past
// iface's methods.
func MethodSelector(iface *types.Interface, index int) (string, bool) {
	names := make([]string, iface.NumMethods())
	for i := range names {
		names[i] = iface.Method(i).Name()
	}
	return SelectorIn(names, index)
}

// SelectorIn is MethodSelector of an interface whose methods, in the
// order of its method set, are named names.
func SelectorIn(names []string, index int) (string, bool) {
	m, r := index%resultStride, index/resultStride
	if m >= len(names) || r >= maxMethodResults {
		return "", false
	}
	return selector(names[m], r), true
}

// selector is the name of result r of the method named name.
func selector(name string, r int) string {
	if r == 0 {
		return name
	}
	return name + "#" + strconv.Itoa(r)
}

// SelectedMethod is the name of the method a selector reads a result of.
func SelectedMethod(sel string) string {
	name, _ := splitSelector(sel)
	return name
}

// splitSelector is the method's name and the result a selector names.
func splitSelector(sel string) (name string, result int) {
	name, r, ok := strings.Cut(sel, "#")
	if !ok {
		return sel, 0
	}
	n, err := strconv.Atoi(r)
	if err != nil {
		return sel, 0
	}
	return name, n
}

// ElementIndex is the index of a projection that stands for an element of
// the list in its slot (a variadic forwarder's paths ...string), not a
// field: each element the call passes.
const ElementIndex = slotSize - 1

// ParamElement is the Param that stands for an element of the []string in
// slot.
func ParamElement(slot int) int { return projectionBase + slot*slotSize + ElementIndex }

// SelfIndex is the index of a projection that stands for the string the
// argument in its slot is, of a type whose methods take it as their
// receiver (type Route string; func (r Route) With(q url.Values) string).
const SelfIndex = slotSize - 2

// ParamSelf is the Param that stands for the string in slot.
func ParamSelf(slot int) int { return projectionBase + slot*slotSize + SelfIndex }

// ResultIndex is the index of a projection that stands for the string
// the function in its slot returns, called with arguments the flow does
// not know (a pager's urlFor(page), the page its own).
const ResultIndex = slotSize - 3

// ParamResult is the Param that stands for what the function in slot
// returns.
func ParamResult(slot int) int { return projectionBase + slot*slotSize + ResultIndex }

// WholeArg reports whether a projection's index stands for its argument
// itself, each of its elements, or what it returns, rather than a field.
func WholeArg(index int) bool {
	return index == ElementIndex || index == SelfIndex || index == ResultIndex
}

// Parameters of returned functions. A function that returns a closure
// (c.Under(prefix) returning func(rel string) Lister, whose Lister
// requests path.Join(prefix, rel)) has requests in terms of parameters of
// what it returns, which a call of the function leaves open: a Param at or
// past resultParamBase stands for parameter k of the function value it
// returns, at level 1, or of the function value that one returns, at
// level 2, and so on. A call of the returned value fills level 1 in, and
// what it returns has the next level's as its own.
const (
	resultParamBase = 1 << 20
	maxResultParams = 64
	// MaxResultLevel bounds the levels of returned functions followed.
	MaxResultLevel = 4
)

// ResultParam is the Param that stands for parameter k of the function
// value the function returns, level levels down (1: what it returns).
func ResultParam(level, k int) int {
	return resultParamBase + (level-1)*maxResultParams + k
}

// ResultParamOf decodes a ResultParam: ok is false for any other Param.
func ResultParamOf(param int) (level, k int, ok bool) {
	if param < resultParamBase || param >= optionsBase {
		return 0, 0, false
	}
	rest := param - resultParamBase
	return rest/maxResultParams + 1, rest % maxResultParams, true
}

// ProjectionOf decodes a Param: ok is false for a parameter's own string;
// else the slot, and the field's index (ElementIndex for an element) or
// (method) the method's.
func ProjectionOf(param int) (slot, index int, method, ok bool) {
	if param < projectionBase || param >= resultParamBase {
		return 0, 0, false, false
	}
	rest := param - projectionBase
	slot, index = rest/slotSize, rest%slotSize
	if index >= methodBase && !WholeArg(index) {
		return slot, index - methodBase, true, true
	}
	return slot, index, false, true
}

// slotOf is the slot of a parameter of fn.
func slotOf(fn *ssa.Function, x *ssa.Parameter) int { return paramIndex(fn, x) + 1 }

// Effects is what a function does to the string fields of the structs it
// returns and is called on, in terms of its parameters and, for a method,
// the fields of its receiver on entry (FieldParam).
type Effects struct {
	// Result gives what each string field of the struct the first result
	// points to holds on return (nil: the result is no such pointer).
	Result map[int][]Str
	// Receiver gives what the receiver's string fields hold on return,
	// of those the function may set.
	Receiver map[int][]Str
	// Boxed names (TypeName) the struct type whose fields Result gives
	// when the result is an interface holding one: a fluent builder's
	// method returning its receiver boxed. "" for a result that is the
	// struct or points to it.
	Boxed string
	// Variadic gives, of a variadic function whose effects read the
	// elements of its list (a path builder's Child(elem ...string)),
	// the effects of a call with k variadic arguments, each a parameter
	// after the declared ones, for k < len(Variadic).
	Variadic []Effects
}

// maxVariadicEffects bounds the variadic arguments Effects.Variadic
// summarizes a call with.
const maxVariadicEffects = 4

// Effects summarizes a function of the package: ok is false for one the
// package does not build, or whose results and receiver are no pointers
// to structs with string fields.
func (p *Program) Effects(obj *types.Func) (Effects, bool) {
	p.ensure(obj.Pos())
	defer p.answering()()
	fn := p.funcs[obj]
	if fn == nil {
		return Effects{}, false
	}
	e := p.effects(fn)
	if e == nil {
		return Effects{}, false
	}
	out := *e
	if fn.Signature.Variadic() && (effectsUnknown(e.Result) || effectsUnknown(e.Receiver)) {
		for k := range maxVariadicEffects {
			v := p.effectsWith(fn, nil, k)
			if v == nil {
				break
			}
			out.Variadic = append(out.Variadic, *v)
		}
	}
	return out, true
}

// effectsUnknown reports whether a field's values have a part the flow
// cannot tell.
func effectsUnknown(fields map[int][]Str) bool {
	for _, vals := range fields {
		if hasUnknown(vals) {
			return true
		}
	}
	return false
}

// SpecializedEffects is Effects of a function of the package in a run
// where its parameters at consts' positions (its receiver first) hold
// those constants: a table read at one key returns that entry.
func (p *Program) SpecializedEffects(obj *types.Func, consts map[int]constant.Value) (Effects, bool) {
	p.ensure(obj.Pos())
	defer p.answering()()
	fn := p.funcs[obj]
	if fn == nil || len(fn.Blocks) == 0 {
		return Effects{}, false
	}
	e := p.effectsWith(fn, consts, -1)
	if e == nil {
		return Effects{}, false
	}
	return *e, true
}

// effects is Effects of a function of the package, once.
func (p *Program) effects(fn *ssa.Function) *Effects {
	if e, ok := p.effectsMemo[fn]; ok {
		return e
	}
	p.effectsMemo[fn] = nil // a recursion meets no summary
	if len(fn.Blocks) == 0 {
		return nil
	}
	e := p.effectsWith(fn, nil, -1)
	p.effectsMemo[fn] = e
	return e
}

// effectsWith computes fn's effects, its parameters at consts' positions
// bound to those constants, and, unless variadic is negative, its list
// to that many elements, each a parameter after the declared ones.
func (p *Program) effectsWith(fn *ssa.Function, consts map[int]constant.Value, variadic int) *Effects {
	var recv *ssa.Parameter
	var recvFields []int
	if r := fn.Signature.Recv(); r != nil && len(fn.Params) > 0 && isPointer(r.Type()) { // a value receiver is a copy
		if recvFields = leafFields(fn.Params[0].Type()); recvFields != nil {
			recv = fn.Params[0]
		}
	}
	// A result of another package's type (an *http.Response) is no
	// request builder of the package's.
	var resFields []int
	var boxed types.Type
	if res := fn.Signature.Results(); res.Len() > 0 && types.IsInterface(res.At(0).Type()) {
		if boxed = p.boxedType(fn); boxed != nil {
			resFields = leafFields(boxed)
		}
	} else if res.Len() > 0 && declaredIn(res.At(0).Type(), p.types) {
		resFields = leafFields(res.At(0).Type())
	}
	if recv == nil && resFields == nil {
		return nil
	}
	ev := &evaluation{p: p, visiting: map[memoKey]bool{}}
	fr := frame{target: fn, summary: true}
	if len(consts) > 0 || variadic >= 0 {
		ev.local = map[memoKey][]Str{} // an answer for these constants only
	}
	if len(consts) > 0 && !p.bindConstants(&fr, fn, consts) {
		return nil
	}
	if variadic >= 0 {
		ev.lists = variadicParams(fn, variadic)
	}
	e := &Effects{Receiver: map[int][]Str{}}
	if resFields != nil {
		e.Result = map[int][]Str{}
	}
	if boxed != nil {
		e.Boxed = TypeName(boxed)
	}
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		if resFields != nil && len(ret.Results) > 0 && !isNilConst(ret.Results[0]) {
			// (A nil pointer returned, beside an error, has no fields
			// a caller reads.)
			for _, f := range resFields {
				var vals []Str
				if boxed != nil {
					vals = ev.boxedFieldAt(ret.Results[0], boxed, f, ret, fr, 0)
				} else {
					vals = ev.fieldAt(ret.Results[0], f, ret, fr, 0)
				}
				e.Result[f] = bound(union(e.Result[f], vals))
			}
		}
		for _, f := range recvFields {
			e.Receiver[f] = bound(union(e.Receiver[f], ev.fieldAt(recv, f, ret, fr, 0)))
		}
	}
	for f, vals := range e.Receiver {
		if len(vals) != 1 || !isFieldParam(vals[0], f) {
			continue
		}
		// As it came; of a list, unless elements were appended to it.
		if !isStringSlice(fieldType(recv.Type(), f)) || len(vals[0]) == 1 {
			delete(e.Receiver, f)
		}
	}
	return e
}

// Projection gives what a projection of an argument of call holds when it
// is made, in terms of target's parameters: field f of the struct the
// argument in slot is or points to, or, when method is not "", what that
// method of the interface it holds returns. want is the type of the
// callee's parameter in slot: of an interface method's implementation,
// the struct the interface the call passes holds. ok is false when the
// call has no such argument.
func (p *Program) Projection(call *ast.CallExpr, slot, f int, method string, want types.Type, target *types.Func) ([]Str, bool) {
	p.ensure(call.Pos())
	defer p.answering()()
	instr, arg, ok := p.slotArg(call, slot)
	if !ok {
		return nil, false
	}
	ev, fr := p.start(target)
	ev.defers = true // a template's part
	if method != "" {
		return bound(ev.methodAt(arg, method, instr, fr, 0)), true
	}
	switch f {
	case ElementIndex:
		return bound(ev.elementsOf(arg, fr, 0)), true
	case SelfIndex:
		return bound(ev.values(arg, fr, 0)), true
	case ResultIndex:
		return bound(ev.funcResults(arg, fr, 0)), true
	}
	if types.IsInterface(arg.Type()) && want != nil && !types.IsInterface(want) {
		// An interface method's implementation reads its receiver's
		// fields: those of the want the interface holds.
		return bound(ev.boxedFieldAt(arg, want, f, instr, fr, 0)), true
	}
	if !hasField(leafFields(arg.Type()), f) {
		return nil, false
	}
	return bound(ev.fieldAt(arg, f, instr, fr, 0)), true
}

// slotArg is the call instruction of call, and its argument in slot; ok
// is false when the package's SSA form has no such call or argument.
func (p *Program) slotArg(call *ast.CallExpr, slot int) (ssa.CallInstruction, ssa.Value, bool) {
	instr, ok := p.calls[call.Lparen]
	if !ok {
		return nil, nil, false
	}
	arg := argInSlot(instr.Common(), slot)
	return instr, arg, arg != nil
}

// elementsOf is what the elements of a []string argument may hold: those a
// call writes in its variadic list, or a list it passes whole.
func (ev *evaluation) elementsOf(list ssa.Value, fr frame, depth int) []Str {
	if elems, ok := ev.p.elements(list); ok {
		var out []Str
		for _, e := range elems {
			out = union(out, ev.values(e, fr, depth))
		}
		if len(out) == 0 {
			return unknownSet()
		}
		return bound(out)
	}
	if p, ok := list.(*ssa.Parameter); ok && fr.bound == nil && fr.target != nil && p.Parent() == fr.target {
		ev.dependent = true
		return []Str{{{Param: ParamElement(slotOf(fr.target, p)), IsParam: true}}} // passed on
	}
	var out []Str
	for base, sts := range ev.p.elemStores {
		if ev.p.sameRoot(base, list) {
			out = union(out, ev.stored(sts, fr, depth))
		}
	}
	if len(out) == 0 {
		return unknownSet()
	}
	return bound(out)
}

// argInSlot is the argument a call passes in slot (nil for none): the
// receiver of a method it names, or a declared parameter's.
func argInSlot(common *ssa.CallCommon, slot int) ssa.Value {
	args := common.Args
	recv := common.Value
	if !common.IsInvoke() {
		recv = nil
		if common.Signature().Recv() != nil && len(args) > 0 {
			recv, args = args[0], args[1:]
		}
	}
	switch {
	case slot == 0:
		return recv
	case slot-1 < len(args):
		return args[slot-1]
	}
	return nil
}

// fieldAt is what field f of the struct obj points to holds at
// instruction at: the settings of it on obj that may come before at, and
// what obj was made with unless a setting on every way to at replaced it.
func (ev *evaluation) fieldAt(obj ssa.Value, f int, at ssa.Instruction, fr frame, depth int) []Str {
	if ev.steps++; depth > maxDepth || ev.steps > maxSteps {
		return ev.cutShort()
	}
	depth++
	if g, inner, ok := splitNested(f); ok {
		// The struct obj holds in field g, object by object, where
		// that is known.
		if out, ok := ev.fieldOfHeld(obj, g, inner, at, fr, depth); ok {
			return out
		}
	}
	var out []Str
	replaced, boxed := false, false
	if refs := obj.Referrers(); refs != nil {
		type setAt struct {
			r    ssa.Instruction
			vals []Str
		}
		var sets []setAt
		var last ssa.Instruction // the last setting on every way to at
		for _, r := range *refs {
			if r == at || !before(r, at) {
				continue // a use after at sets nothing it reads
			}
			var vals []Str
			var always, ok, applied bool
			if list, arg, isOption := optionCall(r, obj); isOption {
				// Options applied in a loop: what they leave, from what
				// the field held before them.
				vals, applied = ev.appliedOptions(r, list, arg, obj, f, fr, depth)
				always, ok = applied, applied
			}
			if !applied {
				vals, always, ok = ev.setting(r, obj, f, fr, depth)
			}
			if !ok {
				continue
			}
			sets = append(sets, setAt{r, vals})
			if always && (applied || dominates(r, at)) {
				replaced = true
				if last == nil || dominates(last, r) {
					last = r
				}
			}
			_, isBox := r.(*ssa.MakeInterface)
			boxed = boxed || isBox
		}
		for _, st := range sets {
			// A setting that runs before the last one on every way to at
			// is overwritten: a copy of the receiver, then its field set.
			if last == nil || st.r == last || !dominates(st.r, last) {
				out = union(out, st.vals)
			}
		}
	}
	if !replaced {
		made := ev.madeWith(obj, f, at, fr, depth)
		if boxed && len(made) == 1 && len(made[0]) == 0 {
			// A new variable handed on as an interface: a decoder
			// fills it (json.Unmarshal(body, &st)), and its zero value
			// is no alternative.
			made = nil
		}
		out = union(out, made)
	}
	return out
}

// setting is what instruction r, a use of obj, sets field f to: a store
// to the field, or a call of a method on obj whose effects set it (always
// reports that the method sets it on every return); a call that hands obj
// to another function may set it to whatever the package stores in it. ok
// is false for a use that sets nothing.
func (ev *evaluation) setting(r ssa.Instruction, obj ssa.Value, f int, fr frame, depth int) (vals []Str, always, ok bool) {
	switch r := r.(type) {
	case *ssa.Store:
		if r.Addr == obj {
			// The whole struct stored (a parameter spilled to its
			// variable, a copy): its field.
			return ev.fieldAt(r.Val, f, r, fr, depth), true, true
		}
		if !isPointer(obj.Type()) {
			return nil, false, false // a copy of a struct value stored
		}
		// obj stored in memory: whoever loads it may set the field. A
		// summary says what its function does, not what others may.
		if fr.summary {
			return nil, false, false
		}
		return ev.fieldStores(structOf(obj.Type()), f, fr, depth), false, true
	case *ssa.MakeClosure:
		// A closure binding obj may set the field when it runs.
		return ev.fieldStores(structOf(obj.Type()), f, fr, depth), false, true
	case *ssa.MakeInterface:
		// A pointer handed on as an interface: whoever receives it may
		// set the field (a decoder, with what the flow cannot know).
		if isPointer(obj.Type()) {
			return unknownSet(), false, true
		}
		return nil, false, false
	case *ssa.FieldAddr:
		if g, inner, nested := splitNested(f); nested && r.Field == g && r.X == obj {
			return ev.settingThrough(r, inner, fr, depth)
		}
		if r.Field != f || r.X != obj {
			return nil, false, false
		}
		for _, u := range *r.Referrers() {
			if st, ok := u.(*ssa.Store); ok && st.Addr == r {
				// The store, not the address, is where the field is set.
				return ev.valuesAt(st.Val, st, fr, depth), true, true
			}
		}
		return nil, false, false
	case ssa.CallInstruction:
		common := r.Common()
		if common.IsInvoke() || len(common.Args) == 0 || common.Args[0] != obj || common.Signature().Recv() == nil {
			if vals, ok := ev.optionSetting(common, obj, f, fr, depth); ok {
				return vals, false, len(vals) > 0
			}
			if handsOn(common, obj) && ev.p.mayWriteField(common, obj, f, 0) {
				// An option function, a helper: it may store whatever the
				// package stores in the field.
				return ev.fieldStores(structOf(obj.Type()), f, fr, depth), false, true
			}
			return nil, false, false
		}
		// A method no summary covers sets none: the client summarizes
		// every method of another package's that does.
		e, known := ev.effectsOf(common)
		if !known {
			return nil, false, false
		}
		e, elems := ev.byArity(e, common)
		tmpl, sets := e.Receiver[f]
		if !sets {
			return nil, false, false
		}
		always = true
		for _, s := range tmpl {
			always = always && !isFieldParam(s, f)
		}
		return ev.instantiateAs(tmpl, common, r, nil, elems, fr, depth), always, true
	}
	return nil, false, false
}

// settingThrough is what a use of the address of a struct another holds
// sets its field f to: a store of the whole struct, or of the field.
func (ev *evaluation) settingThrough(addr *ssa.FieldAddr, f int, fr frame, depth int) (vals []Str, always, ok bool) {
	for _, u := range *addr.Referrers() {
		switch u := u.(type) {
		case *ssa.Store:
			if u.Addr == addr {
				return ev.fieldAt(u.Val, f, u, fr, depth), true, true
			}
		case *ssa.FieldAddr:
			if u.Field != f {
				continue
			}
			for _, w := range *u.Referrers() {
				if st, isStore := w.(*ssa.Store); isStore && st.Addr == u {
					return ev.valuesAt(st.Val, st, fr, depth), true, true
				}
			}
		}
	}
	return nil, false, false
}

// optionSetting is what a call of a function value that hands obj on
// (an option, o(c), in a constructor followed from its call) may set
// field f to, when the flow knows every closure the value may be
// (WithBaseURL(u) returning func(c *Client) { c.base = u }): what each
// stores there, its free variables bound to what it was made with; none
// for one that does not store the field. ok is false where the closures
// are not all known, or one writes the field otherwise (hands it on).
func (ev *evaluation) optionSetting(common *ssa.CallCommon, obj ssa.Value, f int, fr frame, depth int) ([]Str, bool) {
	if fr.summary || common.StaticCallee() != nil || common.IsInvoke() {
		return nil, false
	}
	arg := slices.Index(common.Args, obj)
	if arg < 0 {
		return nil, false
	}
	objs, complete := ev.funcObjects(common, fr, depth)
	if !complete {
		return nil, false
	}
	var out []Str
	for _, o := range objs {
		if o.fn == nil || o.summary != nil || arg >= len(o.fn.Params) || o.fn.Signature.Recv() != nil {
			return nil, false
		}
		// A bound frame is never memoized: the closure's bindings are
		// this option's.
		inner := frame{target: fr.target, bound: map[*ssa.Parameter][]Str{}}
		o.bindFree(&inner, nil)
		vals, _, ok := ev.storedBy(o.fn.Params[arg], f, inner, depth)
		if !ok {
			return nil, false
		}
		out = union(out, vals)
	}
	return out, true
}

// mayWriteField reports whether a call that hands obj on may write field
// f of it: unless its callee is a function of the package that neither
// stores into that field of the parameter nor hands the parameter on.
func (p *Program) mayWriteField(common *ssa.CallCommon, obj ssa.Value, f, depth int) bool {
	callee := common.StaticCallee()
	if callee == nil || depth > 4 {
		return true
	}
	callee = unwrap(callee)
	if callee.Pkg != p.pkg || len(callee.Blocks) == 0 {
		return !p.callKeeps(common, obj, 0) // another package's, as its facts say
	}
	args := align(callee, common)
	for i, a := range args {
		if a != obj || i >= len(callee.Params) {
			continue
		}
		param := callee.Params[i]
		for _, r := range *param.Referrers() {
			switch r := r.(type) {
			case *ssa.FieldAddr:
				if r.Field == outerField(f) && storesTo(r) {
					return true
				}
			case ssa.CallInstruction:
				if handsOn(r.Common(), param) && p.mayWriteField(r.Common(), param, f, depth+1) {
					return true
				}
				if c := r.Common(); !c.IsInvoke() && len(c.Args) > 0 && c.Args[0] == param && c.Signature().Recv() != nil {
					return true // a method of its: its effects are another question's
				}
			case *ssa.Store, *ssa.MakeClosure, *ssa.Phi, *ssa.MakeInterface, *ssa.ChangeType:
				return true // kept or converted: anything may write it
			}
		}
	}
	return false
}

// storesTo reports whether the code stores at a field's address, or
// hands the address on.
func storesTo(fa *ssa.FieldAddr) bool {
	for _, u := range *fa.Referrers() {
		switch u := u.(type) {
		case *ssa.UnOp:
			if u.Op == token.MUL {
				continue // a load
			}
		case *ssa.DebugRef:
			continue
		}
		return true
	}
	return false
}

// handsOn reports whether a call passes obj to its callee other than as
// the receiver: the callee may set its fields.
func handsOn(common *ssa.CallCommon, obj ssa.Value) bool {
	for i, a := range common.Args {
		if a == obj && (i > 0 || common.Signature().Recv() == nil || common.IsInvoke()) {
			return true
		}
	}
	return common.IsInvoke() && common.Value == obj
}

// madeWith is what field f of the struct obj is or points to held when
// obj was made: by a constructor or a chained method (their Effects), a
// new struct (zero), a struct value loaded from memory (what the memory
// held), a parameter of the function asked about (its projection), or
// else whatever the package stores in the field.
func (ev *evaluation) madeWith(obj ssa.Value, f int, at ssa.Instruction, fr frame, depth int) []Str {
	if out, ok := ev.entryField(obj, f, fr, depth); ok {
		return out // an entry of a table looked up by a constant
	}
	switch x := obj.(type) {
	case *ssa.Alloc:
		return []Str{{}}
	case *ssa.Const:
		if x.IsNil() || x.Value == nil {
			return []Str{{}} // a zero struct
		}
	case *ssa.UnOp:
		if x.Op == token.MUL && !isPointer(x.Type()) {
			return ev.fieldAt(x.X, f, x, fr, depth) // a struct value loaded: the memory's
		}
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			out, ok := ev.heldField(fa, f, x, fr, depth)
			if !ok || len(out) != 1 || hasUnknown(out) {
				// Not one value whatever the object: the object's
				// own, which the stores into the field holding it
				// tell (holders.go).
				if hole, ok := ev.holderHole(x, f, at, fr); ok {
					return []Str{{hole}}
				}
			}
			if ok {
				return out // a pointer another struct holds: the struct it points to
			}
		}
		if x.Op == token.MUL && isCell(x.X) {
			// A pointer loaded from the variable a closure captures
			// (a collection a range-over-func loop's body uses): each
			// pointer stored in it.
			if sts, ok := ev.variableStores(x.X); ok {
				var out []Str
				for _, st := range sts {
					out = union(out, ev.fieldAt(st.val, f, st.at, fr, depth))
				}
				return out
			}
		}
	case *ssa.Global:
		if out, ok := ev.globalField(x, f, fr, depth); ok {
			return out
		}
	case *ssa.FieldAddr:
		// A struct another holds by value is the holder's nested field.
		// Of a variable, whose every use is in sight, its uses set it
		// (x.inner.path = p); of another holder, what the package (or
		// another, by its facts) stores in the holder's field tells
		// first, object by object.
		_, local := x.X.(*ssa.Alloc)
		n, nests := holderField(x.Field, f)
		nests = nests && isStructValue(fieldType(x.X.Type(), x.Field))
		if nests && local {
			return ev.fieldAt(x.X, n, at, fr, depth)
		}
		if out, ok := ev.heldField(x, f, at, fr, depth); ok {
			return out // a struct another holds: the one it holds
		}
		if nests {
			return ev.fieldAt(x.X, n, at, fr, depth)
		}
	case *ssa.Field:
		// A struct value another struct value holds (an embedded
		// struct a promoted method receives): the one it holds, or
		// else the holder's nested field (a summary's parameter, a
		// result its effects give).
		if out, ok := ev.fieldOfHeld(x.X, x.Field, f, at, fr, depth); ok {
			return out
		}
		if n, ok := holderField(x.Field, f); ok {
			return ev.fieldAt(x.X, n, at, fr, depth)
		}
	case *ssa.IndexAddr:
		if out, ok := ev.elementField(x, f, fr, depth); ok {
			return out // an element of a list of struct literals
		}
	case *ssa.Call:
		if out, ok := ev.madeBy(x, f, fr, depth); ok {
			return out
		}
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
			if out, ok := ev.madeBy(call, f, fr, depth); ok {
				return out
			}
		}
	case *ssa.Phi:
		var out []Str
		for i, edge := range x.Edges {
			if ev.otherEdge(x, i) {
				continue
			}
			out = union(out, ev.fieldAt(edge, f, edgeEnd(x, i), fr, depth))
		}
		return out
	case *ssa.FreeVar:
		// A struct variable a closure captures: each struct stored in it.
		if sts, ok := ev.variableStores(x); ok {
			var out []Str
			for _, st := range sts {
				out = union(out, ev.fieldAt(st.val, f, st.at, frame{target: fr.target}, depth))
			}
			return out
		}
	case *ssa.Parameter:
		if o, ok := fr.objects[x]; ok {
			return ev.objectField(o, x.Type(), f, depth)
		}
		if fp, ok := ev.paramField(x, f, fr, depth); ok {
			return fp
		}
	}
	return ev.fieldStores(structOf(obj.Type()), f, fr, depth)
}

// heldIn is field f of the struct that field fa of another struct holds,
// or points to (a scope a service keeps, made by its parent's method):
// field f of each value the package stores into that field, whatever the
// holding object; an exported field other packages may store into holds
// what they store too. A field of another package's struct the package
// stores nothing in is what that package says (heldElsewhere). ok is
// false when no store tells, or there are more than maxValues.
func (ev *evaluation) heldIn(fa *ssa.FieldAddr, f int, fr frame, depth int) ([]Str, bool) {
	k := fieldKey{structOf(fa.X.Type()), fa.Field}
	sts := ev.p.fieldStores[k]
	if len(sts) == 0 {
		return ev.heldElsewhere(k, f)
	}
	if len(sts) > maxValues {
		return nil, false
	}
	var out []Str
	for _, st := range sts {
		if !hasField(leafFields(st.val.Type()), f) {
			return nil, false
		}
		out = union(out, ev.fieldAt(st.val, f, st.at, frame{target: fr.target}, depth))
	}
	if ev.p.writtenElsewhere(k) {
		out = union(out, unknownSet())
	}
	return out, true
}

// heldElsewhere is heldIn of a field of another package's struct that
// the package stores nothing in (a repository's collections, which its
// constructor made): what that package says its stores hold.
func (ev *evaluation) heldElsewhere(k fieldKey, f int) ([]Str, bool) {
	named, ok := k.typ.(*types.Named)
	if !ok || named.Obj().Pkg() == ev.p.types || ev.p.oracle == nil {
		return nil, false
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok || k.field >= st.NumFields() {
		return nil, false
	}
	return ev.p.oracle.GlobalField(st.Field(k.field), f)
}

// HeldField is what field f holds of each struct the package stores in
// holder, a field of one of its structs (or what each pointer stored
// there points to): Repos{CallLog: Resource{path: "/restapi/..."}}. What
// a storing function's parameter gives is unknown; so is all of it when
// other packages may store there too. ok is false when the package stores
// none there, or more than a set holds.
func (p *Program) HeldField(holder *types.Var, f int) ([]Str, bool) {
	if d := p.rel.stubbedNaming(holder); d != nil && p.busy == 0 && p.rel.add(d) {
		p.build() // the functions storing into holder
	}
	defer p.answering()()
	for k, sts := range p.fieldStores {
		st, ok := k.typ.Underlying().(*types.Struct)
		if !ok || k.field >= st.NumFields() || st.Field(k.field) != holder {
			continue
		}
		if len(sts) > maxValues || !hasField(leafFields(holder.Type()), f) {
			return nil, false
		}
		ev := &evaluation{p: p, visiting: map[memoKey]bool{}}
		var out []Str
		for _, s := range sts {
			for _, v := range ev.fieldAt(s.val, f, s.at, frame{}, 0) {
				if hasParam(v) {
					v = nil // the storing function's caller's
				}
				out = union(out, []Str{v})
			}
		}
		return bound(out), len(out) > 0
	}
	return nil, false
}

// heldBy is the field address of the struct x is, or points to, when
// another struct holds it: &r.Chats, or r.client loaded.
func heldBy(x ssa.Value) *ssa.FieldAddr {
	if u, ok := x.(*ssa.UnOp); ok && u.Op == token.MUL {
		x = u.X
	}
	fa, _ := x.(*ssa.FieldAddr)
	return fa
}

// isCell reports whether v is a variable's address: a local one, or the
// one a closure captures.
func isCell(v ssa.Value) bool {
	switch v.(type) {
	case *ssa.Alloc, *ssa.FreeVar:
		return true
	}
	return false
}

// globalField is what field f of a package-level struct variable holds:
// what the package stores in it (its initializer, init: the field, or the
// whole struct), or what the client knows of another package's.
func (ev *evaluation) globalField(g *ssa.Global, f int, fr frame, depth int) ([]Str, bool) {
	if g.Pkg != ev.p.pkg {
		if obj, ok := g.Object().(*types.Var); ok && ev.p.oracle != nil {
			return ev.p.oracle.GlobalField(obj, f)
		}
		return nil, false
	}
	var out []Str
	found := false
	top := frame{target: fr.target}
	for _, fs := range ev.p.objFields[g] {
		if fs.field == f {
			found = true
			out = union(out, ev.values(fs.val, top, depth))
		}
	}
	for _, st := range ev.p.globalStores[g] {
		at := storeOf(st.val, g)
		if at == nil {
			return nil, false
		}
		found = true
		out = union(out, ev.fieldAt(st.val, f, at, frame{target: fr.target}, depth))
	}
	if !found {
		return nil, false
	}
	return out, true
}

// storeOf is the instruction that stores v at addr (nil for none).
func storeOf(v, addr ssa.Value) ssa.Instruction {
	if refs := v.Referrers(); refs != nil {
		for _, r := range *refs {
			if st, ok := r.(*ssa.Store); ok && st.Addr == addr && st.Val == v {
				return st
			}
		}
	}
	return nil
}

// GlobalEntries is what a package-level map variable of the package
// holds at each constant key (its initializer, init); ok is false for a
// variable the package stores no entry in.
func (p *Program) GlobalEntries(obj *types.Var) (map[string][]Str, bool) {
	defer p.answering()()
	g, ok := p.pkg.Members[obj.Name()].(*ssa.Global)
	if !ok {
		return nil, false
	}
	made := map[ssa.Value]bool{}
	for _, st := range p.globalStores[g] {
		made[st.val] = true
	}
	ev := &evaluation{p: p, visiting: map[memoKey]bool{}}
	out := map[string][]Str{}
	for base, updates := range p.mapUpdates {
		if load, ok := base.(*ssa.UnOp); !made[base] && (!ok || load.X != g) {
			continue
		}
		for _, u := range updates {
			k, ok := u.Key.(*ssa.Const)
			if !ok || k.Value == nil || k.Value.Kind() != constant.String {
				return nil, false // a key known only at run time
			}
			key := constant.StringVal(k.Value)
			out[key] = bound(union(out[key], ev.values(u.Value, frame{}, 0)))
		}
	}
	return out, len(out) > 0
}

// GlobalField is what field f of a package-level struct variable of the
// package holds (its initializer, init), in terms of no parameter; ok is
// false for a variable the package does not set.
func (p *Program) GlobalField(obj *types.Var, f int) ([]Str, bool) {
	defer p.answering()()
	g, ok := p.pkg.Members[obj.Name()].(*ssa.Global)
	if !ok || !hasField(leafFields(obj.Type()), f) {
		return nil, false
	}
	ev := &evaluation{p: p, visiting: map[memoKey]bool{}}
	out, ok := ev.globalField(g, f, frame{}, 0)
	return bound(out), ok
}

// madeBy is what field f of the struct a call's first result points to
// holds: by the callee's effects, or, where they leave it unknown and the
// callee is the package's, by following the callee with its parameters
// bound to this call's arguments (a constructor whose path depends on how
// many variadic arguments it is given).
func (ev *evaluation) madeBy(call *ssa.Call, f int, fr frame, depth int) ([]Str, bool) {
	// A summary holds for every object and every argument; a joint
	// question's pinned object, or constants that take a branch of a
	// function of the package (a dispatcher's case), are followed into
	// the callee first.
	specific := ev.pin != nil || ev.localConsts(call.Common(), fr)
	if specific {
		if followed, ok := ev.followedField(call, f, fr, depth); ok && !slices.ContainsFunc(followed, whollyUnknown) {
			return followed, true
		}
		if ev.pin != nil {
			return nil, false // the pinned object's own stores
		}
	}
	out, ok := ev.resultField(call, f, fr, depth)
	if ok && !hasUnknown(out) {
		return out, true
	}
	if !specific {
		if followed, fok := ev.followedField(call, f, fr, depth); fok && !slices.ContainsFunc(followed, whollyUnknown) {
			return followed, true
		}
	}
	return out, ok
}

// whollyUnknown reports whether s is text the flow cannot tell: not the
// empty string, the zero value an error's return gives.
func whollyUnknown(s Str) bool { return len(s) > 0 && opaque(s) }

// followedField follows a call of a function of the package to its
// returns, its parameters bound to the call's arguments (a variadic one to
// the elements the call writes), and reads field f of what it returns.
func (ev *evaluation) followedField(call *ssa.Call, f int, fr frame, depth int) ([]Str, bool) {
	callee := call.Common().StaticCallee()
	if callee == nil {
		return nil, false
	}
	fn := unwrap(callee)
	// A recursion is no construction: it calls again from a call under
	// way. (A call of the same function from elsewhere is another
	// construction: a path builder's child of a child.)
	key := memoKey{what: call}
	if fn.Pkg != ev.p.pkg || len(fn.Blocks) == 0 || ev.visiting[key] {
		return nil, false
	}
	ev.visiting[key] = true
	defer delete(ev.visiting, key)
	args := align(fn, call.Common())
	inner := ev.callFrame(fn, args, call, fr, depth)
	if fn.Signature.Variadic() && len(args) == len(fn.Params) {
		last := fn.Params[len(fn.Params)-1]
		if list, ok := ev.listOf(args[len(args)-1], fr, depth); ok {
			if ev.lists == nil {
				ev.lists = map[ssa.Value][]Str{}
			}
			saved, had := ev.lists[last]
			ev.lists[last] = list
			defer func() {
				if had {
					ev.lists[last] = saved
				} else {
					delete(ev.lists, last)
				}
			}()
		}
	}
	var out []Str
	zero := false
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > 0 {
			if c, ok := ret.Results[0].(*ssa.Const); ok && c.Value == nil {
				// A zero struct (return Rule{}, err) beside the others is
				// left out, as an empty string in a phi.
				zero = true
				continue
			}
			out = union(out, ev.fieldAt(ret.Results[0], f, ret, inner, depth))
		}
	}
	if len(out) == 0 && zero {
		out = []Str{{}}
	}
	return bound(out), len(out) > 0
}

// callFrame is the frame of a followed call of fn at call: its string
// parameters bound to the values of args, its struct and interface ones to
// args themselves.
func (ev *evaluation) callFrame(fn *ssa.Function, args []ssa.Value, call ssa.Instruction, fr frame, depth int) frame {
	inner := frame{target: fr.target, bound: map[*ssa.Parameter][]Str{}}
	bindObjects(&inner, fn, args, call, fr)
	ev.bindConsts(&inner, fn, args, fr)
	for i, param := range fn.Params {
		if i >= len(args) || args[i] == nil {
			continue
		}
		if isString(param.Type()) {
			inner.bound[param] = ev.values(args[i], fr, depth)
		}
		if _, ok := param.Type().Underlying().(*types.Slice); ok {
			// A list the call builds in place (the options of
			// New(WithBaseURL(u))): its elements, each in the caller's
			// frame.
			if elems, efr, ok := ev.elementsIn(args[i], fr); ok {
				if inner.lists == nil {
					inner.lists = map[*ssa.Parameter]boundList{}
				}
				inner.lists[param] = boundList{elems: elems, fr: efr}
			}
		}
	}
	return inner
}

// listOf is the one list of strings a variadic argument is, each element
// of one value; ok is false otherwise.
func (ev *evaluation) listOf(v ssa.Value, fr frame, depth int) ([]Str, bool) {
	if list, ok := ev.lists[v]; ok {
		return list, true // a summary's own list, passed on whole
	}
	elems, ok := ev.p.elements(v)
	if !ok {
		return nil, false
	}
	list := make([]Str, 0, len(elems))
	for _, e := range elems {
		vals := ev.values(e, fr, depth)
		if len(vals) != 1 {
			return nil, false
		}
		list = append(list, vals[0])
	}
	return list, true
}

// localConsts reports whether a call of a function of the package passes
// a constant the frame knows: a dispatcher's case, which its summary
// merges with the others.
func (ev *evaluation) localConsts(common *ssa.CallCommon, fr frame) bool {
	callee := common.StaticCallee()
	if callee == nil || unwrap(callee).Pkg != ev.p.pkg || fr.consts == nil {
		return false
	}
	return len(ev.constArgs(common, fr)) > 0
}

// resultField is what field f of the struct a call's first result points
// to holds, by the callee's effects.
func (ev *evaluation) resultField(call *ssa.Call, f int, fr frame, depth int) ([]Str, bool) {
	e, ok := ev.specializedEffects(call.Common(), fr)
	if !ok {
		e, ok = ev.effectsOf(call.Common())
	}
	if !ok || e.Result == nil {
		return nil, false
	}
	e, elems := ev.byArity(e, call.Common())
	tmpl, ok := e.Result[f]
	if !ok {
		return nil, false
	}
	if slices.ContainsFunc(tmpl, func(s Str) bool { return unknownText(s) && !hasParam(s) }) {
		// A summary in terms of parameters lost what the field holds
		// (a constructor cutting "GET /path" apart): a call passing
		// constants there is followed with them bound.
		if own, ok := ev.ownSpecialized(call.Common(), fr); ok && own.Result != nil {
			if t, ok := own.Result[f]; ok {
				tmpl = t
			}
		}
	}
	return ev.instantiateAs(tmpl, call.Common(), call, nil, elems, fr, depth), true
}

// ownSpecialized is the Effects of a call of a function of the package
// with the constants the call passes bound, once for each callee and
// constants.
func (ev *evaluation) ownSpecialized(common *ssa.CallCommon, fr frame) (*Effects, bool) {
	callee := common.StaticCallee()
	if callee == nil || callee.Pkg != ev.p.pkg || len(callee.Blocks) == 0 || common.Signature().Variadic() {
		return nil, false
	}
	consts := ev.constArgs(common, fr)
	if len(consts) == 0 {
		return nil, false
	}
	var key strings.Builder
	fmt.Fprintf(&key, "%p", callee)
	for i := range len(common.Args) {
		if c, ok := consts[i]; ok {
			fmt.Fprintf(&key, "|%d=%s", i, c.ExactString())
		}
	}
	if e, ok := ev.p.specializedMemo[key.String()]; ok {
		return e, e != nil
	}
	if ev.p.specializedMemo == nil {
		ev.p.specializedMemo = map[string]*Effects{}
	}
	ev.p.specializedMemo[key.String()] = nil // a recursion meets none
	e := ev.p.effectsWith(callee, consts, -1)
	ev.p.specializedMemo[key.String()] = e
	return e, e != nil
}

// byArity is the effects of e a call with as many variadic arguments has
// (Effects.Variadic), and those arguments; e itself and none where the
// call's list is not built in place, or e has no such effects.
func (ev *evaluation) byArity(e *Effects, common *ssa.CallCommon) (*Effects, []ssa.Value) {
	if len(e.Variadic) == 0 || !common.Signature().Variadic() || len(common.Args) == 0 {
		return e, nil
	}
	elems, ok := ev.p.elements(common.Args[len(common.Args)-1])
	if !ok || len(elems) >= len(e.Variadic) {
		return e, nil
	}
	return &e.Variadic[len(elems)], elems
}

// paramField is the projection a read of field f of x stands for, when x
// is a parameter of the function asked about and the package's stores
// leave the field open (a setter's parameter, a table too large to
// follow): its callers know better, and fill it in with what the field
// holds at each call (Projection). A caller that cannot tell falls back on
// the stores. A summary of effects reads its receiver's fields so always.
func (ev *evaluation) paramField(x ssa.Value, f int, fr frame, depth int) ([]Str, bool) {
	param, ok := x.(*ssa.Parameter)
	if !ok || !hasField(leafFields(x.Type()), f) {
		return nil, false
	}
	if o, ok := fr.objects[param]; ok {
		return ev.objectField(o, param.Type(), f, depth), true // a followed call's argument
	}
	if fr.bound != nil || fr.target == nil || param.Parent() != fr.target {
		return nil, false
	}
	if !(fr.summary && ev.isTargetReceiver(param, fr)) && !ev.openField(param, f, fr) {
		return nil, false
	}
	// A question with the field bound reads the binding; one recording
	// the holes it meets counts the projection's field among them: a
	// computation on it is lost to the callers as much as to the stores.
	k := leafKey(fieldKey{structOf(x.Type()), f})
	if vals, ok := ev.boundField(k); ok {
		return vals, true
	}
	if hole, ok := ev.p.hole(k); ok && ev.holesMet != nil {
		ev.holesMet[hole.Field] = true
	}
	ev.dependent = true
	return []Str{{{Param: ParamField(slotOf(fr.target, param), f), IsParam: true}}}, true
}

// isTargetReceiver reports whether x is the receiver of the function asked
// about.
func (ev *evaluation) isTargetReceiver(x *ssa.Parameter, fr frame) bool {
	return fr.target != nil && x.Parent() == fr.target && isReceiverOf(x)
}

// openField reports whether the callers of a function reading field f of
// the struct x points to may know better than the package's stores: the
// field is set from a parameter (a setter's, a constructor's, or a value
// the function makes of one), by a method of the receiver's type the
// function reads it of, or by other
// packages (an exported field of an exported type, one reflection sets),
// or from more values than a set holds (a table of descriptors). A field
// set from configuration is no better known at a call.
func (ev *evaluation) openField(x *ssa.Parameter, f int, fr frame) bool {
	k := leafKey(fieldKey{structOf(x.Type()), f})
	sts := ev.p.fieldStores[k]
	if len(sts) > maxValues || ev.p.unexportedElsewhere(k) || ev.p.storedApartElsewhere(k) {
		return true
	}
	// Other packages set a field of the package's own type through its
	// methods' receivers; a parameter of another package's type is what
	// the package's own stores say, when it has any: with none in sight
	// (a descriptor an interface's implementation is handed), only its
	// callers fill it in.
	if ev.p.writtenElsewhere(k) && (ev.isTargetReceiver(x, fr) || declaredIn(k.typ, ev.p.types) || len(sts) == 0) {
		return true
	}
	// Several objects of the receiver's type, each made with its own
	// path (a repository's collections, each a Resource{path: ...}):
	// the caller holds one of them, and knows which. (Servers stay the
	// stores' set: a client for RingCentral beside one for another
	// company is told apart by its server, whoever holds it.)
	if ev.isTargetReceiver(x, fr) && ev.p.storesPaths(sts) {
		return true
	}
	for _, st := range sts {
		// An option's closure storing the string its maker was passed
		// (WithBaseURL(u) returning func(c *Client) { c.base = u }) is
		// a setter too. (A URL object's field follows urlobjects.go.)
		if isParameter(st.val) || fromParameter(st) || ev.p.optionStore(st) {
			return true
		}
		// A setter of the parameter's type (Post() setting the method,
		// on its receiver or on the copy a value receiver is): whether
		// the callers called it on the value they pass, they know.
		if b := receiverBase(st); b != nil && b.Parent() != fr.target {
			return true
		}
	}
	return false
}

// storesPaths reports whether sts store more than one path: constant
// text beginning with a slash.
func (p *Program) storesPaths(sts []store) bool {
	var paths []string
	for _, st := range sts {
		c, ok := st.val.(*ssa.Const)
		if !ok || c.Value == nil || c.Value.Kind() != constant.String {
			continue
		}
		if text := constant.StringVal(c.Value); strings.HasPrefix(text, "/") && !slices.Contains(paths, text) {
			paths = append(paths, text)
		}
	}
	return len(paths) > 1
}

// receiverBase is the receiver a store writes a field of: the receiver
// itself, or the local copy of a value receiver (r.method = m; return r).
// Nil for a store into anything else.
func receiverBase(st store) *ssa.Parameter {
	var param *ssa.Parameter
	switch b := storeBase(st).(type) {
	case *ssa.Parameter:
		param = b
	case *ssa.Alloc:
		param = spilled(b)
	}
	if param == nil || !isReceiverOf(param) {
		return nil
	}
	return param
}

// isReceiverOf reports whether x is the receiver of its function.
func isReceiverOf(x *ssa.Parameter) bool {
	fn := x.Parent()
	return fn.Signature.Recv() != nil && len(fn.Params) > 0 && fn.Params[0] == x
}

// storedApartElsewhere reports whether field k is an exported field of a
// struct another package declares and stores a field of more than once (its
// constructors: endpoints.CallLog(acct) and endpoints.Token() each
// returning an Endpoint{Method, Path}): a caller holding the value one of
// them made knows which, through its effects.
func (p *Program) storedApartElsewhere(k fieldKey) bool {
	named, ok := k.typ.(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() == p.types || p.oracle.Std(named.Obj().Pkg().Path()) {
		return false
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok || k.field >= st.NumFields() || !st.Field(k.field).Exported() {
		return false
	}
	// The route field's fact tells for its siblings too (the method
	// beside the path): they were stored by the same constructors.
	for i := range st.NumFields() {
		if st.Field(i).Exported() && p.oracle.FieldStoreCount(st.Field(i)) > 1 {
			return true
		}
	}
	return false
}

// unexportedElsewhere reports whether field k is an unexported field of
// a struct another package declares: only that package's functions set
// it (a collection's base, by its constructor), so the package's own
// stores say nothing of it, and its callers, holding the objects those
// functions made, tell it. (An exported field's stores, in any package,
// are what route_fields pairs.)
func (p *Program) unexportedElsewhere(k fieldKey) bool {
	named, ok := k.typ.(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() == p.types || p.oracle.Std(named.Obj().Pkg().Path()) {
		return false
	}
	st, ok := named.Underlying().(*types.Struct)
	return ok && k.field < st.NumFields() && !st.Field(k.field).Exported()
}

// fromParameter reports whether a stored string (list, or URL) is made
// from a string (or list) parameter of the function that stores it (a
// constructor's template, a path it formats, segments appended, the
// server it parses): a caller tells it. One made from a field of a
// configuration its caller passes is no better known there.
func fromParameter(st store) bool {
	if st.fn == nil || !isString(st.val.Type()) && !isStringSlice(st.val.Type()) && !isURL(st.val.Type()) {
		return false
	}
	return madeOfParameter(st.val, st.fn, map[ssa.Value]bool{}, 0)
}

// madeOfParameter reports whether v is computed, in fn's registers, from
// a string parameter of fn: through calls, concatenations, conversions and
// phis, not through memory (a field, a configuration).
func madeOfParameter(v ssa.Value, fn *ssa.Function, seen map[ssa.Value]bool, depth int) bool {
	if depth > 8 || seen[v] {
		return false
	}
	seen[v] = true
	switch x := v.(type) {
	case *ssa.Parameter:
		return x.Parent() == fn && (isString(x.Type()) || isStringSlice(x.Type()))
	case *ssa.UnOp, *ssa.FieldAddr, *ssa.Field, *ssa.Global, *ssa.FreeVar, *ssa.Const:
		return false // memory, or no parameter
	}
	instr, ok := v.(ssa.Instruction)
	if !ok {
		return false
	}
	var buf [8]*ssa.Value
	for _, op := range instr.Operands(buf[:0]) {
		if *op != nil && madeOfParameter(*op, fn, seen, depth+1) {
			return true
		}
	}
	return false
}

// isParameter reports whether v is a parameter, converted or not.
func isParameter(v ssa.Value) bool {
	for {
		switch x := v.(type) {
		case *ssa.Parameter:
			return true
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Convert:
			v = x.X
		default:
			return false
		}
	}
}

// effectsOf is the Effects of the function a call invokes: the package's
// own, or what the client knows of another's.
func (ev *evaluation) effectsOf(common *ssa.CallCommon) (*Effects, bool) {
	callee := common.StaticCallee()
	if callee == nil {
		return nil, false
	}
	callee = unwrap(callee)
	if callee.Pkg == ev.p.pkg && len(callee.Blocks) > 0 {
		e := ev.p.effects(callee)
		return e, e != nil
	}
	obj, ok := callee.Object().(*types.Func)
	if !ok || ev.p.oracle == nil {
		return nil, false
	}
	e, ok := ev.p.oracle.Effects(obj.Origin())
	return &e, ok
}

// specializedEffects are the effects of a call of another package's
// function that passes constants, for those constants (a table read at
// the key the call names), if its package says.
func (ev *evaluation) specializedEffects(common *ssa.CallCommon, fr frame) (*Effects, bool) {
	callee := common.StaticCallee()
	if callee == nil || ev.p.oracle == nil {
		return nil, false
	}
	callee = unwrap(callee)
	obj, ok := callee.Object().(*types.Func)
	if !ok || callee.Pkg == ev.p.pkg {
		return nil, false
	}
	consts := ev.constArgs(common, fr)
	if len(consts) == 0 {
		return nil, false
	}
	e, ok := ev.p.oracle.SpecializedEffects(obj.Origin(), consts)
	return &e, ok
}

// instantiate fills a summary's templates in with a call's arguments: its
// parameters with their values, projections of them with what they hold
// at the call.
func (ev *evaluation) instantiate(tmpls []Str, common *ssa.CallCommon, at ssa.Instruction, fr frame, depth int) []Str {
	return ev.instantiateAs(tmpls, common, at, nil, nil, fr, depth)
}

// instantiateAs is instantiate with the receiver's projections read as
// recv's (the implementation's receiver, of an interface method call),
// when recv is not nil, and, when elems is not nil, the parameters from
// the variadic one's on as the variadic arguments elems.
func (ev *evaluation) instantiateAs(tmpls []Str, common *ssa.CallCommon, at ssa.Instruction, recv types.Type, elems []ssa.Value, fr frame, depth int) []Str {
	sig := common.Signature()
	first := sig.Params().Len() - 1 // the variadic parameter's index
	values := map[int][]Str{}
	arg := func(part Part) []Str {
		param := part.Param
		if got, ok := values[param]; ok {
			return got
		}
		out := unknownSet()
		if k, ok := formatIndexOf(param); ok {
			// A setter's fmt format: the caller's, each verb unknown.
			if v := argInSlot(common, k+1); v != nil {
				out = nil
				for _, f := range ev.values(v, fr, depth) {
					out = union(out, []Str{formatHoles(f)})
				}
			}
		} else if slot, index, method, ok := ProjectionOf(param); ok {
			if v := argInSlot(common, slot); v != nil && index == ElementIndex {
				out = ev.elementsOf(v, fr, depth)
			} else if v != nil && index == SelfIndex {
				out = ev.values(v, fr, depth)
			} else if v != nil && index == ResultIndex {
				out = ev.funcResults(v, fr, depth)
			} else if v != nil {
				t := SlotType(sig, slot)
				if slot == 0 && recv != nil {
					t = recv
				}
				out = ev.projection(v, t, index, method, at, fr, depth)
			}
		} else if slot, f, ok := OptionsOf(param); ok {
			// A constructor's struct after the options its caller
			// passes (NewRequest(opts...) of a summary's effects):
			// those of this call, run on what the field held before
			// (the part's Lit).
			if v := argInSlot(common, slot); v != nil {
				if vals, ok := ev.optionsOn(v, -1, f, []Str{Lit(part.Lit)}, fr, depth); ok {
					out = vals
				}
			}
		} else if elems != nil && param >= first {
			if i := param - first; i < len(elems) {
				out = ev.values(elems[i], fr, depth)
			}
		} else if v := argInSlot(common, param+1); v != nil {
			out = ev.values(v, fr, depth)
		}
		values[param] = out
		return out
	}
	var out []Str
	for _, tmpl := range tmpls {
		strs := []Str{{}}
		for _, part := range tmpl {
			next := []Str{{part}}
			if part.IsParam {
				next = arg(part)
			}
			strs = product(strs, next)
		}
		out = union(out, strs)
	}
	return bound(out)
}

// SlotType is the type of the parameter in a projection's slot of a
// signature (nil for none).
func SlotType(sig *types.Signature, slot int) types.Type {
	switch {
	case slot == 0 && sig.Recv() != nil:
		return sig.Recv().Type()
	case slot > 0 && slot-1 < sig.Params().Len():
		return sig.Params().At(slot - 1).Type()
	}
	return nil
}

// projection is what a projection of v holds at instruction at: field
// index of the struct it is or points to, or what method index of the
// interface type t returns.
func (ev *evaluation) projection(v ssa.Value, t types.Type, index int, method bool, at ssa.Instruction, fr frame, depth int) []Str {
	if !method {
		if types.IsInterface(v.Type()) && t != nil && !types.IsInterface(t) {
			return ev.boxedFieldAt(v, t, index, at, fr, depth) // an implementation's receiver
		}
		if !hasField(leafFields(v.Type()), index) {
			return unknownSet()
		}
		return ev.fieldAt(v, index, at, fr, depth)
	}
	iface, ok := typeOrNil(t).(*types.Interface)
	if !ok {
		return unknownSet()
	}
	sel, ok := MethodSelector(iface, index)
	if !ok {
		return unknownSet()
	}
	return ev.methodAt(v, sel, at, fr, depth)
}

func typeOrNil(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// methodAt is what method name of the interface value v returns at
// instruction at: the concrete method of each dynamic type v may hold,
// with its receiver's fields as v's value has them, or the projection of
// a parameter of the function asked about.
func (ev *evaluation) methodAt(v ssa.Value, name string, at ssa.Instruction, fr frame, depth int) []Str {
	if ev.steps++; depth > maxDepth || ev.steps > maxSteps {
		return ev.cutShort()
	}
	depth++
	switch x := v.(type) {
	case *ssa.MakeInterface:
		if types.IsInterface(x.X.Type()) {
			return ev.methodAt(x.X, name, at, fr, depth)
		}
		if ev.implPin != nil && !types.Identical(x.X.Type(), ev.implPin) {
			return nil // another implementation's value
		}
		return ev.concreteMethod(x.X.Type(), x.X, name, at, fr, depth)
	case *ssa.Call:
		return ev.returnedMethod(x, 0, name, fr, depth)
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			return ev.returnedMethod(call, x.Index, name, fr, depth)
		}
	case *ssa.ChangeInterface:
		return ev.methodAt(x.X, name, at, fr, depth)
	case *ssa.Phi:
		var out []Str
		for i, edge := range x.Edges {
			out = union(out, ev.methodAt(edge, name, edgeEnd(x, i), fr, depth))
		}
		return out
	case *ssa.Parameter:
		if o, ok := fr.objects[x]; ok {
			return ev.methodAt(o.v, name, o.at, o.fr, depth)
		}
		iface, ok := x.Type().Underlying().(*types.Interface)
		if ok && fr.bound == nil && fr.target != nil && x.Parent() == fr.target {
			base, r := splitSelector(name)
			for i := 0; i < iface.NumMethods() && i < maxMethods; i++ {
				if iface.Method(i).Name() == base {
					ev.dependent = true
					return []Str{{{Param: ParamMethodResult(slotOf(fr.target, x), i, r), IsParam: true}}}
				}
			}
		}
	}
	if !types.IsInterface(v.Type()) {
		return unknownSet()
	}
	// A value of the package's making, its conversions out of sight (a
	// struct field's stores), or one the flow cannot trace at all.
	if ts := ev.p.concreteTypes(v, map[ssa.Value]bool{}); ts != nil {
		var out []Str
		for _, t := range ts {
			if ev.implPin == nil || types.Identical(t, ev.implPin) {
				out = union(out, ev.concreteMethod(t, nil, name, at, fr, depth))
			}
		}
		return bound(out)
	}
	return ev.untracedMethod(v, name, fr, depth)
}

// returnedMethod is what method name of the interface value a call
// returns gives: the values the functions of the package it may invoke
// return (a closure making a request object), followed with their
// parameters bound to the call's arguments.
func (ev *evaluation) returnedMethod(call *ssa.Call, index int, name string, fr frame, depth int) []Str {
	fns, external := ev.p.callees(call.Common())
	if len(fns) == 0 || len(external) > 0 {
		return unknownSet()
	}
	var out []Str
	for _, fn := range fns {
		if len(fn.Blocks) == 0 {
			return unknownSet()
		}
		inner := ev.callFrame(fn, align(fn, call.Common()), call, fr, depth)
		for _, b := range fn.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && index < len(ret.Results) {
				out = union(out, ev.methodAt(ret.Results[index], name, ret, inner, depth))
			}
		}
	}
	return bound(out)
}

// concreteMethod is what method name of the concrete value x, of type t,
// returns: the package's method followed with its receiver's fields as x
// has them, or what the client knows of another package's. A nil x is any
// value of t: its fields hold what the package stores in them.
func (ev *evaluation) concreteMethod(t types.Type, x ssa.Value, sel string, at ssa.Instruction, fr frame, depth int) []Str {
	name, r := splitSelector(sel)
	obj, _, _ := types.LookupFieldOrMethod(t, true, ev.p.types, name)
	fn, ok := obj.(*types.Func)
	if !ok || fn.Signature().Params().Len() > 0 || fn.Signature().Results().Len() <= r || !isString(fn.Signature().Results().At(r).Type()) {
		return unknownSet()
	}
	var tmpls []Str
	if own := ev.p.funcs[fn]; own != nil && len(own.Blocks) > 0 {
		// In terms of its own receiver, within this question's budget.
		for _, b := range own.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > r {
				tmpls = union(tmpls, ev.values(ret.Results[r], frame{target: own}, depth))
			}
		}
	} else if r > 0 {
		known, ok := ev.p.oracle.ReturnsResult(fn.Origin(), r)
		if !ok {
			return unknownSet()
		}
		tmpls = known
	} else if known, ok := ev.p.oracle.Returns(fn.Origin(), -1); ok {
		tmpls = known
	} else {
		return unknownSet()
	}
	// The receiver's fields, as x holds them: x itself, or what it points to.
	out := []Str{}
	for _, tmpl := range bound(tmpls) {
		strs := []Str{{}}
		for _, part := range tmpl {
			next := []Str{{part}}
			if part.IsParam {
				next = unknownSet()
				if slot, f, method, ok := ProjectionOf(part.Param); ok && slot == 0 && !method && hasField(leafFields(t), f) {
					if x != nil {
						next = ev.fieldAt(x, f, at, fr, depth)
					} else {
						next = ev.fieldStores(structOf(t), f, fr, depth)
					}
				}
			}
			strs = product(strs, next)
		}
		out = union(out, strs)
	}
	return bound(out)
}

// stringFields are the indexes of the string fields of the struct t is or
// points to, of its *url.URL fields, followed as the text their String
// method gives (a client's base), and of its []string fields, followed
// joined (joinedlists.go); nil for none.
func stringFields(t types.Type) []int {
	st, ok := structOf(t).Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var out []int
	for i := 0; i < st.NumFields() && i < nestedBase; i++ {
		if t := st.Field(i).Type(); isString(t) || isURL(t) && isPointer(t) || isStringSlice(t) || isTypeParam(t) {
			out = append(out, i)
		}
	}
	return out
}

// isTypeParam reports whether t is a type parameter: a field of a
// generic struct holds a string where the struct is instantiated so.
func isTypeParam(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.TypeParam)
	return ok
}

// LeafFields are the string fields of the struct t is or points to,
// those of its struct-valued fields nested (nestedField): the fields a
// projection of a value of t may stand for.
func LeafFields(t types.Type) []int { return leafFields(t) }

// leafFields are stringFields of t, and those of the structs its fields
// hold by value (nestedField).
func leafFields(t types.Type) []int {
	out := stringFields(t)
	st, ok := structOf(t).Underlying().(*types.Struct)
	if !ok {
		return out
	}
	for g := 0; g < st.NumFields(); g++ {
		inner := st.Field(g).Type()
		if !isStructValue(inner) && !(isStructPointer(inner) && !isURL(inner)) {
			continue
		}
		for _, f := range stringFields(inner) {
			if n, ok := nestedField(g, f); ok {
				out = append(out, n)
			}
		}
	}
	return out
}

// isStructValue reports whether t is a struct, not a pointer to one.
func isStructValue(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// isStructPointer reports whether t is a pointer to a struct.
func isStructPointer(t types.Type) bool {
	ptr, ok := t.Underlying().(*types.Pointer)
	return ok && isStructValue(ptr.Elem())
}

func isPointer(t types.Type) bool {
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}

// declaredIn reports whether t, or what it points to, is a named type of
// pkg.
func declaredIn(t types.Type, pkg *types.Package) bool {
	named, ok := structOf(t).(*types.Named)
	return ok && named.Obj().Pkg() == pkg
}

func hasField(fields []int, f int) bool {
	for _, g := range fields {
		if g == f {
			return true
		}
	}
	return false
}

// isFieldParam reports whether s is field f of the receiver as it came.
func isFieldParam(s Str, f int) bool {
	for _, part := range s {
		if part.IsParam && part.Param == FieldParam(f) {
			return true
		}
	}
	return false
}

// edgeEnd is the last instruction of the block a phi's edge i comes
// from: where the edge's value is what the phi takes.
func edgeEnd(phi *ssa.Phi, i int) ssa.Instruction {
	pred := phi.Block().Preds[i]
	return pred.Instrs[len(pred.Instrs)-1]
}

// before reports whether instruction r may run before at: at is reachable
// from r, in the same function.
func before(r, at ssa.Instruction) bool {
	rb, ab := r.Block(), at.Block()
	if rb == nil || ab == nil || rb.Parent() != ab.Parent() {
		return false
	}
	if rb == ab && index(r) < index(at) {
		return true
	}
	seen := map[*ssa.BasicBlock]bool{}
	work := append([]*ssa.BasicBlock{}, rb.Succs...)
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if b == ab {
			return true
		}
		if !seen[b] {
			seen[b] = true
			work = append(work, b.Succs...)
		}
	}
	return false
}

// dominates reports whether r runs on every way to at.
func dominates(r, at ssa.Instruction) bool {
	rb, ab := r.Block(), at.Block()
	if rb == ab {
		return index(r) < index(at)
	}
	return rb.Dominates(ab)
}

func index(instr ssa.Instruction) int {
	for i, x := range instr.Block().Instrs {
		if x == instr {
			return i
		}
	}
	return -1
}

// opaque reports whether nothing of s is known.
func opaque(s Str) bool {
	for _, part := range s {
		if !part.Unknown {
			return false
		}
	}
	return true
}
