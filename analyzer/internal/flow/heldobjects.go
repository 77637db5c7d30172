package flow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Structs held by structs, object by object. A path builder keeps its
// parent in a field and renders itself recursively:
//
//	type node struct{ parent *node; seg, id string }
//	func (n *node) path() string {
//		p := "/" + n.seg
//		if n.parent != nil { p = n.parent.path() + p }
//		return p
//	}
//	func (n *node) child(seg, id string) node { return node{parent: n, seg: seg, id: id} }
//
// What n.parent.seg holds is the seg of the node n's parent field points
// to, not of every node the package makes; and whether n.parent is nil
// decides the branch, so that the chain ends at its root and not at every
// node. heldObjects answers which structs a field of a struct holds, or
// points to, at an instruction: the values stored in it on the way, or
// what its struct was made with (a literal that leaves it nil, a followed
// constructor's result, a followed call's argument), each with the frame
// to read its own fields in. Where it cannot tell, the caller falls back
// on the stores of the field in every struct of its type.

// heldObjects is what field f of the struct base points to (or, for a
// struct value, is) holds at instruction at. ok is false when the flow
// cannot tell; an empty list with ok is a nil pointer.
func (ev *evaluation) heldObjects(base ssa.Value, f int, at ssa.Instruction, fr frame, depth int) ([]object, bool) {
	if ev.steps++; depth > maxDepth || ev.steps > maxSteps {
		return nil, false
	}
	depth++
	if isPointer(base.Type()) {
		if objs, replaced, ok := ev.storedObjects(base, f, at, fr, depth); !ok || replaced {
			return objs, ok
		}
	}
	switch x := base.(type) {
	case *ssa.Alloc:
		// A literal that sets no such field: a nil pointer, or a zero
		// struct whose fields are the zero value.
		if t := fieldType(base.Type(), f); t != nil && isPointer(t) {
			return nil, true
		}
	case *ssa.Parameter:
		if o, ok := fr.objects[x]; ok {
			return ev.heldObjects(o.v, f, o.at, o.fr, depth)
		}
	case *ssa.UnOp:
		if x.Op != token.MUL {
			break
		}
		if !isPointer(x.Type()) {
			return ev.heldObjects(x.X, f, x, fr, depth) // a struct value loaded
		}
		if fa, ok := x.X.(*ssa.FieldAddr); ok {
			return ev.throughHolder(fa, f, x, fr, depth) // a pointer another struct holds
		}
	case *ssa.FieldAddr:
		return ev.throughHolder(x, f, at, fr, depth) // a struct another struct holds
	case *ssa.Field:
		// A struct value a struct value holds: what field f of the one
		// it holds holds.
		if holders, ok := ev.heldObjects(x.X, x.Field, at, fr, depth); ok {
			return ev.heldByEach(holders, f, depth)
		}
	case *ssa.Call:
		return ev.returnedObjects(x, f, fr, depth)
	case *ssa.Phi:
		var out []object
		for i, e := range x.Edges {
			if ev.otherEdge(x, i) {
				continue
			}
			objs, ok := ev.heldObjects(e, f, edgeEnd(x, i), fr, depth)
			if !ok {
				return nil, false
			}
			out = append(out, objs...)
		}
		return out, len(out) <= maxValues
	}
	return nil, false
}

// storedObjects is what the stores to field f of the struct base points
// to put there before at: replaced reports that one of them runs on every
// way to at, so that what base was made with is overwritten. ok is false
// where a use of base may set the field out of sight.
func (ev *evaluation) storedObjects(base ssa.Value, f int, at ssa.Instruction, fr frame, depth int) (objs []object, replaced, ok bool) {
	refs := base.Referrers()
	if refs == nil {
		return nil, false, true
	}
	for _, r := range *refs {
		if r == at || !before(r, at) {
			continue
		}
		switch r := r.(type) {
		case *ssa.FieldAddr:
			if r.Field != f {
				continue
			}
			for _, u := range *r.Referrers() {
				if st, isStore := u.(*ssa.Store); isStore && st.Addr == r && before(st, at) {
					objs = append(objs, object{st.Val, st, fr})
					replaced = replaced || dominates(st, at)
				}
				if sub, isAddr := u.(*ssa.FieldAddr); isAddr && storesTo(sub) {
					// The struct held there edited in place
					// (x.inner.path = p): no object tells.
					return nil, false, false
				}
			}
		case *ssa.Store:
			if r.Addr != base {
				return nil, false, false // base stored away: whoever loads it may set the field
			}
			// The whole struct stored: its field.
			held, ok := ev.heldObjects(r.Val, f, r, fr, depth)
			if !ok {
				return nil, false, false
			}
			objs, replaced = append(objs, held...), replaced || dominates(r, at)
		case ssa.CallInstruction:
			if ev.p.mayWriteField(r.Common(), base, f, 0) {
				return nil, false, false
			}
		}
	}
	return objs, replaced, true
}

