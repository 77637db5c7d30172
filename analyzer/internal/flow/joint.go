package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// The flow is field-sensitive, not object-sensitive: a field read off a
// struct it cannot trace to one object (an element of a table ranged
// over, a job taken from a list) is whatever the package stores in the
// field, object by object merged. Two fields read together lose their
// pairing: over {GET, /presence} and {DELETE, /message/1}, the method is
// GET or DELETE and the route either. A joint question pins the objects
// instead: the expressions are evaluated once for each object of the
// struct type they read, with the stores into its fields limited to that
// object's, so each answer is one object's method beside the same
// object's route.

// maxJointObjects bounds the objects a joint question pins, one
// evaluation each.
const maxJointObjects = 256

// A pin limits the stores into the fields of one struct type to those
// into one object: the composite literal, element of a literal list, or
// variable the stores write.
type pin struct {
	typ  types.Type
	base ssa.Value
}

// A Question is one of the values a joint question reads: Expr's, or,
// when Call is set, field Field of the struct Call passes in Slot (a
// wrapper whose template reads its argument's field, beside another
// argument: fetch(st, route) with st.method and route read off one
// element of a table).
type Question struct {
	Expr        ast.Expr
	Call        *ast.CallExpr
	Slot, Field int
}

// An asked question is a Question in the program's registers.
type asked struct {
	v     ssa.Value
	at    ssa.Instruction // where a field is read; nil for a value
	field int
}

// answer evaluates the question in ev.
func (a asked) answer(ev *evaluation, fr frame) []Str {
	if a.at == nil {
		return ev.values(a.v, fr, 0)
	}
	return bound(ev.fieldAt(a.v, a.field, a.at, fr, 0))
}

// ask resolves qs to the program's registers; ok is false when one is
// not in the program.
func (p *Program) ask(qs []Question) ([]asked, bool) {
	for _, q := range qs {
		if q.Call != nil {
			p.ensure(q.Call.Pos())
		} else {
			p.ensure(q.Expr.Pos())
		}
	}
	as := make([]asked, len(qs))
	for i, q := range qs {
		if q.Call != nil {
			instr, arg, ok := p.slotArg(q.Call, q.Slot)
			if !ok || !hasField(leafFields(arg.Type()), q.Field) {
				return nil, false
			}
			as[i] = asked{v: arg, at: instr, field: q.Field}
			continue
		}
		v, ok := p.exprs[ast.Unparen(q.Expr)]
		if !ok {
			return nil, false
		}
		as[i] = asked{v: v}
	}
	return as, true
}

// Joint gives the values of several questions of one function read
// together, object by object: each group holds one value set a
// question, of one object of the struct type their fields are read
// from. A field an object never sets is no value (nil), not the empty
// string: the client tells what its zero stands for. ok is false when
// the questions share no struct type of several objects, or there are
// too many to pin.
func (p *Program) Joint(qs []Question, target *types.Func) ([][][]Str, bool) {
	as, ok := p.ask(qs)
	if !ok {
		return nil, false
	}
	defer p.answering()()
	vs := make([]ssa.Value, len(as))
	values := true
	for i, a := range as {
		vs[i] = a.v
		values = values && a.at == nil
	}
	if values {
		if groups, ok := p.implementationGroups(vs, target); ok {
			return groups, true
		}
	}
	readers := map[types.Type]int{}
	for _, a := range as {
		ev, fr := p.start(target)
		ev.consulted = map[types.Type]bool{}
		ev.local = map[memoKey][]Str{}
		a.answer(ev, fr)
		for t := range ev.consulted {
			readers[t]++
		}
	}
	var shared []types.Type
	for t, n := range readers {
		if n > 1 {
			shared = append(shared, t)
		}
	}
	if len(shared) != 1 {
		// No objects of one type to pair: the branches of one merge
		// may be (a switch setting method and path in each case).
		return p.jointBranches(as, target)
	}
	typ := shared[0]
	bases := p.objectsRead(typ, as)
	if len(bases) < 2 || len(bases) > maxJointObjects {
		return nil, false
	}
	return p.pinnedGroups(as, target, len(bases), func(ev *evaluation, k int) { ev.pin = &pin{typ, bases[k]} }), true
}

