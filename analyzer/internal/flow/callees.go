package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Callees returns the functions a dynamic call may invoke (an interface
// method, a function value, a method value, a function-typed field), as
// their declared objects: the package's own whose values reach the call,
// and, for an interface, the implementations the client knows outside it.
// A call the package's SSA form does not have gives none.
func (p *Program) Callees(call *ast.CallExpr) []*types.Func {
	if p.notCall(call) {
		return nil
	}
	p.ensure(call.Pos())
	defer p.answering()()
	instr, ok := p.calls[call.Lparen]
	if !ok {
		return nil
	}
	fns, external := p.callees(instr.Common())
	var out []*types.Func
	seen := map[*types.Func]bool{}
	for _, fn := range fns {
		if obj, ok := fn.Object().(*types.Func); ok && !seen[obj] {
			seen[obj] = true
			out = append(out, obj)
		}
	}
	for _, obj := range external {
		if !seen[obj] {
			seen[obj] = true
			out = append(out, obj)
		}
	}
	return out
}

// Unseen reports whether the package's SSA form has the call and shows no
// function at all it may invoke, named or anonymous: an interface method
// no implementation of which is in sight, a function value from
// elsewhere. Conversions, builtins and function literals are no such call.
func (p *Program) Unseen(call *ast.CallExpr) bool {
	if p.notCall(call) {
		return false
	}
	p.ensure(call.Pos())
	defer p.answering()()
	instr, ok := p.calls[call.Lparen]
	if !ok {
		return false
	}
	common := instr.Common()
	if common.IsInvoke() {
		fns, external := p.callees(common)
		return len(fns)+len(external) == 0
	}
	if _, ok := common.Value.(*ssa.Builtin); ok {
		return false
	}
	return len(p.funcValues(common.Value, map[ssa.Value]bool{}, 0)) == 0
}

// notCall reports whether a call expression is a conversion or a call of
// a builtin: no function is called, and its code need not be built.
func (p *Program) notCall(call *ast.CallExpr) bool {
	tv := p.info.Types[call.Fun]
	return tv.IsType() || tv.IsBuiltin()
}

// maxCalleeNesting bounds the questions about callees asked while
// answering one: a function value returned by a call asks the callees of
// that call, whose function value may be returned by another.
const maxCalleeNesting = 16

// A calleeSet is the answer so far to a callees question being answered.
type calleeSet struct {
	fns       []*ssa.Function
	external  []*types.Func
	reentered bool // the question was asked again while answered
}

// add adds the function fn calls through its wrappers: the package's
// own with a body, or another's by its object.
func (c *calleeSet) add(p *Program, fn *ssa.Function) {
	fn = unwrap(fn)
	if fn.Pkg == p.pkg && len(fn.Blocks) > 0 {
		c.fns = append(c.fns, fn)
	} else if obj, ok := fn.Object().(*types.Func); ok {
		c.external = append(c.external, obj)
	}
}

// callees returns the functions of the package a call may invoke, and
// the functions outside it. A question asked again while it is being
// answered (a call whose function value it returns itself, as a state
// machine's "for s != nil { s = s() }") has the answer so far, and the
// question is answered again until that answer grows no more; a question
// asked too deep has none.
func (p *Program) callees(common *ssa.CallCommon) ([]*ssa.Function, []*types.Func) {
	if cur, ok := p.calleesBusy[common]; ok {
		cur.reentered = true
		return cur.fns, cur.external
	}
	if p.calleeNesting >= maxCalleeNesting {
		return nil, nil
	}
	if p.calleeNesting == 0 {
		p.calleeRounds = 0
	}
	cur := &calleeSet{}
	p.calleesBusy[common] = cur
	p.calleeNesting++
	defer func() {
		p.calleeNesting--
		delete(p.calleesBusy, common)
	}()
	for range maxCalleeRounds {
		// Rounds of nested questions multiply: all of one outermost
		// question's are bounded as its values are.
		if p.calleeRounds++; p.calleeRounds > maxSteps {
			break
		}
		cur.reentered = false
		fns, external := p.calleesOf(common)
		fns, external = uniq(fns), uniq(external)
		grew := len(fns) > len(cur.fns) || len(external) > len(cur.external)
		cur.fns, cur.external = fns, external
		if !cur.reentered || !grew {
			break
		}
	}
	return cur.fns, cur.external
}

// maxCalleeRounds bounds the rounds of a callees question that meets
// itself.
const maxCalleeRounds = 4

// uniq drops the repeats of a list, keeping the first of each.
func uniq[T comparable](l []T) []T {
	var out []T
	for _, x := range l {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func (p *Program) calleesOf(common *ssa.CallCommon) (fns []*ssa.Function, external []*types.Func) {
	var set calleeSet
	if fn := common.StaticCallee(); fn != nil {
		set.add(p, fn)
		return set.fns, set.external
	}
	if common.IsInvoke() {
		iface, ok := common.Value.Type().Underlying().(*types.Interface)
		if !ok {
			return nil, nil
		}
		name := common.Method.Name()
		for _, t := range p.concreteTypes(common.Value, map[ssa.Value]bool{}) {
			if fn := p.method(t, name); fn != nil {
				set.add(p, fn)
			}
		}
		if len(set.fns)+len(set.external) > 0 {
			return set.fns, set.external
		}
		// Where the dynamic type does not show, every implementation the
		// package and the client know.
		for _, m := range p.pkg.Members {
			if t, ok := m.(*ssa.Type); ok {
				for _, typ := range []types.Type{t.Type(), types.NewPointer(t.Type())} {
					if types.Implements(typ, iface) {
						if fn := p.method(typ, name); fn != nil {
							set.add(p, fn)
						}
						break
					}
				}
			}
		}
		return set.fns, append(set.external, p.oracle.Implementations(iface, name)...)
	}
	for _, fn := range p.funcValues(common.Value, map[ssa.Value]bool{}, 0) {
		set.add(p, fn)
	}
	return set.fns, set.external
}

// method is typ's method of that name, as the SSA program has it.
func (p *Program) method(typ types.Type, name string) *ssa.Function {
	mset := p.pkg.Prog.MethodSets.MethodSet(typ)
	for i := 0; i < mset.Len(); i++ {
		if sel := mset.At(i); sel.Obj().Name() == name {
			return p.pkg.Prog.MethodValue(sel)
		}
	}
	return nil
}

// unwrap sees through the wrappers SSA makes for bound methods (a method
// value), method expressions, promoted methods and instances of generic
// functions, to the function they call.
func unwrap(fn *ssa.Function) *ssa.Function {
	for i := 0; i < 4 && isWrapper(fn); i++ {
		var inner *ssa.Function
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if c, ok := instr.(ssa.CallInstruction); ok {
					inner = c.Common().StaticCallee()
				}
			}
		}
		if inner == nil {
			return fn
		}
		fn = inner
	}
	if fn.Origin() != nil {
		return fn.Origin()
	}
	return fn
}

// isWrapper reports whether fn is a wrapper SSA makes, which calls the
// function it wraps: not a package initializer, nor the body of a range
// over a function, synthetic too.
func isWrapper(fn *ssa.Function) bool {
	s := fn.Synthetic
	return strings.HasPrefix(s, "bound method wrapper") || strings.HasPrefix(s, "thunk") ||
		strings.HasPrefix(s, "wrapper") || strings.HasPrefix(s, "instantiation wrapper")
}

// concreteTypes returns the dynamic types an interface value may hold, as
// its conversions show; none when any source does not show it.
func (p *Program) concreteTypes(v ssa.Value, seen map[ssa.Value]bool) []types.Type {
	if seen[v] || len(seen) > 64 {
		return nil
	}
	seen[v] = true
	switch x := v.(type) {
	case *ssa.MakeInterface:
		if types.IsInterface(x.X.Type()) {
			return p.concreteTypes(x.X, seen)
		}
		return []types.Type{x.X.Type()}
	case *ssa.ChangeInterface:
		return p.concreteTypes(x.X, seen)
	case *ssa.Phi:
		var out []types.Type
		for _, e := range x.Edges {
			ts := p.concreteTypes(e, seen)
			if ts == nil {
				return nil
			}
			out = append(out, ts...)
		}
		return out
	}
	var out []types.Type
	for _, src := range p.sources(v, seen, 0) {
		ts := p.concreteTypes(src, seen)
		if ts == nil {
			return nil
		}
		out = append(out, ts...)
	}
	return out
}

// funcValues returns the functions a function value may be.
func (p *Program) funcValues(v ssa.Value, seen map[ssa.Value]bool, depth int) []*ssa.Function {
	var out []*ssa.Function
	p.eachFuncValue(v, seen, depth, func(fn *ssa.Function, _ *ssa.MakeClosure) { out = append(out, fn) })
	return out
}

// eachFuncValue calls visit with each function a function value may be,
// and the closure that makes it (nil for a function named).
func (p *Program) eachFuncValue(v ssa.Value, seen map[ssa.Value]bool, depth int, visit func(*ssa.Function, *ssa.MakeClosure)) {
	if seen[v] || depth > maxDepth {
		return
	}
	seen[v] = true
	switch x := v.(type) {
	case *ssa.Function:
		visit(x, nil)
		return
	case *ssa.MakeClosure:
		if fn, ok := x.Fn.(*ssa.Function); ok {
			visit(fn, x)
		}
		return
	case *ssa.Phi:
		for _, e := range x.Edges {
			p.eachFuncValue(e, seen, depth+1, visit)
		}
		return
	case *ssa.ChangeType:
		p.eachFuncValue(x.X, seen, depth+1, visit)
		return
	case *ssa.MakeInterface:
		p.eachFuncValue(x.X, seen, depth+1, visit)
		return
	case *ssa.TypeAssert:
		p.eachFuncValue(x.X, seen, depth+1, visit)
		return
	}
	for _, src := range p.sources(v, seen, depth) {
		p.eachFuncValue(src, seen, depth+1, visit)
	}
}

// A boundCall is a call of a method value as the method's static call,
// the receiver first, and where the method value was made: its facts
// read the receiver's fields as they were there.
type boundCall struct {
	common *ssa.CallCommon
	at     *ssa.MakeClosure
}

// boundCalls are the calls a call of a function value makes of methods
// of other packages bound to a receiver (a URL builder's b.At handed to a
// pager). Nil for a call of anything else.
func (p *Program) boundCalls(common *ssa.CallCommon) map[*types.Func][]boundCall {
	if common.IsInvoke() || common.StaticCallee() != nil {
		return nil
	}
	var out map[*types.Func][]boundCall
	p.eachFuncValue(common.Value, map[ssa.Value]bool{}, 0, func(fn *ssa.Function, mc *ssa.MakeClosure) {
		method := unwrap(fn)
		obj, ok := method.Object().(*types.Func)
		if mc == nil || len(mc.Bindings) != 1 || method == fn || method.Pkg == p.pkg || !ok || obj.Signature().Recv() == nil {
			return
		}
		if out == nil {
			out = map[*types.Func][]boundCall{}
		}
		c := &ssa.CallCommon{Value: method, Args: append([]ssa.Value{mc.Bindings[0]}, common.Args...)}
		out[obj.Origin()] = append(out[obj.Origin()], boundCall{c, mc})
	})
	return out
}

// sources are the values v was copied from, through memory and calls: the
// stores a load may read, the arguments a parameter may be, the values a
// closure binds, what a called function of the package returns.
func (p *Program) sources(v ssa.Value, seen map[ssa.Value]bool, depth int) []ssa.Value {
	switch x := v.(type) {
	case *ssa.UnOp:
		if x.Op == token.MUL {
			return p.storedAt(x.X, seen, depth)
		}
	case *ssa.Parameter:
		return p.argumentsFor(x)
	case *ssa.FreeVar:
		return p.bindings(x)
	case *ssa.Field:
		return storeValues(p.fieldStores[fieldKey{structOf(x.X.Type()), x.Field}])
	case *ssa.Extract:
		switch t := x.Tuple.(type) {
		case *ssa.Call:
			return p.returned(t, x.Index)
		case *ssa.Next:
			// A map ranged over: its values (the key is index 1).
			if rng, ok := t.Iter.(*ssa.Range); ok && x.Index == 2 && !t.IsString {
				return p.mapValues(rng.X)
			}
		case *ssa.Lookup:
			if x.Index == 0 {
				return p.mapValues(t.X)
			}
		}
	case *ssa.Lookup:
		return p.mapValues(x.X)
	case *ssa.Call:
		return p.returned(x, 0)
	}
	return nil
}

// mapValues are the values the package puts in the maps m may be: a
// table of handlers or views, built in place or at package level.
func (p *Program) mapValues(m ssa.Value) []ssa.Value {
	if _, ok := m.Type().Underlying().(*types.Map); !ok {
		return nil
	}
	var out []ssa.Value
	for root := range p.rootsOf(m) {
		for _, u := range p.mapUpdates[root] {
			out = append(out, u.Value)
		}
	}
	return out
}

// storedAt are the values stored at an address.
func (p *Program) storedAt(addr ssa.Value, seen map[ssa.Value]bool, depth int) []ssa.Value {
	switch a := addr.(type) {
	case *ssa.Global:
		return storeValues(p.globalStores[a])
	case *ssa.FieldAddr:
		return storeValues(p.fieldStores[fieldKey{structOf(a.X.Type()), a.Field}])
	case *ssa.Alloc:
		return storeValues(p.allocStores[a])
	case *ssa.IndexAddr:
		var out []ssa.Value
		for base, sts := range p.elemStores {
			if p.sameRoot(base, a.X) {
				out = append(out, storeValues(sts)...)
			}
		}
		return out
	case *ssa.FreeVar:
		var out []ssa.Value
		for _, b := range p.bindings(a) {
			out = append(out, p.storedAt(b, seen, depth+1)...)
		}
		return out
	}
	return nil
}

func storeValues(sts []store) []ssa.Value {
	out := make([]ssa.Value, len(sts))
	for i, st := range sts {
		out[i] = st.val
	}
	return out
}

// returned are the values a call's function of the package returns at
// result index.
func (p *Program) returned(call *ssa.Call, index int) []ssa.Value {
	fns, _ := p.callees(call.Common())
	var out []ssa.Value
	for _, fn := range fns {
		for _, b := range fn.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && index < len(ret.Results) {
				out = append(out, ret.Results[index])
			}
		}
	}
	return out
}