// throughHolder is what field f of the struct fa addresses holds: of the
// struct (or through the pointer) fa's own struct holds in that field,
// object by object where that is known, else in every struct the package
// stores there.
func (ev *evaluation) throughHolder(fa *ssa.FieldAddr, f int, at ssa.Instruction, fr frame, depth int) ([]object, bool) {
	if holders, ok := ev.heldObjects(fa.X, fa.Field, at, fr, depth); ok {
		return ev.heldByEach(holders, f, depth)
	}
	sts := ev.p.fieldStores[fieldKey{structOf(fa.X.Type()), fa.Field}]
	if len(sts) == 0 || len(sts) > maxValues || ev.p.writtenElsewhere(fieldKey{structOf(fa.X.Type()), fa.Field}) {
		return nil, false
	}
	var out []object
	for _, st := range sts {
		objs, ok := ev.heldObjects(st.val, f, st.at, frame{target: fr.target}, depth)
		if !ok {
			return nil, false
		}
		out = append(out, objs...)
	}
	return out, len(out) <= maxValues
}

// heldByEach is what field f of each of holders holds, object by object.
func (ev *evaluation) heldByEach(holders []object, f, depth int) ([]object, bool) {
	var out []object
	for _, h := range holders {
		objs, ok := ev.heldObjects(h.v, f, h.at, h.fr, depth)
		if !ok {
			return nil, false
		}
		out = append(out, objs...)
	}
	return out, len(out) <= maxValues
}

// returnedObjects is what field f holds of the struct a call of a
// function of the package returns, followed with its parameters bound.
func (ev *evaluation) returnedObjects(call *ssa.Call, f int, fr frame, depth int) ([]object, bool) {
	callee := call.Common().StaticCallee()
	if callee == nil {
		return nil, false
	}
	fn := unwrap(callee)
	key := memoKey{what: fn}
	if fn.Pkg != ev.p.pkg || len(fn.Blocks) == 0 || ev.visiting[key] {
		return nil, false
	}
	ev.visiting[key] = true
	defer delete(ev.visiting, key)
	inner := ev.callFrame(fn, align(fn, call.Common()), call, fr, depth)
	var out []object
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > 0 {
			objs, ok := ev.heldObjects(ret.Results[0], f, ret, inner, depth)
			if !ok {
				return nil, false
			}
			out = append(out, objs...)
		}
	}
	return out, len(out) <= maxValues
}

// heldField is what string field f holds of the struct field fa's
// struct holds there (or points to from there): object by object where
// the objects are known, else whatever the package stores there (heldIn).
func (ev *evaluation) heldField(fa *ssa.FieldAddr, f int, at ssa.Instruction, fr frame, depth int) ([]Str, bool) {
	if out, ok := ev.fieldOfHeld(fa.X, fa.Field, f, at, fr, depth); ok {
		return out, true
	}
	if out, ok := ev.constructorGiven(fa, f, fr, depth); ok {
		return out, true
	}
	return ev.heldIn(fa, f, fr, depth)
}

// constructorGiven is heldField of a field of the function's receiver (or
// struct parameter) that the package only ever sets to what its
// functions' callers give (a repository's descriptor, stored by
// New(c, d) as r.desc = d): which one this object holds, only the callers
// know, who hold the object, when there is more than one to choose from
// (a field every store sets alike is that store's, object or not). The
// field is a projection of the parameter then, filled in at each call,
// not the union of every caller's.
func (ev *evaluation) constructorGiven(fa *ssa.FieldAddr, f int, fr frame, depth int) ([]Str, bool) {
	param, ok := fa.X.(*ssa.Parameter)
	if !ok || fr.target == nil || param.Parent() != fr.target {
		return nil, false
	}
	index, ok := holderField(fa.Field, f)
	if !ok {
		return nil, false
	}
	sts := ev.p.fieldStores[fieldKey{structOf(fa.X.Type()), fa.Field}]
	if len(sts) == 0 || !ev.p.variesByObject(leafKey(fieldKey{structOf(fa.X.Type()), index})) {
		return nil, false
	}
	for _, st := range sts {
		if !isParameter(st.val) {
			return nil, false
		}
	}
	return ev.paramField(param, index, fr, depth)
}

// fieldOfHeld is what string field f holds of the structs field g of
// base holds or points to, object by object; ok is false when the objects
// are not known. A nil pointer holds nothing: reading through it panics.
func (ev *evaluation) fieldOfHeld(base ssa.Value, g, f int, at ssa.Instruction, fr frame, depth int) ([]Str, bool) {
	objs, ok := ev.heldObjects(base, g, at, fr, depth)
	if !ok {
		return nil, false
	}
	var out []Str
	for _, o := range objs {
		out = union(out, ev.fieldAt(o.v, f, o.at, o.fr, depth))
	}
	return bound(out), true
}

