package flow

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// An interface value the flow cannot trace to its conversions (a command
// taken from a queue by a worker, a handler looked up in a registry) holds
// whatever the program converts to its interface: any implementation in
// sight, a type of the package or of a package it imports. What one of
// its methods returns is each implementation's answer, the receiver's
// fields as the package stores them into any object of the type (or
// their holes, for the client to pair). Asked together (JointMethods),
// the methods of one value give a group for each implementation: its
// method beside its own path, never another's.
//
// Only the program's own interfaces are read so: any type with a String
// method is a fmt.Stringer, and a value of std's interface says nothing
// of which.

// implementations returns the types, of the package and of the packages
// it imports, whose values or pointers implement the named interface
// type t; nil for std's interfaces, an unnamed one, or more
// implementations than a joint question pins.
func (p *Program) implementations(t types.Type) []types.Type {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || p.oracle.Std(named.Obj().Pkg().Path()) {
		return nil
	}
	iface, ok := named.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return nil
	}
	if got, ok := p.implemented[named]; ok {
		return got
	}
	var out []types.Type
	pkgs := append([]*types.Package{p.types}, p.types.Imports()...)
	for _, pkg := range pkgs {
		if pkg != p.types && p.oracle.Std(pkg.Path()) {
			continue
		}
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
				continue // instantiated where it is used, not here
			}
			switch typ := tn.Type(); {
			case types.Implements(typ, iface):
				out = append(out, typ)
			case types.Implements(types.NewPointer(typ), iface):
				out = append(out, types.NewPointer(typ))
			}
		}
	}
	if len(out) > maxJointObjects {
		out = nil
	}
	if p.implemented == nil {
		p.implemented = map[*types.Named][]types.Type{}
	}
	p.implemented[named] = out
	return out
}

// untracedMethod is what method name of an interface value the flow
// cannot trace returns: each implementation's answer, or the pinned
// implementation's alone in a joint question.
func (ev *evaluation) untracedMethod(v ssa.Value, name string, fr frame, depth int) []Str {
	impls := ev.p.implementations(v.Type())
	if len(impls) == 0 {
		return unknownSet()
	}
	var out []Str
	for _, t := range impls {
		if ev.implPin != nil && !types.Identical(t, ev.implPin) {
			continue
		}
		out = union(out, ev.concreteMethod(t, nil, name, nil, fr, depth))
	}
	if ev.implPin != nil && len(out) == 0 {
		return nil // not the pinned implementation's value
	}
	return bound(out)
}

// JointMethods is Projection of several methods of the interface value
// in slot, read together, when the flow cannot trace the value to its
// conversions: one group of value sets for each implementation in sight,
// each method's values that implementation's, and the implementations by
// group. ok is false when the value is traced, or no implementation is in
// sight.
func (p *Program) JointMethods(call *ast.CallExpr, slot int, methods []string, target *types.Func) (groups [][][]Str, impls []types.Type, ok bool) {
	p.ensure(call.Pos())
	defer p.answering()()
	instr, arg, found := p.slotArg(call, slot)
	if !found || !types.IsInterface(arg.Type()) || p.concreteTypes(arg, map[ssa.Value]bool{}) != nil {
		return nil, nil, false
	}
	excluded := excludedTypes(arg, instr.Block())
	for _, t := range p.implementations(arg.Type()) {
		if slices.ContainsFunc(excluded, func(x types.Type) bool { return types.Identical(x, t) }) {
			continue // a type switch sent it elsewhere
		}
		group := make([][]Str, len(methods))
		for i, name := range methods {
			ev, fr := p.start(target)
			ev.defers = true
			ev.implPin = t
			ev.local = map[memoKey][]Str{}
			group[i] = bound(ev.methodAt(arg, name, instr, fr, 0))
		}
		if !anyEmpty(group) {
			groups = append(groups, group)
			impls = append(impls, t)
		}
	}
	return groups, impls, len(groups) > 0
}

// anyEmpty reports whether a group has a value set with no value.
func anyEmpty(group [][]Str) bool {
	for _, strs := range group {
		if len(strs) == 0 {
			return true
		}
	}
	return false
}