// implementationGroups are the groups of vs when they read methods of one
// interface value the flow cannot trace (method, path := a.Route() of an
// action off a queue): one for each implementation in sight, its method
// beside its own path. ok is false when they read no such value, or more
// than one.
func (p *Program) implementationGroups(vs []ssa.Value, target *types.Func) ([][][]Str, bool) {
	var recv ssa.Value
	for _, v := range vs {
		r, ok := p.methodReceiver(v, 0)
		if !ok || recv != nil && r != recv {
			return nil, false
		}
		recv = r
	}
	if recv == nil || p.concreteTypes(recv, map[ssa.Value]bool{}) != nil {
		return nil, false
	}
	if _, isParam := recv.(*ssa.Parameter); isParam {
		return nil, false // a projection: the callers know which value
	}
	impls := p.implementations(recv.Type())
	if len(impls) == 0 {
		return nil, false
	}
	var groups [][][]Str
	as := make([]asked, len(vs))
	for i, v := range vs {
		as[i] = asked{v: v}
	}
	for _, g := range p.pinnedGroups(as, target, len(impls), func(ev *evaluation, k int) { ev.implPin = impls[k] }) {
		if !anyEmpty(g) {
			groups = append(groups, g)
		}
	}
	return groups, len(groups) > 0
}

// methodReceiver is the one interface value whose methods v is computed
// from (a method's result, or text made of it), nil for none; ok is false
// when v reads methods of several values.
func (p *Program) methodReceiver(v ssa.Value, depth int) (ssa.Value, bool) {
	if depth > 8 {
		return nil, false
	}
	var operands []ssa.Value
	switch x := v.(type) {
	case *ssa.Extract:
		operands = []ssa.Value{x.Tuple}
	case *ssa.Call:
		if x.Call.IsInvoke() {
			if len(x.Call.Args) == 0 && types.IsInterface(x.Call.Value.Type()) {
				return x.Call.Value, true
			}
			return nil, false
		}
		operands = x.Call.Args
	case *ssa.BinOp:
		operands = []ssa.Value{x.X, x.Y}
	case *ssa.ChangeType:
		operands = []ssa.Value{x.X}
	case *ssa.Convert:
		operands = []ssa.Value{x.X}
	}
	var recv ssa.Value
	for _, op := range operands {
		r, ok := p.methodReceiver(op, depth+1)
		if !ok || r != nil && recv != nil && r != recv {
			return nil, false
		}
		if r != nil {
			recv = r
		}
	}
	return recv, true
}

// pinnedGroups answers as n times, the k-th time each with an
// evaluation pin set up apart from the program's memo: a group of value
// sets a pin.
func (p *Program) pinnedGroups(as []asked, target *types.Func, n int, pin func(ev *evaluation, k int)) [][][]Str {
	groups := make([][][]Str, n)
	for k := range n {
		groups[k] = make([][]Str, len(as))
		for i, a := range as {
			ev, fr := p.start(target)
			pin(ev, k)
			ev.local = map[memoKey][]Str{}
			groups[k][i] = a.answer(ev, fr)
		}
	}
	return groups
}

