package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Editors across packages. A client package's Send(ctx, method, opts
// ...Option) makes a request on its base URL and hands it to each option
// in turn; its callers, in other packages, pass options that the
// client's constructors made: WithPath("/restapi/.../%s", id) returns a
// closure setting the path it was made with. Neither side sees the
// other's code, so each is summarized where it is written:
//
//   - a function whose request is edited by function values its callers
//     pass (Send) gets, in place of an unknown route, the part
//     EditsParam(slot): "the URL so far, edited by the functions in that
//     argument, in order". Its client carries the part in a template and
//     fills it in at each call with ApplyEdits.
//   - a function that returns an editor (WithPath), or edits a request it
//     is handed (setPath(req, p)), is summarized as the URL it makes of a
//     URL nobody knows (EditorSummary): the text of the edited URL in
//     terms of that URL's origin and path (CurrentOrigin, CurrentPath)
//     and of the function's parameters. A fact carries it to the
//     packages that call it, where the flow fills it in with the
//     arguments of the call that made the editor and the URL it edits.

// editsBase is the first Param of an argument's edits: past any
// function's parameters, before the deferred calls; slots are 0 for the
// receiver, i+1 for declared parameter i.
const (
	editsBase = 176
	maxEdits  = deferredBase - editsBase
)

// EditsParam is the Param that stands for the edits the function values
// in slot make to the URL before it.
func EditsParam(slot int) int { return editsBase + slot }

// EditsSlot decodes a Param: ok is false for one that stands for no
// argument's edits.
func EditsSlot(param int) (slot int, ok bool) {
	return param - editsBase, param >= editsBase && param < deferredBase
}

// Slot currentSlot is no function's: its projections stand for the URL
// an editor summary edits, CurrentOrigin for its scheme and host,
// CurrentPath for the rest of it, and from formatIndex on for a parameter
// that is fmt's format with operands the summary does not know (the
// caller's format, each verb a part known only at run time).
const (
	currentSlot   = 250
	CurrentOrigin = projectionBase + currentSlot*slotSize
	CurrentPath   = CurrentOrigin + 1
	formatIndex   = 2
)

func formatParam(k int) int { return ParamField(currentSlot, formatIndex+k) }

func formatIndexOf(param int) (k int, ok bool) {
	slot, index, method, projected := ProjectionOf(param)
	return index - formatIndex, projected && !method && slot == currentSlot && index >= formatIndex
}

// currentURL is the URL an editor summary edits.
func currentURL() []Str {
	return []Str{{{Param: CurrentOrigin, IsParam: true}, {Lit: "/"}, {Param: CurrentPath, IsParam: true}}}
}

// editable reports whether a value of type t is a request, or a URL,
// whose route an editor may set: a url.URL, or a struct with a URL field
// holding one (net/http's Request).
func editable(t types.Type) bool {
	if isURL(t) {
		return true
	}
	st, ok := structOf(t).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range st.NumFields() {
		if f := st.Field(i); f.Name() == "URL" && isURL(f.Type()) {
			return true
		}
	}
	return false
}

// editableByPointer reports whether a parameter of type t hands over a
// request or URL its function may edit.
func editableByPointer(t types.Type) bool {
	_, ptr := t.Underlying().(*types.Pointer)
	return ptr && editable(t)
}

// editedParam is the first parameter of fn that takes a request or URL by
// pointer, which fn may edit; nil if none.
func editedParam(fn *ssa.Function) *ssa.Parameter {
	for _, p := range fn.Params {
		if editableByPointer(p.Type()) {
			return p
		}
	}
	return nil
}

// EditsSignature reports whether sig takes a request or URL by pointer:
// the signature of an editor, or of a function that edits what it is
// handed.
func EditsSignature(sig *types.Signature) bool {
	for i := range sig.Params().Len() {
		if editableByPointer(sig.Params().At(i).Type()) {
			return true
		}
	}
	return false
}

// ReturnsEditor reports whether fn's first result is a function that
// edits a request or URL it is handed: an option constructor's.
func ReturnsEditor(sig *types.Signature) bool {
	if sig.Results().Len() == 0 {
		return false
	}
	f, ok := sig.Results().At(0).Type().Underlying().(*types.Signature)
	return ok && EditsSignature(f)
}

