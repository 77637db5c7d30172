package flow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A call followed with a constant argument (an enum: c.Path(RouteCallLog),
// c.call(ctx, OpListExtensions, in)) binds its parameter to the constant,
// of any kind. Under that binding the callee is read as Go runs it: a map
// looked up or an array indexed by the parameter gives the one entry at
// that key, and a branch on the parameter (a switch over a scope) that
// cannot be taken is no way to a phi.

// constOf returns the constant v is in frame fr: a constant, a
// parameter the frame binds to one, or an element of a package-level
// table of constants at a constant index (defaultScope[r]), through
// conversions.
func (ev *evaluation) constOf(v ssa.Value, fr frame) (constant.Value, bool) {
	for range maxDepth {
		switch x := v.(type) {
		case *ssa.Const:
			return x.Value, x.Value != nil
		case *ssa.Parameter:
			c, ok := fr.consts[x]
			return c, ok
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Convert:
			v = x.X
		case *ssa.Call:
			// len of a list whose elements the frame binds: a variadic
			// call's arguments.
			if b, ok := x.Call.Value.(*ssa.Builtin); ok && b.Name() == "len" && len(x.Call.Args) == 1 {
				if n, ok := ev.listLen(x.Call.Args[0], fr); ok {
					return constant.MakeInt64(int64(n)), true
				}
			}
			return nil, false
		case *ssa.UnOp:
			ia, ok := x.X.(*ssa.IndexAddr)
			if x.Op != token.MUL || !ok {
				return nil, false
			}
			index, ok := ev.constOf(ia.Index, fr)
			if !ok {
				return nil, false
			}
			var found constant.Value
			for _, st := range storesAt(ev.tableStores(ia.X), index) {
				c, ok := st.val.(*ssa.Const)
				if !ok || c.Value == nil || found != nil && !sameConst(found, c.Value) {
					return nil, false
				}
				found = c.Value
			}
			return found, found != nil
		default:
			return nil, false
		}
	}
	return nil, false
}

// listLen is the length of list v in frame fr, when the frame binds its
// elements: a parameter, or a closure's free variable bound to one.
func (ev *evaluation) listLen(v ssa.Value, fr frame) (int, bool) {
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		v = load.X // a captured variable, read from its cell
	}
	if fv, ok := v.(*ssa.FreeVar); ok {
		o, bound := fr.free[fv]
		if !bound {
			return 0, false
		}
		v, fr = o.v, o.fr
		if cell, ok := v.(*ssa.Alloc); ok {
			// The one value stored there, and by no closure.
			stores := ev.p.allocStores[cell]
			if len(stores) != 1 {
				return 0, false
			}
			for _, captured := range ev.p.captured(cell) {
				if len(ev.p.allocStores[captured]) > 0 {
					return 0, false
				}
			}
			v = stores[0].val
		}
	}
	x, ok := v.(*ssa.Parameter)
	if !ok {
		return 0, false
	}
	if list, ok := ev.lists[x]; ok {
		return len(list), true
	}
	if b, ok := fr.lists[x]; ok {
		if b.strs != nil {
			return len(b.strs), true
		}
		return len(b.elems), true
	}
	return 0, false
}

// bindConsts binds in inner each parameter of fn whose argument is a
// constant in the caller's frame fr, and each interface parameter whose
// argument's concrete type is known (a string boxed as any).
func (ev *evaluation) bindConsts(inner *frame, fn *ssa.Function, args []ssa.Value, fr frame) {
	for i, param := range fn.Params {
		if i >= len(args) || args[i] == nil {
			continue
		}
		if c, ok := ev.constOf(args[i], fr); ok {
			if inner.consts == nil {
				inner.consts = map[*ssa.Parameter]constant.Value{}
			}
			inner.consts[param] = c
		}
		if t, ok := dynamicType(args[i], fr); ok && types.IsInterface(param.Type()) {
			if inner.dyn == nil {
				inner.dyn = map[*ssa.Parameter]types.Type{}
			}
			inner.dyn[param] = t
		}
	}
	if (inner.consts != nil || inner.dyn != nil || inner.objects != nil) && inner.reach == nil {
		reach := map[*ssa.Function]map[*ssa.BasicBlock]bool{}
		inner.reach = &reach
	}
}