// pinnedFuncs are the functions a call of a function-typed field of the
// pinned object may invoke: those the object stores in the field (a
// step's build closure, each step its own). ok is false for a call of
// anything else.
func (ev *evaluation) pinnedFuncs(common *ssa.CallCommon) (calleeSet, bool) {
	if ev.pin == nil || common.IsInvoke() {
		return calleeSet{}, false
	}
	var k fieldKey
	switch x := common.Value.(type) {
	case *ssa.Field:
		k = fieldKey{structOf(x.X.Type()), x.Field}
	case *ssa.UnOp:
		fa, ok := x.X.(*ssa.FieldAddr)
		if !ok || x.Op != token.MUL {
			return calleeSet{}, false
		}
		k = fieldKey{structOf(fa.X.Type()), fa.Field}
	default:
		return calleeSet{}, false
	}
	if k.typ != ev.pin.typ {
		return calleeSet{}, false
	}
	var out calleeSet
	for _, st := range ev.p.objectStores(k, ev.pin.base) {
		for _, fn := range ev.p.funcValues(st.val, map[ssa.Value]bool{}, 0) {
			out.add(ev.p, fn)
		}
	}
	return out, true
}

// objectsOf returns the objects the package stores string fields of typ
// into, in the order of the stores: a struct literal, an element of a
// literal list, a variable. It is nil when a store writes through a
// pointer the package got from elsewhere (a setter's receiver, an
// option's closure): which object that is, only its callers know, and
// the fields' holes pair their stores (route_fields in the analyzer).
func (p *Program) objectsOf(typ types.Type) []ssa.Value {
	var out []ssa.Value
	seen := map[ssa.Value]bool{}
	for _, f := range stringFields(typ) {
		for _, st := range p.fieldStores[fieldKey{typ, f}] {
			base := storeBase(st)
			if !madeHere(base) {
				return nil
			}
			if !seen[base] {
				seen[base] = true
				out = append(out, base)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b ssa.Value) int { return int(a.Pos() - b.Pos()) })
	return out
}

// elementField is field f of an element of a list (for _, t := range
// topics { t.Render(...) }): what the objects the list may hold store in
// it, not every object of the type. ok is false when the objects of the
// type are not all made in the package, or are too many to tell apart,
// or the list holds more values than a set.
func (ev *evaluation) elementField(elem *ssa.IndexAddr, f int, fr frame, depth int) ([]Str, bool) {
	typ := structOf(elem.Type())
	if !hasField(stringFields(typ), f) || ev.pin != nil || ev.consulted != nil {
		return nil, false // a joint question pins the objects itself
	}
	bases := ev.p.objectsOf(typ)
	if len(bases) == 0 || len(bases) > maxJointObjects {
		return nil, false
	}
	containers := []ssa.Value{elem.X}
	// The variables stored whole into the list's elements ([]Endpoint{a,
	// b}): a variable is held by no list but by those.
	stored := map[ssa.Value]bool{}
	for base, sts := range ev.p.elemStores {
		if ev.p.sameRoot(base, elem.X) {
			for _, st := range sts {
				objs, ok := ev.p.storedObjects(loadOf(st.val), bases)
				if !ok {
					return nil, false // an element made otherwise: any object may be it
				}
				for _, o := range objs {
					stored[o] = true
				}
			}
		}
	}
	var objs []ssa.Value
	for _, b := range bases {
		if _, literal := b.(*ssa.IndexAddr); literal && ev.p.heldBy(b, containers) || !literal && stored[b] {
			objs = append(objs, b)
		}
	}
	if len(objs) == 0 {
		return nil, false
	}
	valuesOf := func(g int) []Str {
		k := fieldKey{typ, g}
		var out []Str
		for _, o := range objs {
			sts := ev.p.objectStores(k, o)
			if len(sts) == 0 {
				out = union(out, []Str{{}}) // a literal that leaves it unset
				continue
			}
			out = union(out, ev.stored(sts, fr, depth))
		}
		return out
	}
	out := valuesOf(f)
	if len(out) > maxValues {
		// A table: its stores, object by object, are the client's to
		// pair where they are written (the field's hole).
		return nil, false
	}
	if len(out) > 1 {
		for _, g := range stringFields(typ) {
			if g == f {
				continue
			}
			if vals := valuesOf(g); len(vals) > maxValues || slices.ContainsFunc(vals, func(s Str) bool { return s == nil || whollyUnknown(s) }) {
				return nil, false // a sibling the list leaves open: the same
			}
		}
	}
	return out, true
}

// storedObjects are the objects among bases that variable v holds: v
// itself, or what is stored into it whole (var msg = Endpoint{...} is a
// literal's copy). ok is false when it may hold another.
func (p *Program) storedObjects(v ssa.Value, bases []ssa.Value) ([]ssa.Value, bool) {
	if v == nil {
		return nil, false
	}
	if slices.Contains(bases, v) {
		return []ssa.Value{v}, true
	}
	var sts []store
	switch v := v.(type) {
	case *ssa.Global:
		sts = p.globalStores[v]
	case *ssa.Alloc:
		sts = p.allocStores[v]
	}
	var out []ssa.Value
	for _, st := range sts {
		if o := loadOf(st.val); o != nil && slices.Contains(bases, o) {
			out = append(out, o)
			continue
		}
		return nil, false
	}
	return out, len(out) > 0
}

// objectsRead are the objects of typ the questions may read: those the
// lists and maps they read objects out of may hold, when they read them
// out of such only.
func (p *Program) objectsRead(typ types.Type, as []asked) []ssa.Value {
	bases := p.objectsOf(typ)
	if containers := p.readContainers(as, typ); len(containers) > 0 {
		bases = slices.DeleteFunc(bases, func(b ssa.Value) bool { return !p.heldBy(b, containers) })
	}
	return bases
}

// objectStores are the stores of field k into object base.
func (p *Program) objectStores(k fieldKey, base ssa.Value) []store {
	var sts []store
	for _, st := range p.fieldStores[k] {
		if storeBase(st) == base {
			sts = append(sts, st)
		}
	}
	return sts
}

// storeBase is the object a store into a field writes: the struct the
// field's address is taken of.
func storeBase(st store) ssa.Value {
	s, ok := st.at.(*ssa.Store)
	if !ok {
		return nil
	}
	fa, ok := s.Addr.(*ssa.FieldAddr)
	if !ok {
		return nil
	}
	return fa.X
}

// pinnedStores is what the pinned object holds in a field: its stores'
// values, or no value for a field it never sets.
func (ev *evaluation) pinnedStores(k fieldKey, fr frame, depth int) []Str {
	sts := ev.p.objectStores(k, ev.pin.base)
	if len(sts) == 0 {
		return nil
	}
	return ev.stored(sts, fr, depth)
}

// readContainers returns the lists and maps the questions read objects
// of typ out of (an element of a table ranged over, an entry looked up),
// in their function's registers; nil when one reads an object of typ
// from anything else (a parameter, a variable): every object may be it.
func (p *Program) readContainers(as []asked, typ types.Type) []ssa.Value {
	var out []ssa.Value
	other := false
	for _, a := range as {
		if a.at != nil && structOf(a.v.Type()) == typ {
			// A field of the object the question is about: a copy of
			// it a variable holds (a range loop's) is what the
			// variable is stored.
			obj := a.v
			if addr := loadOf(obj); addr != nil {
				if _, variable := addr.(*ssa.Alloc); variable {
					obj = addr
				}
			}
			if cs := containersOf(obj); cs != nil {
				out = append(out, cs...)
			} else {
				other = true
			}
			continue
		}
		walkOperands(a.v, func(v ssa.Value) bool {
			var obj ssa.Value
			switch x := v.(type) {
			case *ssa.Field:
				obj = x.X
			case *ssa.FieldAddr:
				obj = x.X
			}
			if obj == nil || structOf(obj.Type()) != typ {
				return !other
			}
			if cs := containersOf(obj); cs != nil {
				out = append(out, cs...)
			} else {
				other = true
			}
			return false
		})
	}
	if other {
		return nil
	}
	return out
}

// containersOf returns the lists and maps an object is read out of: by
// containerOf, or into the variable it is (a range loop's, whose address
// a field read takes) by each store; nil for any other object.
func containersOf(obj ssa.Value) []ssa.Value {
	alloc, ok := obj.(*ssa.Alloc)
	if !ok {
		if c := containerOf(obj); c != nil {
			return []ssa.Value{c}
		}
		return nil
	}
	var out []ssa.Value
	for _, r := range *alloc.Referrers() {
		st, ok := r.(*ssa.Store)
		if !ok || st.Addr != alloc {
			continue
		}
		c := containerOf(st.Val)
		if c == nil {
			return nil
		}
		out = append(out, c)
	}
	return out
}

// containerOf returns the list or map an object is read out of: an
// element loaded (or addressed) at an index, a map's entry looked up or
// ranged over; nil for any other object.
func containerOf(obj ssa.Value) ssa.Value {
	if load, ok := obj.(*ssa.UnOp); ok && load.Op == token.MUL {
		obj = load.X
	}
	switch x := obj.(type) {
	case *ssa.IndexAddr:
		return x.X
	case *ssa.Index:
		return x.X
	case *ssa.Lookup:
		return x.X
	case *ssa.Extract:
		switch t := x.Tuple.(type) {
		case *ssa.Lookup:
			return t.X
		case *ssa.Next:
			if r, ok := t.Iter.(*ssa.Range); ok {
				return r.X
			}
		}
	}
	return nil
}

// heldBy reports whether object base may be in one of the containers: an
// element of a list literal whose array they view, a struct stored in a
// map they view or at an index of a list they view, or one handed
// anywhere else (an append, a call), which may be anywhere.
func (p *Program) heldBy(base ssa.Value, containers []ssa.Value) bool {
	views := func(alloc ssa.Value) bool {
		for _, c := range containers {
			for r := range p.rootsOf(c) {
				if r == alloc || loadOf(r) == alloc {
					return true // an array variable is copied whole
				}
			}
			if loadOf(c) == alloc {
				return true
			}
		}
		return false
	}
	if ia, ok := base.(*ssa.IndexAddr); ok {
		return views(ia.X)
	}
	refs := base.Referrers()
	if refs == nil {
		return true
	}
	for _, r := range *refs {
		load, ok := r.(*ssa.UnOp)
		if !ok || load.Op != token.MUL {
			continue
		}
		lrefs := load.Referrers()
		if lrefs == nil {
			continue
		}
		for _, lr := range *lrefs {
			switch u := lr.(type) {
			case *ssa.MapUpdate:
				if views(u.Map) {
					return true
				}
			case *ssa.Store:
				if ia, ok := u.Addr.(*ssa.IndexAddr); !ok || views(ia.X) {
					return true
				}
			case *ssa.DebugRef:
			default:
				return true
			}
		}
	}
	return false
}

// loadOf is the address v loads a value from, or nil.
func loadOf(v ssa.Value) ssa.Value {
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		return load.X
	}
	return nil
}