// nilTest reports whether cond, a comparison of a pointer a struct holds
// with nil (n.parent != nil), holds in frame fr, when the objects say.
func (ev *evaluation) nilTest(cond *ssa.BinOp, at ssa.Instruction, fr frame) (holds, ok bool) {
	fa, ok := comparedField(cond, isNilConst)
	if !ok || !isPointer(cond.X.Type()) {
		return false, false
	}
	objs, known := ev.heldObjects(fa.X, fa.Field, at, fr, 0)
	if !known {
		return false, false
	}
	isNil := len(objs) == 0
	for _, o := range objs {
		if !nonNil(o.v) {
			return false, false
		}
	}
	return isNil == (cond.Op == token.EQL), true
}

// nonNil reports whether pointer v is surely not nil: a new variable, the
// address of a field, or a method's receiver, which the method reads.
func nonNil(v ssa.Value) bool {
	switch x := v.(type) {
	case *ssa.Alloc, *ssa.FieldAddr:
		return true
	case *ssa.Parameter:
		return isReceiverOf(x)
	}
	return false
}

// emptyFieldTest reports whether cond, a comparison of a string field of
// an object a followed call is bound to with "" (withID && n.id != ""),
// holds, when the object's values say: every one empty, or none. A part
// known only at run time counts as text, as an ID does in a path: an
// empty one would make another request, which its code guards against.
func (ev *evaluation) emptyFieldTest(cond *ssa.BinOp, fr frame) (holds, ok bool) {
	fa, ok := comparedField(cond, isEmptyString)
	if !ok || fr.objects == nil {
		return false, false
	}
	param, isParam := fa.X.(*ssa.Parameter)
	if !isParam {
		return false, false
	}
	o, bound := fr.objects[param]
	if !bound {
		return false, false
	}
	vals := ev.objectField(o, param.Type(), fa.Field, 0)
	empty, text := false, false
	for _, s := range vals {
		if len(s) == 0 {
			empty = true
		} else {
			text = true
		}
	}
	if empty == text {
		return false, false
	}
	return empty == (cond.Op == token.EQL), true
}

// objectsKnown reports whether each pointer to a struct a call passes is
// an object the flow tells apart: one it made, one a followed call is
// bound to, or one a field of such an object holds.
func (ev *evaluation) objectsKnown(common *ssa.CallCommon, at ssa.Instruction, fr frame, depth int) bool {
	for _, a := range common.Args {
		if !isPointer(a.Type()) || !isStruct(a.Type()) {
			continue
		}
		switch x := a.(type) {
		case *ssa.Alloc, *ssa.FieldAddr:
		case *ssa.Parameter:
			if _, ok := fr.objects[x]; !ok {
				return false
			}
		case *ssa.UnOp:
			fa, ok := loadedField(x)
			if !ok {
				return false
			}
			if _, ok := ev.heldObjects(fa.X, fa.Field, at, fr, depth); !ok {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// comparedField is the field whose value cond compares, with == or !=,
// with a value other accepts (a nil, an empty string).
func comparedField(cond *ssa.BinOp, other func(ssa.Value) bool) (*ssa.FieldAddr, bool) {
	if cond.Op != token.EQL && cond.Op != token.NEQ {
		return nil, false
	}
	v := cond.X
	if other(cond.X) {
		v = cond.Y
	} else if !other(cond.Y) {
		return nil, false
	}
	return loadedField(v)
}

// loadedField is the field address v is loaded from, when v is a field's
// value.
func loadedField(v ssa.Value) (*ssa.FieldAddr, bool) {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, false
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	return fa, ok
}

// isNilConst reports whether v is the constant nil.
func isNilConst(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.IsNil()
}

// variesByObject reports whether string field k may hold another value
// in each object: the package, or the package declaring the field,
// stores more than one value there, or one its functions' callers give
// (a client's base URL, stored by its constructor), or none in sight.
func (p *Program) variesByObject(k fieldKey) bool {
	sts := p.fieldStores[k]
	n := len(sts)
	for _, st := range sts {
		if isParameter(st.val) || fromParameter(st) {
			return true
		}
	}
	if st, ok := k.typ.Underlying().(*types.Struct); ok && k.field < st.NumFields() && p.oracle != nil {
		f := st.Field(k.field)
		count := p.oracle.FieldStoreCount(f)
		if _, constant := p.oracle.FieldStores(f); count > 0 && !constant {
			return true
		}
		n += count
	}
	// No store in sight: as much the callers' to tell.
	return n != 1
}