// bindings are the values the package's closures bind to a free variable.
func (p *Program) bindings(fv *ssa.FreeVar) []ssa.Value {
	fn := fv.Parent()
	i := -1
	for j, f := range fn.FreeVars {
		if f == fv {
			i = j
		}
	}
	var out []ssa.Value
	for _, mc := range p.closures[fn] {
		if i >= 0 && i < len(mc.Bindings) {
			out = append(out, mc.Bindings[i])
		}
	}
	return out
}

// capturedParam returns the parameter every closure binds a free
// variable to, through enclosing closures' free variables: the parameter
// itself, or the variable it is spilled to when the closure captures it
// (a load of the free variable is then the parameter); nil when one binds
// anything else.
func (p *Program) capturedParam(v ssa.Value) *ssa.Parameter {
	load := false
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		v, load = u.X, true
	}
	for depth := 0; depth < maxDepth; depth++ {
		fv, ok := v.(*ssa.FreeVar)
		if !ok {
			return nil
		}
		bs := p.bindings(fv)
		if len(bs) == 0 || slices.ContainsFunc(bs[1:], func(b ssa.Value) bool { return b != bs[0] }) {
			return nil
		}
		switch b := bs[0].(type) {
		case *ssa.Parameter:
			if load {
				return nil
			}
			return b
		case *ssa.Alloc:
			if !load {
				return nil
			}
			return spilledParam(p, b)
		case *ssa.FreeVar:
			v = b
		default:
			return nil
		}
	}
	return nil
}