// UntracedInterface returns the interface type of the argument in slot of
// call when the flow cannot trace the value to its conversions: a
// command a worker takes off a queue, which any implementation of the
// program's may be. (A type switch can send away only types the caller
// sees: JointMethods leaves those out.) ok is false for a traced value,
// or one of an unnamed interface or of std's.
func (p *Program) UntracedInterface(call *ast.CallExpr, slot int) (*types.Named, bool) {
	p.ensure(call.Pos())
	defer p.answering()()
	_, arg, ok := p.slotArg(call, slot)
	if !ok || !types.IsInterface(arg.Type()) || p.concreteTypes(arg, map[ssa.Value]bool{}) != nil {
		return nil, false
	}
	named, ok := types.Unalias(arg.Type()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || p.oracle.Std(named.Obj().Pkg().Path()) {
		return nil, false
	}
	return named, true
}

// MethodOn is what method name returns on the concrete value of e, an
// expression of a function of the package converted to an interface (a
// command handed to a queue): the method followed with the receiver's
// fields as e holds them. ok is false when the package's SSA form has no
// such value, or it is an interface.
func (p *Program) MethodOn(e ast.Expr, name string, target *types.Func) ([]Str, bool) {
	p.ensure(e.Pos())
	if t := p.info.TypeOf(e); t != nil {
		if fn, ok := p.ownMethod(t, name); ok {
			p.ensure(fn.Pos()) // built only when asked: a method returning a constant
		}
	}
	defer p.answering()()
	v, ok := p.exprs[ast.Unparen(e)]
	if c, isConst := v.(*ssa.Const); isConst || !ok {
		// A zero value (commands.Ping{}) is a constant: its methods
		// read no field.
		cl, lit := ast.Unparen(e).(*ast.CompositeLit)
		if !isConst && (!lit || len(cl.Elts) > 0) || isConst && !c.IsNil() && c.Value != nil {
			return nil, false
		}
		ev, fr := p.start(target)
		ev.defers = true
		return bound(ev.concreteMethod(p.info.TypeOf(e), nil, name, nil, fr, 0)), true
	}
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	if types.IsInterface(v.Type()) {
		return nil, false
	}
	at, _ := v.(ssa.Instruction)
	if refs := v.Referrers(); refs != nil && len(*refs) > 0 {
		at = (*refs)[0]
	}
	if at == nil {
		return nil, false
	}
	ev, fr := p.start(target)
	ev.defers = true
	return bound(ev.concreteMethod(v.Type(), v, name, at, fr, 0)), true
}

// ownMethod is the package's method name of t, or of what t points to.
func (p *Program) ownMethod(t types.Type, name string) (*types.Func, bool) {
	name, _ = splitSelector(name)
	obj, _, _ := types.LookupFieldOrMethod(t, true, p.types, name)
	fn, ok := obj.(*types.Func)
	return fn, ok && fn.Pkg() == p.types
}

// excludedTypes returns the concrete types a type assertion of v (a case
// of a type switch, an if v, ok := x.(T); ok { ... return }) has sent
// away from block: each assertion whose failing branch dominates it.
func excludedTypes(v ssa.Value, block *ssa.BasicBlock) []types.Type {
	var out []types.Type
	refs := v.Referrers()
	if refs == nil {
		return nil
	}
	for _, r := range *refs {
		ta, ok := r.(*ssa.TypeAssert)
		if !ok || !ta.CommaOk || types.IsInterface(ta.AssertedType) {
			continue
		}
		for _, u := range *ta.Referrers() {
			ext, ok := u.(*ssa.Extract)
			if !ok || ext.Index != 1 {
				continue
			}
			for _, w := range *ext.Referrers() {
				if cond, ok := w.(*ssa.If); ok && len(cond.Block().Succs) == 2 {
					failed := cond.Block().Succs[1]
					if failed.Dominates(block) && failed.Preds[0] == cond.Block() && len(failed.Preds) == 1 {
						out = append(out, ta.AssertedType)
					}
				}
			}
		}
	}
	return out
}
