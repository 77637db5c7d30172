package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
)

// A generated OpenAPI client keeps its server in a configuration field:
// NewConfiguration sets BasePath to the API's server
// ("https://platform.ringcentral.com/scim/v2"), and each method sends
// a.client.cfg.BasePath + "/Users". The route's origin is that field, and
// for a generic path such as /scim only the host says the route is
// RingCentral's. A string field of a struct type the package declares,
// which the package sets to one constant URL only, is read as that
// constant: the default server the package gives it. A program may set
// the field itself (RingCentral's sandbox server, say); the route stays
// the same. Other constants (a method, a path) are left alone: another
// package may set those to anything.

// fieldDefaults returns the string fields of the package's own struct
// types that the package sets, in composite literals and assignments, to
// one and the same absolute URL, and to nothing else.
func fieldDefaults(pkg *types.Package, info *types.Info, files []*ast.File) map[*types.Var]string {
	values := map[*types.Var]string{}
	varied := map[*types.Var]bool{}
	set := func(field *types.Var, x ast.Expr) {
		if field == nil || field.Pkg() != pkg || !field.IsField() || varied[field] {
			return
		}
		tv := info.Types[x]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			varied[field] = true
			return
		}
		s := constant.StringVal(tv.Value)
		if old, ok := values[field]; ok && old != s {
			varied[field] = true
			return
		}
		values[field] = s
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit:
				st, ok := structOf(info.TypeOf(n))
				if !ok {
					return true
				}
				for i, el := range n.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						if key, ok := kv.Key.(*ast.Ident); ok {
							field, _ := info.Uses[key].(*types.Var)
							set(field, kv.Value)
						}
					} else if i < st.NumFields() {
						set(st.Field(i), el)
					}
				}
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
					if !ok {
						continue
					}
					field, _ := info.Uses[sel.Sel].(*types.Var)
					if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
						if field != nil {
							varied[field] = true
						}
						continue
					}
					set(field, n.Rhs[i])
				}
			}
			return true
		})
	}
	out := map[*types.Var]string{}
	for field, s := range values {
		if b, ok := field.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 && !varied[field] && strings.Contains(s, "://") {
			out[field] = s
		}
	}
	return out
}

// structOf returns the struct type a composite literal of type t builds:
// an element of a slice of pointers may elide &T.
func structOf(t types.Type) (*types.Struct, bool) {
	if t == nil {
		return nil, false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// evalFieldDefault evaluates x.F, a field with a default in the package.
func (e *evaluator) evalFieldDefault(sel *ast.SelectorExpr) (Value, bool) {
	if e.fieldDefaults == nil {
		return nil, false
	}
	selection, ok := e.info.Selections[sel]
	if !ok || selection.Kind() != types.FieldVal {
		return nil, false
	}
	field, _ := selection.Obj().(*types.Var)
	s, ok := e.fieldDefaults[field]
	if !ok {
		return nil, false
	}
	return lit(s), true
}