// spilledParam returns the parameter a variable holds when the only
// store into it is the parameter's, as SSA spills a parameter a closure
// captures; nil otherwise.
func spilledParam(p *Program, alloc *ssa.Alloc) *ssa.Parameter {
	sts := p.allocStores[alloc]
	if len(sts) != 1 {
		return nil
	}
	param, _ := sts[0].val.(*ssa.Parameter)
	return param
}

// captured returns the free variables of the package's closures that
// are bound to a variable, directly or through enclosing closures.
func (p *Program) captured(v ssa.Value) []*ssa.FreeVar {
	var out []*ssa.FreeVar
	work := []ssa.Value{v}
	for len(work) > 0 && len(out) < maxSteps {
		x := work[len(work)-1]
		work = work[:len(work)-1]
		for _, fv := range p.captures[x] {
			if !slices.Contains(out, fv) {
				out = append(out, fv)
				work = append(work, fv)
			}
		}
	}
	return out
}

// sameRoot reports whether two references (slices, maps, channels,
// pointers) may share the allocation they view.
func (p *Program) sameRoot(a, b ssa.Value) bool {
	ra := p.rootsOf(a)
	for r := range p.rootsOf(b) {
		if ra[r] {
			return true
		}
	}
	return false
}

// maxRootNesting bounds the questions about roots asked while answering
// one: a load from an element asks which slices share its root, which
// asks of their loads in turn.
const maxRootNesting = 16