// madeHere reports whether v is memory the package makes for an object:
// a variable or a literal's, an element of an array or a package-level
// array.
func madeHere(v ssa.Value) bool {
	switch x := v.(type) {
	case *ssa.Alloc, *ssa.Global:
		return true
	case *ssa.IndexAddr:
		return madeHere(x.X)
	}
	return false
}

// A request's method and route set together in each branch (switch op {
// case "...": method, tmpl = "GET", "/restapi/..." }) meet in phis of one
// block: each branch into it is one request, its method beside its own
// route. jointBranches evaluates the expressions once for each edge into
// the block whose phis both read, every phi of the block taking that
// edge's value only.

// A branchPin limits the phis of one block to one of its edges.
type branchPin struct {
	block *ssa.BasicBlock
	pred  int
}

// jointBranches is Joint by the edges into a block whose phis two of the
// expressions read; ok is false when there is none.
func (p *Program) jointBranches(as []asked, target *types.Func) ([][][]Str, bool) {
	readers := map[*ssa.BasicBlock]int{}
	for _, a := range as {
		for b := range phiBlocks(a.v) {
			readers[b]++
		}
	}
	var block *ssa.BasicBlock
	for b, n := range readers {
		if n > 1 && (block == nil || b.Index < block.Index) {
			block = b
		}
	}
	if block == nil || len(block.Preds) < 2 || len(block.Preds) > maxJointObjects {
		return nil, false
	}
	return p.pinnedGroups(as, target, len(block.Preds), func(ev *evaluation, k int) { ev.onEdge = &branchPin{block, k} }), true
}