// dynamicType is the concrete type of the value interface value v holds
// in frame fr, when it is known: a value boxed in place, or a parameter
// the frame binds to one.
func dynamicType(v ssa.Value, fr frame) (types.Type, bool) {
	switch x := v.(type) {
	case *ssa.MakeInterface:
		return x.X.Type(), true
	case *ssa.Parameter:
		t, ok := fr.dyn[x]
		return t, ok
	}
	return nil, false
}

// sameConst reports whether two constants are equal, of whatever kinds
// that compare.
func sameConst(a, b constant.Value) bool {
	if a == nil || b == nil || a.Kind() != b.Kind() && !(isNumeric(a) && isNumeric(b)) {
		return false
	}
	return constant.Compare(a, token.EQL, b)
}

func isNumeric(c constant.Value) bool {
	switch c.Kind() {
	case constant.Int, constant.Float, constant.Complex:
		return true
	}
	return false
}

// feasible reports whether the edge from pred to b may be taken under
// the frame's constants: pred is reachable, and if it branches on a
// comparison it can decide, the branch goes to b.
func (ev *evaluation) feasible(pred, b *ssa.BasicBlock, fr frame) bool {
	if fr.reach == nil {
		return true // nothing the frame binds decides a branch
	}
	reach := ev.reachable(pred.Parent(), fr)
	if !reach[pred] {
		return false
	}
	if taken, ok := ev.branch(pred, fr); ok {
		return taken == b
	}
	return true
}

// reachable returns the blocks of fn some run may reach under the
// frame's constants, once a frame.
func (ev *evaluation) reachable(fn *ssa.Function, fr frame) map[*ssa.BasicBlock]bool {
	if fr.reach == nil {
		return nil
	}
	if r, ok := (*fr.reach)[fn]; ok {
		return r
	}
	r := map[*ssa.BasicBlock]bool{}
	var visit func(b *ssa.BasicBlock)
	visit = func(b *ssa.BasicBlock) {
		if r[b] {
			return
		}
		r[b] = true
		if taken, ok := ev.branch(b, fr); ok {
			visit(taken)
			return
		}
		for _, s := range b.Succs {
			visit(s)
		}
	}
	if len(fn.Blocks) > 0 {
		visit(fn.Blocks[0])
	}
	if fn.Recover != nil {
		visit(fn.Recover)
	}
	(*fr.reach)[fn] = r
	return r
}

// branch returns the successor block b's if statement takes, when the
// frame's constants decide its condition.
func (ev *evaluation) branch(b *ssa.BasicBlock, fr frame) (*ssa.BasicBlock, bool) {
	if len(b.Instrs) == 0 || len(b.Succs) != 2 {
		return nil, false
	}
	ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !ok {
		return nil, false
	}
	if holds, ok := assertion(ifi.Cond, fr); ok {
		// A type switch's case, or v, ok := x.(T), on a value whose
		// concrete type the frame knows.
		if holds {
			return b.Succs[0], true
		}
		return b.Succs[1], true
	}
	if c, ok := ev.constOf(ifi.Cond, fr); ok && c.Kind() == constant.Bool {
		// A flag the call passes (withID bool).
		if constant.BoolVal(c) {
			return b.Succs[0], true
		}
		return b.Succs[1], true
	}
	cond, ok := ifi.Cond.(*ssa.BinOp)
	if !ok {
		return nil, false
	}
	switch cond.Op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
	default:
		return nil, false
	}
	if holds, ok := ev.emptyFieldTest(cond, fr); ok {
		// A string field of a followed call's object: empty or not, as
		// its values say.
		if holds {
			return b.Succs[0], true
		}
		return b.Succs[1], true
	}
	if holds, ok := ev.nilTest(cond, ifi, fr); ok {
		// A held pointer the frame's objects say is nil, or is not.
		if holds {
			return b.Succs[0], true
		}
		return b.Succs[1], true
	}
	x, okx := ev.constOf(cond.X, fr)
	y, oky := ev.constOf(cond.Y, fr)
	if !okx || !oky {
		return nil, false
	}
	var holds bool
	switch {
	case cond.Op == token.EQL || cond.Op == token.NEQ:
		holds = sameConst(x, y) == (cond.Op == token.EQL)
	case isNumeric(x) && isNumeric(y):
		holds = constant.Compare(x, cond.Op, y)
	default:
		return nil, false
	}
	if holds {
		return b.Succs[0], true
	}
	return b.Succs[1], true
}

