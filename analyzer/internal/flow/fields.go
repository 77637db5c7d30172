package flow

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Receiver fields. A request builder keeps the method and path in fields
// of its receiver, set by setter methods and read where the request is
// sent: c.NewCall().Method(m).Path(p).Do(ctx). What the package stores in
// a field (fieldStores) is every call's at once; when another package
// calls the setters, it is open. So the flow is also object-sensitive
// along the value the methods are called on:
//   - a method whose receiver's field is open reads it as a parameter of
//     its own, FieldParam(f): a caller fills it in with what the field
//     holds at the call (ReceiverField);
//   - what a field holds at a call is the last setting of it on the way:
//     a store to it, a method of the package whose effects set it (a
//     setter), or else what the value was made with: a constructor's or a
//     chained setter's result, whose fields Effects gives;
//   - Effects summarizes a function in those terms, so that a fact can
//     carry it to the packages that call it.

// fieldParamBase is where the parameters that stand for fields of the
// receiver begin: no function declares that many parameters.
const fieldParamBase = 256

// FieldParam is the Param that stands for field f of the receiver of the
// function a value is in terms of.
func FieldParam(f int) int { return fieldParamBase + f }

// ReceiverFieldOf reports which field of the receiver a Param stands for.
func ReceiverFieldOf(param int) (int, bool) {
	if param >= fieldParamBase {
		return param - fieldParamBase, true
	}
	return 0, false
}

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
}

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
	var recv *ssa.Parameter
	var recvFields []int
	if fn.Signature.Recv() != nil && len(fn.Params) > 0 {
		if recvFields = stringFields(fn.Params[0].Type()); recvFields != nil {
			recv = fn.Params[0]
		}
	}
	// A result of another package's type (an *http.Response) is no
	// request builder of the package's.
	var resFields []int
	if res := fn.Signature.Results(); res.Len() > 0 && declaredIn(res.At(0).Type(), p.types) {
		resFields = stringFields(res.At(0).Type())
	}
	if recv == nil && resFields == nil {
		return nil
	}
	ev := &evaluation{p: p, visiting: map[memoKey]bool{}}
	fr := frame{target: fn, summary: true}
	e := &Effects{Receiver: map[int][]Str{}}
	if resFields != nil {
		e.Result = map[int][]Str{}
	}
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		if resFields != nil && len(ret.Results) > 0 {
			for _, f := range resFields {
				e.Result[f] = bound(union(e.Result[f], ev.fieldAt(ret.Results[0], f, ret, fr, 0)))
			}
		}
		for _, f := range recvFields {
			e.Receiver[f] = bound(union(e.Receiver[f], ev.fieldAt(recv, f, ret, fr, 0)))
		}
	}
	for f, vals := range e.Receiver {
		if len(vals) == 1 && isFieldParam(vals[0], f) {
			delete(e.Receiver, f) // as it came
		}
	}
	p.effectsMemo[fn] = e
	return e
}

// ReceiverField gives what field f of the receiver of the method call
// holds when it is made, in terms of target's parameters; ok is false
// when call is no call of a method on a pointer to a struct.
func (p *Program) ReceiverField(call *ast.CallExpr, f int, target *types.Func) ([]Str, bool) {
	p.ensure(call.Pos())
	defer p.answering()()
	instr, ok := p.calls[call.Lparen]
	if !ok {
		return nil, false
	}
	common := instr.Common()
	if common.IsInvoke() || common.Signature().Recv() == nil || len(common.Args) == 0 {
		return nil, false
	}
	recv := common.Args[0]
	if !hasField(stringFields(recv.Type()), f) {
		return nil, false
	}
	var fn *ssa.Function
	if target != nil {
		fn = p.funcs[target]
	}
	ev := &evaluation{p: p, visiting: map[memoKey]bool{}}
	return bound(ev.fieldAt(recv, f, instr, frame{target: fn}, 0)), true
}

