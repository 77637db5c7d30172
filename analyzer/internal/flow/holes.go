package flow

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// A field read off an object the flow cannot trace (a job received from a
// channel, a command looked up in a registry, an element of a queue) is
// what the stores into that field hold, whatever the object. When the
// package's stores tell nothing of it (there are none in sight, or more
// than maxValues), the read is a hole: an
// unknown part naming the field. The client may then check each store
// into the field, wherever it is, as the value the read stands for; the
// flow itself never claims to know it.

// hole returns the part that stands for a read of field k, and whether
// the field may have one: a string field of a named struct type declared
// by the package or by a module's package (std's structs are the
// client's to model), or a function-typed one whose first result is a
// string, for a call of what it holds (funcHole).
func (p *Program) hole(k fieldKey) (Part, bool) {
	named, ok := k.typ.(*types.Named)
	if !ok {
		return Part{}, false
	}
	st, ok := named.Underlying().(*types.Struct)
	obj := named.Obj()
	if !ok || k.field >= st.NumFields() || obj.Pkg() == nil || !isString(st.Field(k.field).Type()) && !ReturnsString(st.Field(k.field).Type()) {
		return Part{}, false
	}
	if obj.Pkg() != p.types && p.oracle.Std(obj.Pkg().Path()) {
		return Part{}, false
	}
	f := st.Field(k.field)
	key := FieldKey(f, obj)
	if p.holes == nil {
		p.holes = map[string]*types.Var{}
	}
	p.holes[key] = f
	return Part{Unknown: true, Field: key}, true
}

// A job that carries its route as a function (Job{BuildURL: func(cfg)
// string {...}}) is run by a scheduler that calls the field: where no
// store in sight tells which functions it holds (the jobs are another
// package's), the call's result is a hole naming the field, and each
// function stored into it, wherever, is what the call returns.

// funcHole returns the hole for a call of the function value v, when v is
// read from a function-typed field whose stores the package does not
// hold.
func (p *Program) funcHole(v ssa.Value) (Part, bool) {
	switch x := v.(type) {
	case *ssa.Field:
		return p.hole(fieldKey{structOf(x.X.Type()), x.Field})
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			return p.hole(fieldKey{structOf(fa.X.Type()), fa.Field})
		}
	}
	return Part{}, false
}

// ReturnsString reports whether t is a function type whose first result
// is a string.
func ReturnsString(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	return ok && sig.Results().Len() > 0 && isString(sig.Results().At(0).Type())
}

// openType reports whether a string field of the struct type typ is
// one whose stores tell nothing of it: a read of it is a hole.
func (ev *evaluation) openType(typ types.Type, fr frame, depth int) bool {
	if open, ok := ev.p.openTypes[typ]; ok {
		return open
	}
	if ev.p.openTypes == nil {
		ev.p.openTypes = map[types.Type]bool{}
	}
	ev.p.openTypes[typ] = false // a field's stores reading another field
	open := false
	for _, f := range stringFields(typ) {
		if _, ok := ev.p.hole(fieldKey{typ, f}); !ok {
			continue
		}
		k := fieldKey{typ, f}
		if ev.p.storedFromCallers(k) || !slices.ContainsFunc(ev.stored(ev.p.fieldStores[k], frame{target: fr.target}, depth), known) {
			open = true
			break
		}
	}
	ev.p.openTypes[typ] = open
	return open
}

// FieldKey names field f of the struct type named typ as a hole part
// does.
func FieldKey(f *types.Var, typ *types.TypeName) string {
	return typ.Pkg().Path() + "." + typ.Name() + "." + f.Name()
}

// HoleField returns the field a hole part stands for, nil for any other
// part.
func (p *Program) HoleField(part Part) *types.Var {
	if part.Field == "" {
		return nil
	}
	return p.holes[part.Field]
}

// known reports whether something of s is known: literal text, or a
// parameter.
func known(s Str) bool {
	for _, part := range s {
		if !part.Unknown {
			return true
		}
	}
	return false
}

// storedFromCallers reports whether a closure's store into field k, of a
// struct type only the package names (an option's spec), puts there a
// parameter
// that other packages' calls pass, directly or through the package's
// functions (GET(path) calling route(method, path), whose closure sets
// s.path = path): what the field holds is theirs to say, store by store,
// whatever the package's own calls pass. A read of it is a hole, each
// store the request (the client's route fields); read otherwise, the
// package's own literal would hide the others' as a known value beside
// an unknown one.
func (p *Program) storedFromCallers(k fieldKey) bool {
	named, ok := k.typ.(*types.Named)
	if !ok || named.Obj().Exported() {
		return false
	}
	for _, st := range p.fieldStores[k] {
		// A closure's store: a constructor's or setter's own parameter
		// is its effects' (fields.go), which callers fill in already.
		if st.fn == nil || st.fn.Parent() == nil {
			continue
		}
		if param, ok := p.paramOf(st.val); ok && p.fromCallers(param, 0) {
			return true
		}
	}
	return false
}

// fromCallers reports whether calls from other packages may pass param:
// its function escapes, or a parameter of one that does is passed on to
// it.
func (p *Program) fromCallers(param *ssa.Parameter, depth int) bool {
	if p.escapes(param.Parent()) {
		return true
	}
	if depth > 4 {
		return false
	}
	for _, a := range p.argumentsFor(param) {
		if next, ok := a.(*ssa.Parameter); ok && isString(next.Type()) && p.fromCallers(next, depth+1) {
			return true
		}
	}
	return false
}

// paramOf returns the string parameter a stored value is: the storing
// function's, or the one a closure captures.
func (p *Program) paramOf(v ssa.Value) (*ssa.Parameter, bool) {
	switch x := v.(type) {
	case *ssa.Parameter:
		return x, isString(x.Type())
	case *ssa.UnOp:
		// A captured parameter, its variable spilled to the heap: the
		// parameter its cell was set to.
		if fv, ok := x.X.(*ssa.FreeVar); ok && x.Op == token.MUL {
			for _, cell := range p.bindings(fv) {
				for _, st := range p.allocStores[cell] {
					if param, ok := st.val.(*ssa.Parameter); ok && isString(param.Type()) {
						return param, true
					}
				}
			}
		}
	case *ssa.FreeVar:
		fn := x.Parent()
		i := slices.Index(fn.FreeVars, x)
		for _, mc := range p.closures[fn] {
			if i >= 0 && i < len(mc.Bindings) {
				if param, ok := mc.Bindings[i].(*ssa.Parameter); ok && isString(param.Type()) {
					return param, true
				}
			}
		}
	}
	return nil, false
}