// phiBlocks returns the blocks of the phis v is computed from in its
// function's registers (through calls' arguments, not memory).
func phiBlocks(v ssa.Value) map[*ssa.BasicBlock]bool {
	out := map[*ssa.BasicBlock]bool{}
	walkOperands(v, func(v ssa.Value) bool {
		if phi, ok := v.(*ssa.Phi); ok {
			out[phi.Block()] = true
		}
		u, load := v.(*ssa.UnOp)
		return !load || u.Op != token.MUL // not through memory
	})
	return out
}

// walkOperands calls visit with v and the values it is computed from in
// its function's registers, depth first, each once, as long as visit
// returns true for the value whose operands come next.
func walkOperands(v ssa.Value, visit func(ssa.Value) bool) {
	seen := map[ssa.Value]bool{}
	var walk func(v ssa.Value, depth int)
	walk = func(v ssa.Value, depth int) {
		if seen[v] || depth > maxDepth {
			return
		}
		seen[v] = true
		if !visit(v) {
			return
		}
		instr, ok := v.(ssa.Instruction)
		if !ok {
			return
		}
		var buf [8]*ssa.Value
		for _, op := range instr.Operands(buf[:0]) {
			if *op != nil {
				walk(*op, depth+1)
			}
		}
	}
	walk(v, 0)
}

