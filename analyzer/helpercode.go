package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
	"golang.org/x/tools/go/types/typeutil"
)

// codeFact carries an exported string helper of the package compiled for
// the value flow's interpreter (flow.Code): one that fills a template's
// placeholders in a loop, which no template in terms of its parameters
// says, is run at its calls in other packages on their arguments.
type codeFact struct {
	Code flow.Code
}

func (*codeFact) AFact() {}

func (f *codeFact) String() string { return fmt.Sprintf("code(%d blocks)", len(f.Code.Blocks)) }

// maxCodeInstrs bounds the size of the helpers the package exports.
const maxCodeInstrs = 400

// exportCode publishes fn's Code when it is an exported string helper
// that handles templates or paths (text with a brace or a slash), and the
// value flow has no route of it (unrouted) or only a summary of a loop
// the interpreter runs as Go does. It returns the templates of the
// Code's inputs: the fields of a receiver they read are set by the
// type's constructors and setters, whose effects the callers need too.
func (s *packageScan) exportCode(fn *types.Func, unrouted bool) []RequestTemplate {
	decl := s.decls[fn]
	if !fn.Exported() || decl == nil || !s.templateHelper(fn, 0) {
		return nil
	}
	fp := s.flow()
	if fp == nil {
		return nil
	}
	code, ok := fp.CodeOf(fn)
	if !ok || codeSize(code) > maxCodeInstrs || !unrouted && !code.Loops() {
		return nil
	}
	s.pass.ExportObjectFact(fn, &codeFact{Code: *code})
	var inputs []RequestTemplate
	for _, in := range code.Inputs {
		for _, t := range in.Tmpls {
			inputs = append(inputs, RequestTemplate{URL: Value(t)})
		}
	}
	return inputs
}

// maxHelperDepth bounds the calls templateHelper follows.
const maxHelperDepth = 4

// templateHelper reports whether fn, a function of the package, handles
// templates or paths: its body has such text (handlesTemplates), or it
// calls a function of the package that does (Me() filling its receiver
// through With("accountId", "~")).
func (s *packageScan) templateHelper(fn *types.Func, depth int) bool {
	decl := s.decls[fn]
	if decl == nil || decl.Body == nil || depth > maxHelperDepth {
		return false
	}
	if s.handlesTemplates(decl.Body) {
		return true
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			if callee, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func); ok && callee != fn && callee.Pkg() == s.pass.Pkg {
				found = s.templateHelper(callee.Origin(), depth+1)
			}
		}
		return !found
	})
	return found
}

// handlesTemplates reports whether the syntax under root has a string or
// rune constant with a brace or a slash.
func (s *packageScan) handlesTemplates(root ast.Node) bool {
	found := false
	ast.Inspect(root, func(n ast.Node) bool {
		x, ok := n.(ast.Expr)
		if found || !ok {
			return !found
		}
		if tv := s.pass.TypesInfo.Types[x]; tv.Value != nil {
			switch tv.Value.Kind() {
			case constant.String:
				found = strings.ContainsAny(constant.StringVal(tv.Value), "{/")
			case constant.Int:
				if r, ok := constant.Int64Val(tv.Value); ok {
					found = r == '{' || r == '/'
				}
			}
			return false
		}
		return true
	})
	return found
}

func codeSize(c *flow.Code) int {
	n := 0
	for _, b := range c.Blocks {
		n += len(b.Instrs)
	}
	for i := range c.Funcs {
		n += codeSize(&c.Funcs[i])
	}
	return n
}

// Code reads a string helper's Code from its fact.
func (o flowOracle) Code(fn *types.Func) (*flow.Code, bool) {
	fn = fn.Origin()
	var fact codeFact
	if fn.Pkg() == nil || fn.Pkg() == o.s.pass.Pkg || !o.s.pass.ImportObjectFact(fn, &fact) {
		return nil, false
	}
	return &fact.Code, true
}
