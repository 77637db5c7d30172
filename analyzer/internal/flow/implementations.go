package flow

import (
	"go/ast"
	"go/types"

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
// each method's values that implementation's. ok is false when the value
// is traced, or no more than one implementation may be it.
func (p *Program) JointMethods(call *ast.CallExpr, slot int, methods []string, target *types.Func) ([][][]Str, bool) {
	p.ensure(call.Pos())
	defer p.answering()()
	instr, arg, ok := p.slotArg(call, slot)
	if !ok || !types.IsInterface(arg.Type()) || p.concreteTypes(arg, map[ssa.Value]bool{}) != nil {
		return nil, false
	}
	impls := p.implementations(arg.Type())
	if len(impls) < 2 {
		return nil, false
	}
	var groups [][][]Str
	for _, t := range impls {
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
		}
	}
	return groups, len(groups) > 0
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
