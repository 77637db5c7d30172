package flow

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Requests edited by the functions they are handed to. A request made on
// a base URL and then handed on (setPath(req, p); for _, opt := range opts
// { opt(req) }) has its route set where it goes: a helper of the package,
// a closure an option constructor made (WithPath(p) returns
// func(r *http.Request) { r.URL.Path = p }), a method value. Each call
// that hands the request (or its URL) on is applied, in the order of the
// code with the stores, as Go runs it: each function it may invoke is
// followed with its parameters bound to the call's arguments and a
// closure's free variables to what the closure was made with, where it
// was made, so that WithPath("/a") sets "/a" and no other call's path.
//
// A call whose functions do not all show (a function value a caller
// passes, one of another package) may set the route to anything: a
// request that had no route yet (a server alone) gets an unknown one
// there, and so is unresolved rather than taken for no API request at
// all; one that had a route keeps it (most such functions set headers).
// A loop calling each function of a list applies them in the list's
// order.

// maxEditDepth bounds the nesting of editing calls followed.
const maxEditDepth = 4

// A funcObject is a function a function value may be: a closure with the
// values its free variables were bound to, in the frame of the function
// that made it.
type funcObject struct {
	fn       *ssa.Function
	bindings []ssa.Value
	fr       frame
	// summary, for an editor of another package, is what it makes of a
	// URL (EditorSummary), filled in with args, the arguments of the
	// call that made it (its variadic ones after the declared), each in
	// its frame.
	summary []Str
	args    []object
	// option is set, for an option of another package, with sets, what
	// its constructor's summary says it stores in the struct's fields
	// (OptionSummary); args are as for summary.
	option bool
	sets   []OptionSet
}

// bindFree binds in inner, the frame of a call of closure o at (nil: a
// call out of sight), its free variables to the values it was made with,
// in the frame that made it; its branches on them (len(args) > 0) are
// decided where they can be.
func (o funcObject) bindFree(inner *frame, at ssa.Instruction) {
	if len(o.bindings) == 0 {
		return
	}
	if inner.reach == nil {
		reach := map[*ssa.Function]map[*ssa.BasicBlock]bool{}
		inner.reach = &reach
	}
	inner.free = map[*ssa.FreeVar]object{}
	for i, fv := range o.fn.FreeVars {
		if i < len(o.bindings) {
			inner.free[fv] = object{o.bindings[i], at, o.fr}
		}
	}
}

// callEdits returns the calls that hand obj, a request or a URL, on to a
// function that is not the standard library's: each a urlEdit of the
// argument it passes.
func (p *Program) callEdits(obj ssa.Value) []urlEdit {
	var out []urlEdit
	add := func(v ssa.Value) {
		if v.Referrers() == nil {
			return
		}
		for _, r := range *v.Referrers() {
			call, ok := r.(ssa.CallInstruction)
			if !ok || p.stdCallee(call.Common()) {
				continue
			}
			for i, a := range call.Common().Args {
				if a == v {
					out = append(out, urlEdit{pos: callPos(call), call: call, arg: i})
				}
			}
		}
	}
	add(obj)
	if obj.Referrers() == nil {
		return out
	}
	// The object kept in a variable a closure captures: each load of it.
	for _, r := range *obj.Referrers() {
		if st, ok := r.(*ssa.Store); ok && st.Val == obj {
			if cell, ok := st.Addr.(*ssa.Alloc); ok && cell.Referrers() != nil {
				for _, rr := range *cell.Referrers() {
					if load, ok := rr.(*ssa.UnOp); ok && load.Op == token.MUL {
						add(load)
					}
				}
			}
		}
	}
	if isURL(obj.Type()) {
		return out
	}
	// The URL loaded from the request's field, handed on alone.
	for _, r := range *obj.Referrers() {
		if fa, ok := r.(*ssa.FieldAddr); ok && fa.X == obj && fa.Referrers() != nil {
			for _, rr := range *fa.Referrers() {
				if load, ok := rr.(*ssa.UnOp); ok && load.Op == token.MUL && isURL(load.Type()) {
					add(load)
				}
			}
		}
	}
	return out
}