// assertion reports whether cond, the ok of a type assertion on a value
// whose concrete type the frame knows, holds.
func assertion(cond ssa.Value, fr frame) (holds, ok bool) {
	ex, ok := cond.(*ssa.Extract)
	if !ok || ex.Index != 1 {
		return false, false
	}
	ta, ok := ex.Tuple.(*ssa.TypeAssert)
	if !ok {
		return false, false
	}
	t, ok := dynamicType(ta.X, fr)
	if !ok {
		return false, false
	}
	if iface, isIface := ta.AssertedType.Underlying().(*types.Interface); isIface {
		return types.Implements(t, iface), true
	}
	return types.Identical(t, ta.AssertedType), true
}

// constArgs are the constants a call passes, by position among the
// callee's parameters, its receiver first.
func (ev *evaluation) constArgs(common *ssa.CallCommon, fr frame) map[int]constant.Value {
	if common.IsInvoke() {
		return nil
	}
	var out map[int]constant.Value
	for i, a := range common.Args {
		if c, ok := ev.constOf(a, fr); ok {
			if out == nil {
				out = map[int]constant.Value{}
			}
			out[i] = c
		}
	}
	return out
}

// passesEnum reports whether a call passes an argument of a named type
// with a basic underlying type, not a string's: an enum, whose constant
// a followed call binds.
func passesEnum(common *ssa.CallCommon) bool {
	for _, a := range common.Args {
		if named, ok := types.Unalias(a.Type()).(*types.Named); ok {
			if b, ok := named.Underlying().(*types.Basic); ok && b.Info()&types.IsString == 0 {
				return true
			}
		}
	}
	return false
}

// Specialized gives what a function of the package returns with the
// parameters at the given positions (its receiver first) bound to
// constants, and variadic arguments (-1: none), each a parameter after
// the declared ones: what another package's call with those constants
// gets (an enum's route, c.Path(RouteCallLog); a route constant's method,
// routes.Account.For(id)). ok is false when a string it may return is
// wholly unknown.
func (p *Program) Specialized(obj *types.Func, consts map[int]constant.Value, variadic int) ([]Str, bool) {
	p.ensure(obj.Pos())
	defer p.answering()()
	if p.built(obj) == nil {
		return nil, false
	}
	ev, fr := p.start(obj)
	fn := fr.target
	if !p.bindConstants(&fr, fn, consts) {
		return nil, false
	}
	if variadic >= 0 {
		if !fn.Signature.Variadic() {
			return nil, false
		}
		ev.lists = variadicParams(fn, variadic)
	}
	var out []Str
	reach := ev.reachable(fn, fr)
	for _, ret := range returnsOf(fn) {
		if len(ret.Results) > 0 && reach[ret.Block()] {
			// Of the returns the constants leave (a switch on the
			// receiver takes its case).
			out = union(out, ev.values(ret.Results[0], fr, 0))
		}
	}
	out = bound(out)
	if len(out) == 0 || slices.ContainsFunc(out, func(s Str) bool { return !known(s) }) {
		return nil, false
	}
	return out, true
}

