package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// An operation table of another package read by name: routes.Lookup(name)
// returns table[name], a struct holding a method and a template. Its
// effects in terms of the parameter are every entry's, so a call passing
// "oauth.token" would read the whole table's routes. The package knows the
// table's keys, so it evaluates the function once for each (the value
// flow binds the parameter to the key) and exports the struct's fields by
// key; a call passing a constant key reads that entry.

// keyedFact gives, of an exported function returning a struct read from a
// table at its parameter Param (the receiver first), the struct's string
// fields for each key.
type keyedFact struct {
	Param int
	Cases []KeyedCase
}

// A KeyedCase is what the struct's fields hold for one key, as
// constant.Value.ExactString writes it.
type KeyedCase struct {
	Value  string
	Result []FieldValues
}

func (*keyedFact) AFact() {}

func (f *keyedFact) String() string { return fmt.Sprintf("keyed(%d, %d cases)", f.Param, len(f.Cases)) }

// exportKeyed publishes, of an exported function that reads a
// package-level table at a parameter and returns a struct, the struct's
// fields for each key of the table.
func (s *packageScan) exportKeyed(fn *types.Func) {
	decl := s.decls[fn]
	res := fn.Signature().Results()
	if !fn.Exported() || decl == nil || res.Len() == 0 || !isStructResult(res.At(0).Type()) || !s.readsTableAtParam(decl) {
		return
	}
	i, keys, ok := s.dispatchParam(fn)
	if !ok {
		return
	}
	fact := &keyedFact{Param: i}
	for _, k := range keys {
		e, ok := s.flow().SpecializedEffects(fn, map[int]constant.Value{i: k})
		if !ok || e.Result == nil {
			return
		}
		fact.Cases = append(fact.Cases, KeyedCase{Value: k.ExactString(), Result: toFields(e.Result)})
	}
	s.pass.ExportObjectFact(fn, fact)
}

// isStructResult reports whether t is a struct, or a pointer to one.
func isStructResult(t types.Type) bool {
	_, ok := pointee(t).Underlying().(*types.Struct)
	return ok
}

// readsTableAtParam reports whether a function indexes a package-level
// variable with one of its parameters: table[name].
func (s *packageScan) readsTableAtParam(decl *ast.FuncDecl) bool {
	info := s.pass.TypesInfo
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		ix, ok := n.(*ast.IndexExpr)
		if !ok || found {
			return !found
		}
		table, ok1 := ast.Unparen(ix.X).(*ast.Ident)
		key, ok2 := ast.Unparen(ix.Index).(*ast.Ident)
		if !ok1 || !ok2 {
			return true
		}
		v, isVar := info.Uses[table].(*types.Var)
		k, isKeyVar := info.Uses[key].(*types.Var)
		found = isVar && v.Parent() == s.pass.Pkg.Scope() && isKeyVar && isParamOf(decl, info, k)
		return !found
	})
	return found
}

// isParamOf reports whether v is a parameter of the function decl.
func isParamOf(decl *ast.FuncDecl, info *types.Info, v *types.Var) bool {
	for _, f := range decl.Type.Params.List {
		for _, name := range f.Names {
			if info.Defs[name] == v {
				return true
			}
		}
	}
	return false
}

// SpecializedEffects reads a function's keyed fact: the struct's fields
// for the key a call passes.
func (o flowOracle) SpecializedEffects(fn *types.Func, consts map[int]constant.Value) (flow.Effects, bool) {
	var fact keyedFact
	if fn.Pkg() == nil || fn.Pkg() == o.s.pass.Pkg || !o.s.pass.ImportObjectFact(fn, &fact) {
		return flow.Effects{}, false
	}
	c, ok := consts[fact.Param]
	if !ok {
		return flow.Effects{}, false
	}
	for _, kc := range fact.Cases {
		if kc.Value == c.ExactString() {
			return flow.Effects{Result: fromFields(kc.Result, true)}, true
		}
	}
	return flow.Effects{}, false
}