// EditorSummary summarizes fn, a function of the package that edits the
// request or URL it is handed or returns a function that does, called
// with variadic variadic arguments (-1: not variadic): each URL the edit
// may make of currentURL. ok is false when the flow does not follow the
// edit.
func (p *Program) EditorSummary(obj *types.Func, variadic int) ([]Str, bool) {
	p.ensure(obj.Pos())
	defer p.answering()()
	fn := p.funcs[obj]
	if fn == nil || len(fn.Blocks) == 0 {
		return nil, false
	}
	ev, fr, ok := summaryStart(p, fn, variadic)
	if !ok {
		return nil, false
	}
	var out []Str
	if param := editedParam(fn); param != nil {
		out = ev.editedForms(param, currentURL(), fr, 0)
	} else {
		objs, complete := ev.eachObjects(firstResults(fn), fr, map[ssa.Value]bool{}, 0)
		if !complete || len(objs) == 0 {
			return nil, false
		}
		for _, o := range objs {
			forms, ok := ev.applyFunc(o, currentURL(), 0)
			if !ok {
				return nil, false
			}
			out = union(out, forms)
		}
	}
	if len(out) == 0 || len(out) > maxValues || len(out) == 1 && slices.Equal(out[0], currentURL()[0]) {
		return nil, false // none, too many, or the URL kept as it was
	}
	for _, s := range out {
		if s == nil || s[0].Unknown {
			return nil, false // a URL whose origin is lost
		}
	}
	return out, true
}

// summaryStart starts a summary of fn (an editor's, an option
// constructor's) called with variadic variadic arguments (-1: not
// variadic), each a parameter after the declared ones: its evaluation
// and frame. ok is false for a variadic count of a function that is not
// variadic.
func summaryStart(p *Program, fn *ssa.Function, variadic int) (*evaluation, frame, bool) {
	ev := &evaluation{p: p, visiting: map[memoKey]bool{}, target: fn, editSummary: true}
	if variadic >= 0 {
		if !fn.Signature.Variadic() {
			return nil, frame{}, false
		}
		ev.lists = variadicParams(fn, variadic)
	}
	// A bound frame is never memoized: the summary's bindings are its
	// own.
	return ev, frame{target: fn, bound: map[*ssa.Parameter][]Str{}}, true
}

// applyFunc applies to forms what a call of function o does to the
// request or URL it is handed, with no other argument known: an editor
// a caller passes.
func (ev *evaluation) applyFunc(o funcObject, forms []Str, depth int) ([]Str, bool) {
	if o.summary != nil {
		return ev.instantiateEditor(o, forms, depth), true
	}
	param := editedParam(o.fn)
	if param == nil {
		return nil, false
	}
	if !ev.p.mayEdit(param, 0) {
		return forms, true
	}
	inner := frame{target: o.fr.target, bound: map[*ssa.Parameter][]Str{}}
	o.bindFree(&inner, nil)
	return ev.editedForms(param, forms, inner, depth+1), true
}

// foreignEditor returns the editor a call of a function of another
// package makes (WithPath(p) returning a closure), or the edit such a
// function makes to what it is handed, as its summary with the call's
// arguments.
func (ev *evaluation) foreignEditor(common *ssa.CallCommon, fr frame) (funcObject, bool) {
	obj, args, variadic, ok := ev.foreignCall(common, nil, fr)
	if !ok {
		return funcObject{}, false
	}
	summary, ok := ev.p.oracle.Editor(obj, variadic)
	if !ok {
		return funcObject{}, false
	}
	return funcObject{summary: summary, args: args, fr: fr}, true
}

// instantiateEditor is what the editor o, a summary with the arguments
// of the call that made it, makes of each of forms.
func (ev *evaluation) instantiateEditor(o funcObject, forms []Str, depth int) []Str {
	var out []Str
	for _, form := range forms {
		origin, path := splitOrigin(form)
		current := func(part Part) ([]Str, bool) {
			switch part.Param {
			case CurrentOrigin:
				return []Str{origin}, true
			case CurrentPath:
				return []Str{path}, true
			}
			return nil, false
		}
		for _, m := range ev.fillSummary(o.summary, o.args, depth, current) {
			out = union(out, []Str{singleSlashes(m)})
		}
	}
	return bound(out)
}

// splitOrigin splits URL s into its origin (scheme and host, or the part
// that stands for them) and its path with what follows, without the
// path's leading slash.
func splitOrigin(s Str) (origin, rest Str) {
	if len(s) == 0 {
		return Str{}, Str{}
	}
	if !isLit(s[0]) {
		rest = append(Str{}, s[1:]...)
		if len(rest) > 0 && isLit(rest[0]) {
			rest[0].Lit = strings.TrimPrefix(rest[0].Lit, "/")
		}
		return Str{s[0]}, rest
	}
	text := s[0].Lit
	_, after, ok := strings.Cut(text, "://")
	if !ok {
		// A path alone, to a base the request gets elsewhere.
		rest = append(Str{{Lit: strings.TrimPrefix(text, "/")}}, s[1:]...)
		return Str{}, rest
	}
	end := len(text) - len(after)
	if i := strings.IndexAny(after, "/?#"); i >= 0 {
		end += i
	} else {
		end = len(text)
	}
	rest = append(Str{{Lit: strings.TrimPrefix(text[end:], "/")}}, s[1:]...)
	return Str{{Lit: text[:end]}}, rest
}