// bindConstants binds fn's parameters at consts' positions (its receiver
// first) in fr to those constants, a string's also as its text, for a run
// where they hold them: a switch on one takes its case, a table read at
// one its entry. ok is false for a position past fn's parameters.
func (p *Program) bindConstants(fr *frame, fn *ssa.Function, consts map[int]constant.Value) bool {
	reach := map[*ssa.Function]map[*ssa.BasicBlock]bool{}
	fr.bound, fr.consts, fr.reach = map[*ssa.Parameter][]Str{}, map[*ssa.Parameter]constant.Value{}, &reach
	for i, c := range consts {
		if i >= len(fn.Params) {
			return false
		}
		if p.bindConst(fr, fn.Params[i], c) {
			continue
		}
		if c.Kind() == constant.String {
			fr.bound[fn.Params[i]] = []Str{Lit(constant.StringVal(c))}
		}
	}
	return true
}

// maxDispatchConstants bounds the constants a parameter is dispatched on.
const maxDispatchConstants = 128

// DispatchParams gives, of a function of the package, the parameters
// (by index, its receiver first) its code compares with constants of a
// basic type, looks up in a package-level table whose keys are all
// constants or indexes an array with, or hands to a function of the
// package that does one of these with it (an enum's Path method switching
// on its receiver), and those constants: a dispatcher switching on an
// operation's name (switch op { case "listCallLog": ... }), or reading
// operations[op], takes one case for each. A parameter compared with more
// constants than the bound is left out.
func (p *Program) DispatchParams(obj *types.Func) map[int][]constant.Value {
	p.ensure(obj.Pos())
	defer p.answering()()
	fn := p.funcs[obj]
	if fn == nil {
		return nil
	}
	out := p.dispatchParams(fn, map[*ssa.Function]bool{})
	for i, cs := range out {
		if len(cs) > maxDispatchConstants {
			delete(out, i)
		}
	}
	return out
}

// dispatchParams is DispatchParams of fn, unbounded; seen holds the
// functions whose parameters are being found, a recursion's none.
func (p *Program) dispatchParams(fn *ssa.Function, seen map[*ssa.Function]bool) map[int][]constant.Value {
	if seen[fn] || len(seen) > maxDepth {
		return nil
	}
	seen[fn] = true
	defer delete(seen, fn)
	index := map[*ssa.Parameter]int{}
	for i, param := range fn.Params {
		if _, basic := param.Type().Underlying().(*types.Basic); basic || types.IsInterface(param.Type()) {
			index[param] = i
		}
	}
	out := map[int][]constant.Value{}
	if len(index) == 0 {
		return out
	}
	open := map[int]bool{}
	defer func() {
		// Any other concrete type takes the default of a switch whose
		// cases all name concrete types.
		for i, cs := range out {
			if !open[i] && types.IsInterface(fn.Params[i].Type()) && len(cs) > 0 && !slices.ContainsFunc(cs, func(v constant.Value) bool { return sameConst(v, TypeDefault) }) {
				out[i] = append(cs, TypeDefault)
			}
		}
	}()
	add := func(i int, c constant.Value) {
		if !slices.ContainsFunc(out[i], func(v constant.Value) bool { return sameConst(v, c) }) {
			out[i] = append(out[i], c)
		}
	}
	indexed := func(x ssa.Value) (int, bool) {
		param, ok := x.(*ssa.Parameter)
		if !ok {
			return 0, false
		}
		i, ok := index[param]
		return i, ok
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.TypeAssert:
				// A type switch's case on an interface parameter.
				if i, ok := indexed(instr.X); ok && instr.CommaOk {
					if types.IsInterface(instr.AssertedType) {
						open[i] = true // a type the switch cannot name takes it
					} else {
						add(i, p.typeCase(instr.AssertedType))
					}
				}
			case *ssa.BinOp:
				if instr.Op != token.EQL && instr.Op != token.NEQ {
					continue
				}
				param, c := compared(instr)
				if i, ok := index[param]; ok && c != nil && c.Value != nil && !emptyString(c.Value) {
					add(i, c.Value)
				}
			case *ssa.Lookup:
				i, ok := indexed(instr.Index)
				if !ok {
					continue
				}
				keys, ok := p.tableKeys(instr.X)
				if !ok {
					continue
				}
				for _, k := range keys {
					add(i, k)
				}
			case *ssa.IndexAddr:
				// names[e] of an array of names: each index in range.
				if i, ok := indexed(instr.Index); ok {
					if n, ok := arrayLen(instr.X.Type()); ok && n <= maxDispatchConstants {
						for k := range n {
							add(i, constant.MakeInt64(k))
						}
					}
				}
			case *ssa.Call:
				callee := instr.Call.StaticCallee()
				if callee == nil {
					continue
				}
				if origin := callee.Origin(); origin != nil {
					callee = origin // a generic function's, for its instance
				}
				var dispatched func() map[int][]constant.Value
				switch obj, _ := callee.Object().(*types.Func); {
				case callee.Pkg == fn.Pkg && callee.Blocks != nil && len(instr.Call.Args) == len(callee.Params):
					dispatched = func() map[int][]constant.Value { return p.dispatchParams(callee, seen) }
				case obj != nil && obj.Pkg() != nil && obj.Pkg() != p.types:
					// Another package's enum method, or dispatcher, its
					// facts say (its arguments: the receiver first).
					dispatched = func() map[int][]constant.Value { return p.oracle.Dispatched(obj.Origin()) }
				default:
					continue
				}
				var inner map[int][]constant.Value
				for j, a := range instr.Call.Args {
					i, ok := indexed(a)
					if !ok {
						continue
					}
					if inner == nil {
						inner = dispatched()
					}
					for _, c := range inner[j] {
						add(i, c)
					}
				}
			}
		}
	}
	return out
}