// callPos is where a call stands among the stores of its function: its
// opening parenthesis, or for a go or defer statement the statement's.
func callPos(call ssa.CallInstruction) token.Pos {
	if pos := call.Common().Pos(); pos.IsValid() {
		return pos
	}
	return call.Pos()
}

// stdCallee reports whether a call invokes a function of the standard
// library by name (req.WithContext, client.Do): none edits a request's
// route.
func (p *Program) stdCallee(common *ssa.CallCommon) bool {
	fn := common.StaticCallee()
	if fn == nil {
		if common.IsInvoke() {
			named, ok := types.Unalias(common.Value.Type()).(*types.Named)
			return ok && named.Obj().Pkg() != nil && p.oracle.Std(named.Obj().Pkg().Path())
		}
		return false
	}
	if fn.Pkg == p.pkg {
		return false
	}
	obj, ok := unwrap(fn).Object().(*types.Func)
	return ok && obj.Pkg() != nil && p.oracle.Std(obj.Pkg().Path())
}

// callEdit applies to forms, the URLs a request holds before call e, what
// the functions the call may invoke do to it.
func (ev *evaluation) callEdit(e urlEdit, forms []Str, fr frame, depth int) []Str {
	if depth > maxEditDepth {
		return unknownEdit(forms)
	}
	if part, ok := ev.targetEdits(e.call.Common().Value, fr); ok && !e.call.Common().IsInvoke() {
		return appendEach(forms, part) // the callers' options
	}
	if elems, efr, ok := ev.loopedElements(e.call.Common().Value, fr); ok {
		// for _, opt := range opts { opt(req) }: each option in turn.
		for _, el := range elems {
			objs, complete := ev.valueObjects(el, efr, map[ssa.Value]bool{}, depth)
			forms = ev.applyObjects(e, objs, complete, forms, fr, depth)
		}
		return forms
	}
	objs, complete := ev.funcObjects(e.call.Common(), fr, depth)
	return ev.applyObjects(e, objs, complete, forms, fr, depth)
}

// loopedElements returns the elements of the list a loop calls each of
// (for _, f := range fs { f(req) }: an element at an index that varies),
// in order, and the frame they are read in; ok is false for a function
// value that is no such element.
func (ev *evaluation) loopedElements(v ssa.Value, fr frame) ([]ssa.Value, frame, bool) {
	list, ok := loopedList(v)
	if !ok {
		return nil, fr, false
	}
	if load, ok := list.(*ssa.UnOp); ok && load.Op == token.MUL {
		// A package-level list, set once: its literal.
		g, ok := load.X.(*ssa.Global)
		if !ok || len(ev.p.globalStores[g]) != 1 {
			return nil, fr, false
		}
		list, fr = ev.p.globalStores[g][0].val, frame{target: fr.target}
	}
	return ev.elementsIn(list, fr)
}

// loopedList is the list v is an element of at an index that varies (a
// loop's), not a constant one (opts[0]: that one).
func loopedList(v ssa.Value) (ssa.Value, bool) {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, false
	}
	ia, ok := load.X.(*ssa.IndexAddr)
	if !ok {
		return nil, false
	}
	if _, one := ia.Index.(*ssa.Const); one {
		return nil, false
	}
	return ia.X, true
}

