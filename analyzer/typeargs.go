package analyzer

import (
	"go/ast"
	"go/types"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// A generic function whose route is what a method of its type argument
// returns (Repository[T].List reading T.CollectionPath) has templates with
// a projection of the type argument (flow.TypeArgMethod): a call of an
// instance fills it in with what that method of the instance's type
// returns, its arguments known only at run time.

// typeArgProjection returns the values method m of the constraint of
// callee's k-th type parameter returns for the type argument of the
// instance call calls, in terms of fn's parameters; one unknown value
// when the call names no such type, or its method builds no route.
func (s *packageScan) typeArgProjection(fn *types.Func, call *ast.CallExpr, callee *types.Func, k, m int) []Value {
	tps := flow.TypeParams(callee.Signature())
	args := s.typeArgs(call)
	if k >= tps.Len() || k >= args.Len() {
		return []Value{unknown()}
	}
	iface, ok := tps.At(k).Constraint().Underlying().(*types.Interface)
	if !ok || m >= iface.NumMethods() {
		return []Value{unknown()}
	}
	name := iface.Method(m).Name()
	arg := args.At(k)
	if tp, ok := types.Unalias(arg).(*types.TypeParam); ok {
		// fn is generic too: the projection of its own type argument.
		return s.ownTypeArgMethod(fn, tp, name)
	}
	obj, _, _ := types.LookupFieldOrMethod(arg, true, s.pass.Pkg, name)
	method, ok := obj.(*types.Func)
	if !ok {
		return []Value{unknown()}
	}
	method = method.Origin()
	routes, ok := s.routeBuilder(method)
	if method.Pkg() == s.pass.Pkg {
		fp := s.flow()
		if fp == nil {
			return []Value{unknown()}
		}
		strs, found := fp.Returns(method)
		routes, ok = alternatives(strs), found
	}
	if !ok || len(routes) == 0 {
		return []Value{unknown()}
	}
	out := make([]Value, len(routes))
	for i, r := range routes {
		out[i] = r.substitute(nil) // its arguments: known only at run time
	}
	return out
}

// ownTypeArgMethod is the projection of fn's type parameter tp's method
// name, when fn has that type parameter.
func (s *packageScan) ownTypeArgMethod(fn *types.Func, tp *types.TypeParam, name string) []Value {
	tps := flow.TypeParams(fn.Signature())
	for k := range tps.Len() {
		if m, ok := flow.ConstraintMethod(tp, name); ok && tps.At(k) == tp {
			return []Value{{Part{Param: flow.TypeArgMethod(k, m), IsParam: true}}}
		}
	}
	return []Value{unknown()}
}

// typeArgs are the type arguments of the instance a call calls: of a
// method of an instantiated generic type, the receiver's; of a generic
// function, the call's (written or inferred). nil for none.
func (s *packageScan) typeArgs(call *ast.CallExpr) *types.TypeList {
	info := s.pass.TypesInfo
	fun := ast.Unparen(call.Fun)
	if ix, ok := fun.(*ast.IndexExpr); ok {
		fun = ix.X
	} else if ix, ok := fun.(*ast.IndexListExpr); ok {
		fun = ix.X
	}
	var id *ast.Ident
	switch f := fun.(type) {
	case *ast.SelectorExpr:
		if sel := info.Selections[f]; sel != nil {
			recv := sel.Recv()
			if p, ok := recv.(*types.Pointer); ok {
				recv = p.Elem() // not pointee: its origin has no type arguments
			}
			if named, ok := types.Unalias(recv).(*types.Named); ok {
				return named.TypeArgs()
			}
			return nil
		}
		id = f.Sel
	case *ast.Ident:
		id = f
	}
	if id == nil {
		return nil
	}
	return info.Instances[id].TypeArgs
}