// emptyString reports whether c is "": a parameter compared with it is
// tested for a value (an optional query), not dispatched on.
func emptyString(c constant.Value) bool {
	return c.Kind() == constant.String && constant.StringVal(c) == ""
}

// arrayLen is the length of an array, or of the array a pointer points
// to; ok is false for another type.
func arrayLen(t types.Type) (int64, bool) {
	if ptr, ok := t.Underlying().(*types.Pointer); ok {
		t = ptr.Elem()
	}
	arr, ok := t.Underlying().(*types.Array)
	if !ok {
		return 0, false
	}
	return arr.Len(), true
}

// tableKeys returns the keys of the package-level map m is loaded from,
// when the package sets it once, to a map whose keys are constants: a
// literal's, or those of the objects a loop keys its entries by.
func (p *Program) tableKeys(m ssa.Value) ([]constant.Value, bool) {
	load, ok := m.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, false
	}
	g, ok := load.X.(*ssa.Global)
	if !ok || len(p.globalStores[g]) != 1 {
		return nil, false
	}
	var updates []*ssa.MapUpdate
	for base, us := range p.mapUpdates {
		if p.sameRoot(base, m) {
			updates = append(updates, us...)
		}
	}
	slices.SortFunc(updates, func(a, b *ssa.MapUpdate) int { return int(a.Pos() - b.Pos()) })
	var keys []constant.Value
	for _, u := range updates {
		c, ok := u.Key.(*ssa.Const)
		if !ok {
			// An entry keyed by what it holds (index[r.Action] = r).
			ks, ok := p.keyedKeys(u)
			if !ok {
				return nil, false
			}
			keys = append(keys, ks...)
			continue
		}
		if c.Value == nil {
			return nil, false
		}
		keys = append(keys, c.Value)
	}
	return keys, len(keys) > 0
}

// compared returns the parameter and the constant a comparison compares,
// if it compares one with the other.
func compared(cmp *ssa.BinOp) (*ssa.Parameter, *ssa.Const) {
	if param, ok := cmp.X.(*ssa.Parameter); ok {
		c, _ := cmp.Y.(*ssa.Const)
		return param, c
	}
	if param, ok := cmp.Y.(*ssa.Parameter); ok {
		c, _ := cmp.X.(*ssa.Const)
		return param, c
	}
	return nil, nil
}