// applyObjects applies to forms what a call of one of the functions objs
// does to the request it hands on (the alternatives' union); one that
// does not show (complete false) may set any route.
func (ev *evaluation) applyObjects(e urlEdit, objs []funcObject, complete bool, forms []Str, fr frame, depth int) []Str {
	var out []Str
	for _, o := range objs {
		if o.summary != nil {
			out = union(out, ev.instantiateEditor(o, forms, depth))
			continue
		}
		args := align(o.fn, e.call.Common())
		param := paramFor(o.fn, args, e.call.Common().Args[e.arg])
		if param == nil {
			complete = false
			continue
		}
		if !ev.p.mayEdit(param, 0) {
			out = union(out, forms)
			continue
		}
		inner := ev.enter(o.fn, e.call.Common(), e.call, fr, depth)
		o.bindFree(&inner, e.call)
		out = union(out, ev.editedForms(param, forms, inner, depth+1))
	}
	if !complete {
		out = union(out, unknownEdit(forms))
	}
	return bound(out)
}

// paramFor is the parameter of fn that a call's argument a is passed
// for, given the call's arguments aligned with fn's parameters.
func paramFor(fn *ssa.Function, args []ssa.Value, a ssa.Value) *ssa.Parameter {
	for i, x := range args {
		if x == a && i < len(fn.Params) {
			return fn.Params[i]
		}
	}
	return nil
}

// unknownEdit is what forms become through a function that does not show:
// a server alone gets its route there, any; a URL with a route keeps it.
func unknownEdit(forms []Str) []Str {
	var out []Str
	for _, f := range forms {
		if serverOnly(f) {
			f = AppendPart(AppendPart(append(Str{}, f...), Part{Lit: "/"}), Part{Unknown: true})
		}
		out = union(out, []Str{f})
	}
	return out
}

// serverOnly reports whether URL s is a scheme and host and no more.
func serverOnly(s Str) bool {
	text, ok := literalText(s)
	if !ok {
		return false
	}
	_, rest, ok := strings.Cut(text, "://")
	return ok && rest != "" && !strings.ContainsAny(strings.TrimSuffix(rest, "/"), "/?#")
}

// editedForms applies to forms the edits of the request or URL obj in its
// function, in the order of the code: stores to it and calls handing it
// on.
func (ev *evaluation) editedForms(obj ssa.Value, forms []Str, fr frame, depth int) []Str {
	if ev.current == nil {
		ev.current = map[ssa.Value][]Str{}
	}
	defer delete(ev.current, obj)
	for _, e := range objectEdits(ev.p, obj) {
		ev.current[obj] = forms // what the function reads of it there
		forms = ev.applyEdit(e, forms, fr, depth)
	}
	return forms
}

// editing returns the URLs v holds when it is, or is loaded from, a
// request or URL whose edits are being applied (editedForms): as edited
// so far.
func (ev *evaluation) editing(v ssa.Value) ([]Str, bool) {
	if len(ev.current) == 0 {
		return nil, false
	}
	if cur, ok := ev.current[v]; ok {
		return cur, true
	}
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		if fa, ok := load.X.(*ssa.FieldAddr); ok && isURL(load.Type()) {
			cur, ok := ev.current[fa.X]
			return cur, ok
		}
		cur, ok := ev.current[load.X] // a URL loaded whole
		return cur, ok
	}
	return nil, false
}

// mayEdit reports whether a parameter holding a request or a URL may have
// its route set by its function: a store to it, or a call handing it on
// to a function that is not the standard library's.
func (p *Program) mayEdit(obj ssa.Value, depth int) bool {
	if depth > maxEditDepth {
		return true
	}
	for _, e := range objectEdits(p, obj) {
		if e.call == nil {
			return true
		}
		fns, external := p.callees(e.call.Common())
		if len(external) > 0 || len(fns) == 0 {
			return true
		}
		for _, fn := range fns {
			param := paramFor(fn, align(fn, e.call.Common()), e.call.Common().Args[e.arg])
			if param == nil || p.mayEdit(param, depth+1) {
				return true
			}
		}
	}
	return false
}

