package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Objects a struct holds, wired in by another package. A service keeps
// the clients it calls in exported fields that main fills in:
//
//	desk := &service.Desk{Calls: repo.New(rc, resource.CallLog)}
//	func (d *Desk) Run() { d.Calls.List(ctx) }
//
// List's request reads its receiver's descriptor (a projection), and Run
// passes d.Calls, an object of a struct Run cannot trace: which one,
// only the stores into Desk.Calls tell, and those are main's. Where the
// object's field is not one value whatever the object, a read of it off
// the loaded object (List's projection filled in at the call, or another
// method's effects on it) is a holder hole: an unknown part naming the
// holder field and the field's index, "pkgpath.Desk.Calls#337". A field
// the package itself only sets to what its constructor is given
// (NewInbox(msgs) storing &Inbox{msgs: msgs}) is a holder too, the
// constructor's callers the stores. The client checks
// each store into the holder field, wherever it is, with what field 337
// of the stored object holds there (FieldOf): the object main made with
// the call-log descriptor is the call log's request, and the repository
// of messages, which Run never lists, is no request of List's.

// holderHole returns the holder hole of field f (an index as a
// projection's) of arg, a struct (or pointer) loaded from a field of a
// struct the function cannot trace: an exported field of an exported
// struct, which other packages fill in, or one the package only sets to
// what its constructor is given.
func (ev *evaluation) holderHole(arg ssa.Value, f int, at ssa.Instruction, fr frame) (Part, bool) {
	load, ok := arg.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return Part{}, false
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok {
		return Part{}, false
	}
	if _, traced := ev.heldObjects(fa.X, fa.Field, at, fr, 0); traced {
		return Part{}, false
	}
	k := fieldKey{structOf(fa.X.Type()), fa.Field}
	named, ok := types.Unalias(k.typ).(*types.Named)
	if !ok {
		return Part{}, false
	}
	sts := ev.p.fieldStores[k]
	given := len(sts) > 0
	for _, st := range sts {
		given = given && isParameter(st.val)
	}
	if !given && (len(sts) > 0 || !ev.p.writtenElsewhere(k)) {
		return Part{}, false
	}
	holder := named.Origin().Underlying().(*types.Struct).Field(fa.Field)
	key := FieldKey(holder, named.Origin().Obj()) + "#" + strconv.Itoa(f)
	if ev.p.holes == nil {
		ev.p.holes = map[string]*types.Var{}
	}
	ev.p.holes[key] = holder
	return Part{Unknown: true, Field: key}, true
}

// HolderIndex splits a holder hole's key into the holder field's key and
// the index of the field of the held struct it stands for; ok is false
// for the key of a string field's hole.
func HolderIndex(key string) (holder string, index int, ok bool) {
	holder, suffix, found := strings.Cut(key, "#")
	if !found {
		return key, 0, false
	}
	index, err := strconv.Atoi(suffix)
	return holder, index, err == nil
}

// FieldOf gives what string field f (an index as a projection's: a
// field, or a field of a struct one holds) of the struct e is, or points
// to, holds where e is evaluated, in terms of target's parameters. ok is
// false when e has no such field.
func (p *Program) FieldOf(e ast.Expr, f int, target *types.Func) ([]Str, bool) {
	p.ensure(e.Pos())
	defer p.answering()()
	v, ev, fr, ok := p.question(e, target)
	if !ok || !hasField(leafFields(v.Type()), f) {
		return nil, false
	}
	ev.defers = true
	at, _ := v.(ssa.Instruction)
	if param, ok := v.(*ssa.Parameter); ok && fr.target != nil && param.Parent() == fr.target && len(fr.target.Blocks) > 0 {
		// A constructor's parameter: what its callers pass, in terms
		// of the parameter (a projection).
		at = fr.target.Blocks[0].Instrs[0]
	}
	if at == nil {
		return nil, false
	}
	return bound(ev.fieldAt(v, f, at, fr, 0)), true
}