// StringsWithConsts is Strings in a run where parameters of target (by
// index, its receiver first) hold the given constants: a switch on one
// takes its case, a comparison its outcome.
func (p *Program) StringsWithConsts(e ast.Expr, target *types.Func, consts map[int]constant.Value) ([]Str, bool) {
	return p.strings(e, target, func(ev *evaluation, fr *frame) {
		ev.local = map[memoKey][]Str{}
		if fr.target == nil {
			return
		}
		fr.consts = map[*ssa.Parameter]constant.Value{}
		for i, c := range consts {
			if i < len(fr.target.Params) {
				p.bindConst(fr, fr.target.Params[i], c)
			}
		}
		reach := map[*ssa.Function]map[*ssa.BasicBlock]bool{}
		fr.reach = &reach
	})
}

// Type cases. A function that switches on the concrete type of an
// interface parameter (switch cmd := cmd.(type) { case ListCallLog: ...})
// dispatches on it as on an enum: each case's type is one of its
// constants, written as a string no Go constant spells (TypeCase), and a
// call passing a value of that type (Execute(ctx, rc.ListCallLog{...}))
// passes it. Bound, the parameter's concrete type is that type: the
// switch takes its case (assertion).

// typeCasePrefix begins a type case's text.
const typeCasePrefix = "\x00type "

// TypeCase is the constant that stands for a value of concrete type t
// passed for an interface parameter.
func TypeCase(t types.Type) constant.Value {
	return constant.MakeString(typeCasePrefix + types.TypeString(t, nil))
}

// TypeDefault is the type case of any concrete type a switch whose cases
// all name concrete types does not name: its default.
var TypeDefault = constant.MakeString(typeCasePrefix + "default")

// otherType is the concrete type TypeDefault binds: identical to none a
// case names.
var otherType = types.NewNamed(types.NewTypeName(token.NoPos, nil, "default", nil), types.NewStruct(nil, nil), nil)

// IsTypeCase reports whether text, as constant.Value.ExactString writes
// a constant, is a type case's.
func IsTypeCase(text string) bool {
	s, err := strconv.Unquote(text)
	return err == nil && strings.HasPrefix(s, typeCasePrefix)
}

// typeCase is TypeCase of t, remembered so that a binding finds the type
// again.
func (p *Program) typeCase(t types.Type) constant.Value {
	c := TypeCase(t)
	if p.typeCases == nil {
		p.typeCases = map[string]types.Type{}
	}
	p.typeCases[constant.StringVal(c)] = t
	return c
}

// bindConst binds param in fr to c: an interface parameter to the type a
// type case names, as its concrete type (reporting true), anything else
// to the constant.
func (p *Program) bindConst(fr *frame, param *ssa.Parameter, c constant.Value) bool {
	if types.IsInterface(param.Type()) && c.Kind() == constant.String && strings.HasPrefix(constant.StringVal(c), typeCasePrefix) {
		t, ok := p.typeCases[constant.StringVal(c)]
		if constant.StringVal(c) == constant.StringVal(TypeDefault) {
			t, ok = otherType, true
		}
		if ok {
			if fr.dyn == nil {
				fr.dyn = map[*ssa.Parameter]types.Type{}
			}
			fr.dyn[param] = t
		}
		return true
	}
	fr.consts[param] = c
	return false
}

// ReachedWithConsts returns whether each call of target's may run where
// target's parameters (by index, its receiver first) hold the given
// constants: false for a call in a case they do not take. A call the
// flow cannot place may.
func (p *Program) ReachedWithConsts(target *types.Func, consts map[int]constant.Value) func(call *ast.CallExpr) bool {
	p.ensure(target.Pos())
	defer p.answering()()
	ev, fr := p.start(target)
	if fr.target == nil || !p.bindConstants(&fr, fr.target, consts) {
		return func(*ast.CallExpr) bool { return true }
	}
	reach := ev.reachable(fr.target, fr)
	return func(call *ast.CallExpr) bool {
		instr, ok := p.calls[call.Lparen]
		return !ok || instr.Parent() != fr.target || reach == nil || reach[instr.Block()]
	}
}