// singleSlashes replaces the runs of slashes in the path of URL s by one:
// an editor that appends a segment to a path that may be empty.
func singleSlashes(s Str) Str {
	out := Str{}
	for i, part := range s {
		if isLit(part) {
			text, rest := "", part.Lit
			if i == 0 {
				if scheme, after, ok := strings.Cut(rest, "://"); ok {
					text, rest = scheme+"://", after
				}
			}
			for strings.Contains(rest, "//") {
				rest = strings.ReplaceAll(rest, "//", "/")
			}
			part.Lit = text + rest
		}
		out = AppendPart(out, part)
	}
	return out
}

// formatHoles is fmt's format f with each verb a part known only at run
// time.
func formatHoles(f Str) Str {
	out := Str{}
	for _, part := range f {
		if !isLit(part) {
			out = AppendPart(out, part)
			continue
		}
		lits, ok := fmtVerbs(part.Lit)
		if !ok {
			out = AppendPart(out, Part{Unknown: true}) // verbs it cannot tell apart
			continue
		}
		for i, lit := range lits {
			if i > 0 {
				out = AppendPart(out, Part{Unknown: true})
			}
			out = AppendPart(out, Part{Lit: lit})
		}
	}
	return out
}

// targetEdits returns the part that stands for the edits of the function
// values v holds, when v is an argument of the target its callers pass
// (a func, or an element of a list of them read in a loop): the
// callers fill it in (ApplyEdits).
func (ev *evaluation) targetEdits(v ssa.Value, fr frame) (Part, bool) {
	if list, ok := loopedList(v); ok {
		v = list
	}
	x, ok := fr.targetParam(v)
	if !ok || fr.summary || ev.editSummary {
		return Part{}, false
	}
	slot := slotOf(x.Parent(), x)
	if slot < 0 || slot >= maxEdits {
		return Part{}, false
	}
	ev.dependent = true
	return Part{Param: EditsParam(slot), IsParam: true}, true
}

// ApplyEdits gives what the function values the call passes in the
// target's slot (a func, or a list of them: each in turn) make of forms,
// a URL before them: a template's EditsParam filled in at a call in
// target. ok is false when the call is not in sight.
func (p *Program) ApplyEdits(target *types.Func, call *ast.CallExpr, slot int, forms []Str) ([]Str, bool) {
	p.ensure(call.Pos())
	defer p.answering()()
	instr, ok := p.calls[call.Lparen]
	if !ok {
		return nil, false
	}
	common := instr.Common()
	args := common.Args
	// Slot 0 is the receiver: the first argument of a static call of a
	// method, none of a call through an interface.
	k := slot - 1
	if fn := common.StaticCallee(); !common.IsInvoke() && fn != nil && fn.Signature.Recv() != nil {
		k = slot
	}
	if k < 0 || k >= len(args) {
		return nil, false
	}
	ev, fr := p.start(target)
	ev.defers = true // a template's URL
	v := args[k]
	if part, ok := ev.targetEdits(v, fr); ok {
		return appendEach(forms, part), true
	}
	if _, list := v.Type().Underlying().(*types.Slice); list {
		lists, ok := ev.framedElements(v, fr, 0)
		if !ok || len(lists) == 0 {
			return unknownEdit(forms), true
		}
		var out []Str
		for _, list := range lists {
			edited := forms
			for _, el := range list {
				objs, complete := ev.valueObjects(el.v, el.fr, map[ssa.Value]bool{}, 0)
				edited = ev.applyEach(objs, complete, edited, 0)
			}
			out = union(out, edited)
		}
		return bound(out), true
	}
	objs, complete := ev.valueObjects(v, fr, map[ssa.Value]bool{}, 0)
	return ev.applyEach(objs, complete, forms, 0), true
}

// applyEach applies each of the functions objs may be to forms, the
// alternatives' union; one that does not show may set any route.
func (ev *evaluation) applyEach(objs []funcObject, complete bool, forms []Str, depth int) []Str {
	var out []Str
	for _, o := range objs {
		edited, ok := ev.applyFunc(o, forms, depth)
		if !ok {
			complete = false
			continue
		}
		out = union(out, edited)
	}
	if !complete || len(objs) == 0 {
		out = union(out, unknownEdit(forms))
	}
	return bound(out)
}