// otherEdge reports whether edge i of phi x is another branch than the
// one a joint question pins.
func (ev *evaluation) otherEdge(x *ssa.Phi, i int) bool {
	return ev.onEdge != nil && ev.onEdge.block == x.Block() && ev.onEdge.pred != i
}

// JointProjection is Projection of several fields of the argument in
// slot, read together: one group of value sets for each edge into the
// block of a merge the argument comes from (a builder assigned a GET of
// one route in one branch, a DELETE of another in the other), each
// field's values that edge's. ok is false when the argument comes from
// no merge.
func (p *Program) JointProjection(call *ast.CallExpr, slot int, fields []int, want types.Type, target *types.Func) ([][][]Str, bool) {
	p.ensure(call.Pos())
	defer p.answering()()
	instr, arg, ok := p.slotArg(call, slot)
	if !ok {
		return nil, false
	}
	boxed := types.IsInterface(arg.Type()) && want != nil && !types.IsInterface(want)
	if !boxed && !hasField(stringFields(arg.Type()), fields[0]) {
		return nil, false
	}
	var block *ssa.BasicBlock
	for b := range phiBlocks(arg) {
		if block == nil || b.Index < block.Index {
			block = b
		}
	}
	if block == nil || len(block.Preds) < 2 || len(block.Preds) > maxJointObjects {
		return nil, false
	}
	groups := make([][][]Str, len(block.Preds))
	for k := range groups {
		groups[k] = make([][]Str, len(fields))
		for i, f := range fields {
			ev, fr := p.start(target)
			ev.defers = true
			ev.onEdge = &branchPin{block, k}
			ev.local = map[memoKey][]Str{}
			if boxed {
				groups[k][i] = bound(ev.boxedFieldAt(arg, want, f, instr, fr, 0))
			} else {
				groups[k][i] = bound(ev.fieldAt(arg, f, instr, fr, 0))
			}
		}
	}
	return groups, true
}