// funcObjects returns the functions a call may invoke, each closure with
// the values it was made with, as far as fr shows them; complete is
// false when some function value does not show (a parameter's, another
// package's).
func (ev *evaluation) funcObjects(common *ssa.CallCommon, fr frame, depth int) ([]funcObject, bool) {
	if fn := common.StaticCallee(); fn != nil {
		fn = unwrap(fn)
		if fn.Pkg != ev.p.pkg || len(fn.Blocks) == 0 {
			// A helper of another package that edits what it is
			// handed: its summary, with this call's arguments.
			if o, ok := ev.foreignEditor(common, fr); ok {
				return []funcObject{o}, true
			}
			return nil, false
		}
		return []funcObject{{fn: fn, fr: fr}}, true
	}
	if common.IsInvoke() {
		fns, external := ev.p.callees(common)
		var out []funcObject
		for _, fn := range fns {
			out = append(out, funcObject{fn: fn, fr: fr})
		}
		return out, len(external) == 0 && len(fns) > 0
	}
	return ev.valueObjects(common.Value, fr, map[ssa.Value]bool{}, depth)
}

// valueObjects returns the functions the function value v may be, in fr.
func (ev *evaluation) valueObjects(v ssa.Value, fr frame, seen map[ssa.Value]bool, depth int) ([]funcObject, bool) {
	if seen[v] || depth > maxDepth {
		return nil, !seen[v] // a cycle adds nothing; too deep, anything
	}
	seen[v] = true
	defer delete(seen, v) // met again in another frame, another value
	depth++
	switch x := v.(type) {
	case *ssa.Function:
		if x.Pkg != ev.p.pkg || len(x.Blocks) == 0 {
			return nil, false
		}
		return []funcObject{{fn: x, fr: fr}}, true
	case *ssa.MakeClosure:
		fn, ok := x.Fn.(*ssa.Function)
		if !ok {
			return nil, false
		}
		return []funcObject{{fn: unwrap(fn), bindings: x.Bindings, fr: fr}}, true
	case *ssa.ChangeType:
		return ev.valueObjects(x.X, fr, seen, depth)
	case *ssa.MakeInterface:
		return ev.valueObjects(x.X, fr, seen, depth)
	case *ssa.Phi:
		return ev.eachObjects(x.Edges, fr, seen, depth)
	case *ssa.FreeVar:
		if o, ok := fr.free[x]; ok {
			return ev.valueObjects(o.v, o.fr, seen, depth)
		}
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return nil, false
		}
		switch addr := x.X.(type) {
		case *ssa.IndexAddr:
			// An element of a list: each the list is built with.
			elems, efr, ok := ev.elementsIn(addr.X, fr)
			if !ok {
				return nil, false
			}
			return ev.eachObjects(elems, efr, seen, depth)
		case *ssa.Global:
			return ev.eachObjects(storeValues(ev.p.globalStores[addr]), frame{target: fr.target}, seen, depth)
		}
	case *ssa.Call:
		// What a function of the package returns, followed at the call;
		// of another package, its summary.
		fn := x.Call.StaticCallee()
		if fn != nil && (fn.Pkg != ev.p.pkg || len(fn.Blocks) == 0) {
			if o, ok := ev.foreignEditor(x.Common(), fr); ok {
				return []funcObject{o}, true
			}
			if ev.options {
				if o, ok := ev.foreignOption(x, fr); ok {
					return []funcObject{o}, true
				}
			}
		}
		if fn == nil || fn.Pkg != ev.p.pkg || len(fn.Blocks) == 0 {
			return nil, false
		}
		return ev.eachObjects(firstResults(fn), ev.enter(fn, x.Common(), x, fr, depth), seen, depth)
	}
	return nil, false
}

// eachObjects is valueObjects of each of vs.
func (ev *evaluation) eachObjects(vs []ssa.Value, fr frame, seen map[ssa.Value]bool, depth int) ([]funcObject, bool) {
	var out []funcObject
	complete := true
	for _, v := range vs {
		objs, ok := ev.valueObjects(v, fr, seen, depth)
		out = append(out, objs...)
		complete = complete && ok
	}
	return out, complete
}
