package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// Request options across packages. A client package's Send(ctx, method,
// opts ...Option) hands its request to options its callers pass, made by
// the client's constructors (WithPath(format, args...)). The client's
// template has the part flow.EditsParam(slot) where the options' edits
// go; each constructor, and each helper that edits a request it is
// handed, exports an editorFact: the URL it makes of any URL, in terms of
// its parameters (flow.EditorSummary). A caller applies the options it
// passes to the URL before the part (appliedEdits), reading the
// constructors' facts.

// editorFact summarizes an exported function that edits a request or URL
// it is handed, or returns a function that does: by the number of its
// variadic arguments (-1 for a function that is not variadic), the URLs
// the edit may make of flow.CurrentOrigin and flow.CurrentPath.
type editorFact struct {
	Arities []EditorArity
}

// An EditorArity is an editor's summary called with Variadic variadic
// arguments.
type EditorArity struct {
	Variadic int
	URLs     []Value
}

func (*editorFact) AFact() {}

func (f *editorFact) String() string { return fmt.Sprintf("editor(%d arities)", len(f.Arities)) }

// maxEditorVariadic bounds the variadic arguments an editor's fact
// summarizes: a path format's operands.
const maxEditorVariadic = 4

// isEditorFunc reports whether fn may be an editor another package uses:
// exported, and editing a request or URL it is handed or returning a
// function that does.
func isEditorFunc(fn *types.Func) bool {
	sig := fn.Signature()
	return fn.Exported() && (flow.EditsSignature(sig) || flow.ReturnsEditor(sig))
}

// editorDecl reports whether fn, declared by decl, is an editor whose
// body edits a request's URL or hands a request on: most functions handed
// a request only read it (handlers), and need no value flow for a fact.
func (s *packageScan) editorDecl(fn *types.Func, decl *ast.FuncDecl) bool {
	return isEditorFunc(fn) && s.editsURL(decl.Pos())
}

// exportEditor publishes fn's editorFact when it is an editor the value
// flow follows.
func (s *packageScan) exportEditor(fn *types.Func) {
	decl := s.decls[fn]
	if decl == nil || !s.editorDecl(fn, decl) {
		return
	}
	fp := s.flow()
	if fp == nil {
		return
	}
	fact := &editorFact{}
	for _, k := range summaryArities(fn) {
		strs, ok := fp.EditorSummary(fn, k)
		if !ok {
			continue
		}
		vals := make([]Value, len(strs))
		for i, s := range strs {
			vals[i] = Value(s)
		}
		fact.Arities = append(fact.Arities, EditorArity{Variadic: k, URLs: vals})
	}
	if len(fact.Arities) > 0 {
		s.pass.ExportObjectFact(fn, fact)
	}
}

// summaryArities are the numbers of variadic arguments a summary of fn
// (an editor's, an option constructor's) is made for: -1 alone for a
// function that is not variadic.
func summaryArities(fn *types.Func) []int {
	if !fn.Signature().Variadic() {
		return []int{-1}
	}
	var arities []int
	for k := range maxEditorVariadic + 1 {
		arities = append(arities, k)
	}
	return arities
}

// Editor answers the value flow from the editorFact of a function of
// another package.
func (o flowOracle) Editor(fn *types.Func, variadic int) ([]flow.Str, bool) {
	fn = fn.Origin()
	var fact editorFact
	if fn.Pkg() == nil || fn.Pkg() == o.s.pass.Pkg || !o.s.pass.ImportObjectFact(fn, &fact) {
		return nil, false
	}
	for _, a := range fact.Arities {
		if a.Variadic == variadic {
			strs := make([]flow.Str, len(a.URLs))
			for i, v := range a.URLs {
				strs[i] = flow.Str(v)
			}
			return strs, true
		}
	}
	return nil, false
}

// hasEditorFact reports whether callee, of another package, is an editor
// with a fact.
func (s *packageScan) hasEditorFact(callee *types.Func) bool {
	var fact editorFact
	return isEditorFunc(callee) && s.pass.ImportObjectFact(callee, &fact)
}

// appliedEdits gives the URLs of a callee's template URL u at call, in fn,
// with its parameters args, when u has the edits of an argument
// (flow.EditsParam): the edits of the functions the call passes there,
// applied to the URL before them; ok is false when u has none.
func (s *packageScan) appliedEdits(fn *types.Func, call *ast.CallExpr, u Value, args []Value) ([]Value, bool) {
	at, slot := -1, 0
	for i, p := range u {
		if k, ok := flow.EditsSlot(p.Param); ok && p.IsParam {
			at, slot = i, k
			break
		}
	}
	if at < 0 {
		return nil, false
	}
	prefix := u[:at].substitute(args)
	forms := []flow.Str{flow.Str(prefix)}
	edited, ok := []flow.Str(nil), false
	if fp := s.flow(); fp != nil {
		edited, ok = fp.ApplyEdits(fn, call, slot, forms)
	}
	if !ok {
		edited = []flow.Str{flow.Concat(flow.Str(prefix), flow.Str{{Lit: "/"}, {Unknown: true}})}
	}
	rest := u[at+1:].substitute(args) // a second option list's edits: unknown
	out := make([]Value, len(edited))
	for i, e := range edited {
		out[i] = concat(Value(e), rest)
	}
	return out, true
}