// fieldAt is what field f of the struct obj points to holds at
// instruction at: the settings of it on obj that may come before at, and
// what obj was made with unless a setting on every way to at replaced it.
func (ev *evaluation) fieldAt(obj ssa.Value, f int, at ssa.Instruction, fr frame, depth int) []Str {
	if ev.steps++; depth > maxDepth || ev.steps > maxSteps {
		return unknownSet()
	}
	depth++
	var out []Str
	replaced := false
	if refs := obj.Referrers(); refs != nil {
		for _, r := range *refs {
			vals, always, ok := ev.setting(r, obj, f, fr, depth)
			if !ok || r == at || !before(r, at) {
				continue
			}
			out = union(out, vals)
			replaced = replaced || (always && dominates(r, at))
		}
	}
	if !replaced {
		out = union(out, ev.madeWith(obj, f, at, fr, depth))
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
	case *ssa.FieldAddr:
		if r.Field != f || r.X != obj {
			return nil, false, false
		}
		for _, u := range *r.Referrers() {
			if st, ok := u.(*ssa.Store); ok && st.Addr == r {
				// The store, not the address, is where the field is set.
				return ev.values(st.Val, fr, depth), true, true
			}
		}
		return nil, false, false
	case ssa.CallInstruction:
		common := r.Common()
		if common.IsInvoke() || len(common.Args) == 0 || common.Args[0] != obj || common.Signature().Recv() == nil {
			if handsOn(common, obj) {
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
		tmpl, sets := e.Receiver[f]
		if !sets {
			return nil, false, false
		}
		always = true
		for _, s := range tmpl {
			always = always && !isFieldParam(s, f)
		}
		return ev.instantiate(tmpl, common, r, fr, depth), always, true
	}
	return nil, false, false
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

// madeWith is what field f of the struct obj points to held when obj was
// made: by a constructor or a chained method (their Effects), a new
// struct (zero), the receiver of a function others call (its FieldParam),
// or else whatever the package stores in the field.
func (ev *evaluation) madeWith(obj ssa.Value, f int, at ssa.Instruction, fr frame, depth int) []Str {
	switch x := obj.(type) {
	case *ssa.Alloc:
		return []Str{{}}
	case *ssa.Call:
		if out, ok := ev.resultField(x, f, fr, depth); ok {
			return out
		}
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
			if out, ok := ev.resultField(call, f, fr, depth); ok {
				return out
			}
		}
	case *ssa.Phi:
		var out []Str
		for i, edge := range x.Edges {
			pred := x.Block().Preds[i]
			out = union(out, ev.fieldAt(edge, f, pred.Instrs[len(pred.Instrs)-1], fr, depth))
		}
		return out
	case *ssa.Parameter:
		if ev.isTargetReceiver(x, fr) && (fr.summary || ev.openField(x, f, fr, depth)) {
			ev.dependent = true
			return []Str{{{Param: FieldParam(f), IsParam: true}}}
		}
	}
	return ev.fieldStores(structOf(obj.Type()), f, fr, depth)
}

// resultField is what field f of the struct a call's first result points
// to holds, by the callee's effects.
func (ev *evaluation) resultField(call *ssa.Call, f int, fr frame, depth int) ([]Str, bool) {
	e, ok := ev.effectsOf(call.Common())
	if !ok || e.Result == nil {
		return nil, false
	}
	tmpl, ok := e.Result[f]
	if !ok {
		return nil, false
	}
	return ev.instantiate(tmpl, call.Common(), call, fr, depth), true
}

// receiverFieldParam is the FieldParam a load of field f of x stands for,
// when x is the receiver of the function asked about and the package's
// stores leave the field open (a setter's parameter, which a caller in
// another package fills in): its callers know better. A caller that
// cannot tell either falls back on the stores (ReceiverField).
func (ev *evaluation) receiverFieldParam(x ssa.Value, f int, fr frame, depth int) ([]Str, bool) {
	param, ok := x.(*ssa.Parameter)
	if !ok || fr.bound != nil || !ev.isTargetReceiver(param, fr) || !hasField(stringFields(x.Type()), f) {
		return nil, false
	}
	if !ev.openField(param, f, fr, depth) {
		return nil, false
	}
	ev.dependent = true
	return []Str{{{Param: FieldParam(f), IsParam: true}}}, true
}

// isTargetReceiver reports whether x is the receiver of the function asked
// about.
func (ev *evaluation) isTargetReceiver(x *ssa.Parameter, fr frame) bool {
	fn := fr.target
	return fn != nil && x.Parent() == fn && fn.Signature.Recv() != nil && len(fn.Params) > 0 && fn.Params[0] == x
}

// openField reports whether what the package stores in field f of the
// struct x points to leaves it open: some value is unknown.
func (ev *evaluation) openField(x ssa.Value, f int, fr frame, depth int) bool {
	for _, s := range ev.fieldStores(structOf(x.Type()), f, frame{target: fr.target}, depth) {
		for _, part := range s {
			if part.Unknown {
				return true
			}
		}
	}
	return false
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

// instantiate fills a summary's templates in with a call's arguments: its
// parameters with their values, the fields of its receiver with what they
// hold at the call.
func (ev *evaluation) instantiate(tmpls []Str, common *ssa.CallCommon, at ssa.Instruction, fr frame, depth int) []Str {
	args := common.Args
	var recv ssa.Value
	if common.Signature().Recv() != nil && len(args) > 0 {
		recv, args = args[0], args[1:]
	}
	values := map[int][]Str{}
	arg := func(param int) []Str {
		if got, ok := values[param]; ok {
			return got
		}
		var out []Str
		if f, ok := ReceiverFieldOf(param); ok {
			out = unknownSet()
			if recv != nil {
				out = ev.fieldAt(recv, f, at, fr, depth)
			}
		} else if param < len(args) {
			out = ev.values(args[param], fr, depth)
		} else {
			out = unknownSet()
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
				next = arg(part.Param)
			}
			strs = product(strs, next)
		}
		out = union(out, strs)
	}
	return bound(out)
}

// stringFields are the indexes of the string fields of the struct t is or
// points to (nil for none).
func stringFields(t types.Type) []int {
	st, ok := structOf(t).Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var out []int
	for i := 0; i < st.NumFields() && i < fieldParamBase; i++ {
		if isString(st.Field(i).Type()) {
			out = append(out, i)
		}
	}
	return out
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