// rootsOf returns the allocations a reference may view, memoized; a
// question asked again while it is being answered (a cycle), or too deep,
// has none.
func (p *Program) rootsOf(v ssa.Value) map[ssa.Value]bool {
	if r, ok := p.rootsMemo[v]; ok {
		return r
	}
	if p.rootsBusy[v] || p.rootNesting >= maxRootNesting {
		return nil
	}
	p.rootsBusy[v] = true
	p.rootNesting++
	r := p.roots(v, map[ssa.Value]bool{}, 0)
	p.rootNesting--
	delete(p.rootsBusy, v)
	p.rootsMemo[v] = r
	return r
}

// roots returns the allocations a reference may view, following it back
// through slicing, conversions, phis, memory and calls.
func (p *Program) roots(v ssa.Value, seen map[ssa.Value]bool, depth int) map[ssa.Value]bool {
	out := map[ssa.Value]bool{}
	var walk func(v ssa.Value, depth int)
	walk = func(v ssa.Value, depth int) {
		if seen[v] || depth > maxDepth {
			return
		}
		seen[v] = true
		switch x := v.(type) {
		case *ssa.Slice:
			walk(x.X, depth+1)
		case *ssa.ChangeType:
			walk(x.X, depth+1)
		case *ssa.MakeInterface:
			walk(x.X, depth+1)
		case *ssa.TypeAssert:
			walk(x.X, depth+1)
		case *ssa.Phi:
			for _, e := range x.Edges {
				walk(e, depth+1)
			}
		case *ssa.Call:
			if b, ok := x.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" {
				// The result views the slice appended to, or a new
				// array holding both.
				for _, a := range x.Call.Args {
					walk(a, depth+1)
				}
				return
			}
			srcs := p.sources(v, seen, depth)
			if len(srcs) == 0 {
				out[v] = true
			}
			for _, s := range srcs {
				walk(s, depth+1)
			}
		default:
			srcs := p.sources(v, seen, depth)
			if len(srcs) == 0 {
				out[v] = true
			}
			for _, s := range srcs {
				walk(s, depth+1)
			}
		}
	}
	walk(v, depth)
	return out
}