// withoutEdits is URL s with the edits of the target's callers as a
// path known only at run time.
func withoutEdits(s Str) Str {
	out := Str{}
	for _, part := range s {
		if _, ok := EditsSlot(part.Param); ok && part.IsParam {
			out = AppendPart(AppendPart(out, Part{Lit: "/"}), Part{Unknown: true})
			continue
		}
		out = AppendPart(out, part)
	}
	return out
}

// appendEach appends part to each of forms.
func appendEach(forms []Str, part Part) []Str {
	out := make([]Str, len(forms))
	for i, f := range forms {
		out[i] = AppendPart(append(Str{}, f...), part)
	}
	return out
}

// framedElements returns the lists v may hold in frame fr, each its
// elements in order, each element with the frame it is read in: a list
// built in place, one a followed call binds, a package-level list set
// once, an append of lists, the lists a function of the package returns
// (options := append(recordingOptions(id), WithSuffix("content"))), and
// those of each branch. ok is false past maxValues lists.
func (ev *evaluation) framedElements(v ssa.Value, fr frame, depth int) ([][]object, bool) {
	return ev.framedElementsOf(v, fr, depth, false)
}

// optionLists is framedElements for a list of options, where a part of
// the list the flow cannot see (append(s.common, WithPath(p))) stands as
// one unknown element, anyOptions: an option after it that always sets a
// field still decides what the field holds.
func (ev *evaluation) optionLists(v ssa.Value, fr frame) ([][]object, bool) {
	return ev.framedElementsOf(v, fr, 0, true)
}

// anyOptions is the element of an option list that stands for a run of
// options the flow does not know.
var anyOptions = object{}

func (ev *evaluation) framedElementsOf(v ssa.Value, fr frame, depth int, partial bool) ([][]object, bool) {
	if depth > maxEditDepth {
		return nil, false
	}
	if elems, efr, ok := ev.elementsIn(v, fr); ok {
		list := make([]object, len(elems))
		for i, e := range elems {
			list[i] = object{e, nil, efr}
		}
		return [][]object{list}, true
	}
	var out [][]object
	each := func(vs []ssa.Value, fr frame) bool {
		for _, v := range vs {
			lists, ok := ev.framedElementsOf(v, fr, depth+1, partial)
			if !ok || len(out)+len(lists) > maxValues {
				return false
			}
			out = append(out, lists...)
		}
		return true
	}
	switch x := v.(type) {
	case *ssa.Phi:
		var edges []ssa.Value
		for i, e := range x.Edges {
			if ev.feasible(x.Block().Preds[i], x.Block(), fr) {
				edges = append(edges, e)
			}
		}
		return out, each(edges, fr)
	case *ssa.UnOp:
		g, ok := x.X.(*ssa.Global)
		if x.Op != token.MUL || !ok || len(ev.p.globalStores[g]) != 1 {
			return nil, false
		}
		return out, each([]ssa.Value{ev.p.globalStores[g][0].val}, frame{target: fr.target})
	case *ssa.Call:
		if b, ok := x.Call.Value.(*ssa.Builtin); ok {
			if b.Name() != "append" || len(x.Call.Args) != 2 {
				return nil, false
			}
			bases, ok := ev.framedElementsOf(x.Call.Args[0], fr, depth+1, partial)
			if !ok && partial {
				bases, ok = [][]object{{anyOptions}}, true
			}
			if !ok {
				return nil, false
			}
			more, ok := ev.framedElementsOf(x.Call.Args[1], fr, depth+1, partial)
			if !ok && partial {
				more, ok = [][]object{{anyOptions}}, true
			}
			if !ok || len(bases)*len(more) > maxValues {
				return nil, false
			}
			for _, b := range bases {
				for _, m := range more {
					out = append(out, append(b[:len(b):len(b)], m...))
				}
			}
			return out, true
		}
		fn := x.Call.StaticCallee()
		if fn == nil || fn.Pkg != ev.p.pkg || len(fn.Blocks) == 0 {
			return nil, false
		}
		return out, each(firstResults(fn), ev.enter(fn, x.Common(), x, fr, depth))
	}
	return nil, false
}

// targetParam reports whether v is a parameter of the target that the
// frame leaves to its callers, or one of a followed call its caller
// passes such a parameter unchanged: that parameter.
func (fr frame) targetParam(v ssa.Value) (*ssa.Parameter, bool) {
	x, ok := v.(*ssa.Parameter)
	if !ok {
		return nil, false
	}
	if fwd, ok := fr.forwarded[x]; ok {
		return fwd, true
	}
	if x.Parent() != fr.target {
		return nil, false
	}
	if _, bound := fr.lists[x]; bound {
		return nil, false
	}
	if _, bound := fr.bound[x]; bound {
		return nil, false
	}
	return x, true
}
