package analyzer

import (
	"go/ast"
	"go/types"
	"maps"
	"slices"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
	"github.com/rcperm/rcperm/permissions"
)

// A request's method and route read off one object the value flow cannot
// trace (an element of a table of {method, path} ranged over), or set
// together in each case of a switch, are asked together
// (flow.Program.Joint): each object, or each case, is one request, its
// method beside its own route, never beside another's. Without it a
// method of several values is unknown (method).

// jointValues gives the values of exprs, read together, object by object:
// a group a value set each, a field the object leaves unset the empty
// string. ok is false unless one of exprs holds several values, none is
// a constant, and the flow pairs them. (One may hold one value apart from
// the objects that leave it unset: a method set by some elements only.)
// vals are what each of exprs holds read alone.
func (s *packageScan) jointValues(fn *types.Func, qs []flow.Question, vals [][]Value) (groups [][][]Value, ok bool) {
	fp := s.flow()
	if fp == nil {
		return nil, false
	}
	several := false
	for i, q := range qs {
		if q.Call == nil {
			if _, isConst := constantValue(s.pass.TypesInfo, q.Expr); isConst {
				return nil, false
			}
		}
		several = several || len(vals[i]) > 1 || q.Call == nil && len(vals[i]) == 1 && s.holeBeside(fn, q.Expr)
	}
	if !several {
		return nil, false
	}
	strGroups, ok := fp.Joint(qs, fn)
	if !ok {
		return nil, false
	}
	for _, g := range strGroups {
		group := make([][]Value, len(g))
		for i, strs := range g {
			if strs == nil {
				group[i] = []Value{lit("")}
				continue
			}
			group[i] = alternatives(strs)
		}
		groups = append(groups, group)
	}
	return groups, true
}

// holeBeside reports whether x holds, beside its one route, a read of a
// field of too many stores to tell (a step's path, beside the routes of
// the closures other steps hold): alternatives leaves it out, and only a
// question pinning the objects tells what it holds.
func (s *packageScan) holeBeside(fn *types.Func, x ast.Expr) bool {
	strs, ok := s.flow().Strings(x, fn)
	return ok && len(strs) > 1 && slices.ContainsFunc(strs, func(str flow.Str) bool {
		return slices.ContainsFunc(str, func(p flow.Part) bool { return p.Field != "" })
	})
}

// jointSinkRequests returns the requests a sink call whose method and URL
// are read off the same objects makes: one an object, each with its own
// method. merged is set when an object gives several: its values are
// merged, not paired. ok is false for any other call.
func (s *packageScan) jointSinkRequests(fn *types.Func, sk sink, call *ast.CallExpr, args []ast.Expr) (methods []Value, urls []Value, merged, ok bool) {
	if sk.method != "" || sk.methodArg >= len(args) || sk.urlArg < 0 || sk.urlArg >= len(args) {
		return nil, nil, false, false
	}
	exprs := []ast.Expr{args[sk.methodArg], args[sk.urlArg]}
	if _, isConst := constantValue(s.pass.TypesInfo, exprs[0]); isConst {
		return nil, nil, false, false // one method: nothing to pair
	}
	groups, ok := s.jointValues(fn, []flow.Question{{Expr: exprs[0]}, {Expr: exprs[1]}}, [][]Value{s.values(fn, exprs[0]), s.values(fn, exprs[1])})
	if !ok {
		return nil, nil, false, false
	}
	for _, g := range groups {
		if len(g[1]) == 1 && g[1][0].equal(lit("")) {
			continue // an object with no URL: not one this call sends
		}
		method := unknown()
		if len(g[0]) == 1 {
			method = upper(g[0][0])
		}
		base := g[1]
		if edited, ok := s.editedURL(fn, call, base); ok {
			base = edited
		}
		// Each group is one object's request; only a group of several
		// values merges what may not go together.
		merged = merged || len(base) > 1 || len(g[0]) > 1
		for _, u := range base {
			methods = append(methods, method)
			urls = append(urls, concat(lit(sk.prefix), u))
		}
	}
	return methods, urls, merged, len(urls) > 0
}

// jointCombinations returns the combinations of a wrapper call's
// arguments when two or more of them are read off the same objects: each
// object's values together, combined with the other arguments' values.
// An argument may be a field of another the wrapper reads (fetch(st,
// route) reading st.method, route computed from st): asked beside the
// arguments, it is paired the same way. An object that leaves an
// argument a template's URL reads unset is no request of the call's. ok
// is false when no such arguments are.
func (s *packageScan) jointCombinations(fn *types.Func, call *ast.CallExpr, exprs []ast.Expr, n int, used map[int]bool, valuesOf func(int) []Value, inURL map[int]bool) (combos [][]Value, merged, ok bool) {
	var idx []int
	var joint []flow.Question
	var vals [][]Value
	direct := min(n, len(exprs))
	for i := range direct {
		if v := valuesOf(i); len(v) > 0 {
			if _, isConst := constantValue(s.pass.TypesInfo, exprs[i]); !isConst {
				idx = append(idx, i)
				joint = append(joint, flow.Question{Expr: exprs[i]})
				vals = append(vals, v)
			}
		}
	}
	fields := len(idx) == 1
	if fields {
		// One argument beside the fields of others: those fields are
		// asked with it. (Fields alone are jointProjections'.)
		for _, i := range slices.Sorted(maps.Keys(used)) {
			slot, field, method, projected := flow.ProjectionOf(i)
			if !projected || method || flow.WholeArg(field) {
				continue
			}
			if v := valuesOf(i); len(v) > 0 {
				idx = append(idx, i)
				joint = append(joint, flow.Question{Call: call, Slot: slot, Field: field})
				vals = append(vals, v)
			}
		}
	}
	if len(idx) < 2 {
		return nil, false, false
	}
	if !fields {
		n = direct // the arguments alone: no field is read beside them
	}
	groups, ok := s.jointValues(fn, joint, vals)
	if !ok {
		return nil, false, false
	}
next:
	for _, g := range groups {
		for k, j := range idx {
			if inURL[j] && len(g[k]) == 1 && g[k][0].equal(lit("")) {
				continue next
			}
		}
		c, _ := s.combinations(n, func(i int) []Value {
			for k, j := range idx {
				if i == j {
					return g[k]
				}
			}
			return valuesOf(i)
		})
		combos = append(combos, c...)
	}
	return combos, len(combos) > 1, len(combos) > 0
}

// jointProjections returns the combinations of a wrapper call's arguments
// when its templates read two or more fields of one argument (a builder's
// method and path, off its receiver) and one of them holds several
// values: each branch the argument comes from gives its fields together
// (flow.Program.JointProjection), combined with the other arguments'
// values; methods of an interface argument the flow cannot trace are
// asked first (jointMethods). ok is false when there are no such fields,
// or no branches.
func (s *packageScan) jointProjections(fn *types.Func, call *ast.CallExpr, callee *types.Func, n int, used map[int]bool, templates []RequestTemplate, valuesOf func(int) []Value) (combos [][]Value, origins []*boundOrigin, ok bool) {
	if combos, origins, ok := s.jointMethods(fn, call, callee, n, used, templates, valuesOf); ok {
		return combos, origins, true
	}
	bySlot := map[int][]int{} // the params of each slot's fields
	for i := range used {
		if slot, _, method, projected := flow.ProjectionOf(i); projected && !method {
			bySlot[slot] = append(bySlot[slot], i)
		}
	}
	slots := make([]int, 0, len(bySlot))
	for slot := range bySlot {
		slots = append(slots, slot)
	}
	slices.Sort(slots)
	for _, slot := range slots {
		params := bySlot[slot]
		several := false
		for _, i := range params {
			several = several || len(valuesOf(i)) > 1
		}
		if len(params) < 2 || !several {
			continue
		}
		fp := s.flow()
		if fp == nil {
			return nil, nil, false
		}
		slices.Sort(params)
		fields := make([]int, len(params))
		for k, i := range params {
			_, fields[k], _, _ = flow.ProjectionOf(i)
		}
		groups, found := fp.JointProjection(call, slot, fields, flow.SlotType(callee.Signature(), slot), fn)
		if !found {
			continue
		}
		combos = s.groupCombinations(groups, params, n, valuesOf)
		return combos, nil, len(combos) > 0
	}
	return nil, nil, false
}

// jointMethods returns the combinations of a wrapper call's arguments
// when its templates read methods of an interface argument the value flow
// cannot trace (a command a worker takes from a queue), and one of them
// holds several values or is unknown: each implementation in sight gives
// its methods together (flow.Program.JointMethods), combined with the
// other arguments' values. ok is false when there are no such methods.
func (s *packageScan) jointMethods(fn *types.Func, call *ast.CallExpr, callee *types.Func, n int, used map[int]bool, templates []RequestTemplate, valuesOf func(int) []Value) (combos [][]Value, origins []*boundOrigin, ok bool) {
	bySlot := map[int][]int{} // the params of each slot's methods
	for i := range used {
		if slot, _, method, projected := flow.ProjectionOf(i); projected && method {
			if _, typeArg := flow.TypeArgOf(slot); !typeArg {
				bySlot[slot] = append(bySlot[slot], i)
			}
		}
	}
	if len(bySlot) == 0 {
		return nil, nil, false
	}
	fp := s.flow()
	if fp == nil {
		return nil, nil, false
	}
	for _, slot := range slices.Sorted(maps.Keys(bySlot)) {
		params := bySlot[slot]
		open := false
		for _, i := range params {
			vals := valuesOf(i)
			open = open || len(vals) > 1 || slices.ContainsFunc(vals, Value.blank)
		}
		iface, isIface := underlying(flow.SlotType(callee.Signature(), slot)).(*types.Interface)
		if !open || !isIface {
			continue
		}
		slices.Sort(params)
		names := make([]string, len(params))
		for k, i := range params {
			_, index, _, _ := flow.ProjectionOf(i)
			sel, ok := flow.MethodSelector(iface, index)
			if !ok {
				return nil, nil, false
			}
			names[k] = sel
		}
		id := s.recordMethodRead(call, callee, slot, params, templates, valuesOf)
		groups, impls, found := fp.JointMethods(call, slot, names, fn)
		if !found && id != "" {
			// Every implementation is out of sight: the packages that
			// convert values to the interface check them, and the call
			// counts one late-bound request until one does.
			s.unresolved = append(s.unresolved, site{at: call, req: RequestTemplate{Method: unknown(), URL: unknown()}, gap: permissions.Gap{Kind: permissions.GapURL, PathKnown: true}, late: id})
			return nil, nil, true
		}
		if !found {
			continue
		}
		for k, g := range groups {
			c := s.groupCombinations([][][]flow.Str{g}, params, n, valuesOf)
			origin := s.implementationStep(impls[k], names[0])
			for range c {
				origins = append(origins, origin)
			}
			combos = append(combos, c...)
		}
		return combos, origins, len(combos) > 0
	}
	return nil, nil, false
}

// implementationStep is the step a request made with the methods of an
// implementation in sight takes: the implementation's method named name
// (an action's Route), where the route is.
func (s *packageScan) implementationStep(t types.Type, name string) *boundOrigin {
	obj, _, _ := types.LookupFieldOrMethod(t, true, s.pass.Pkg, flow.SelectedMethod(name))
	m, ok := obj.(*types.Func)
	if !ok || !m.Pos().IsValid() {
		return nil
	}
	p := s.pass.Fset.Position(m.Pos())
	return &boundOrigin{step: Step{Call: m.FullName(), File: p.Filename, Line: p.Line, Col: p.Column}, dispatched: true}
}

// groupCombinations returns the combinations of a wrapper call's
// arguments for groups of the values of params read together: each
// group's, combined with the other arguments' values.
func (s *packageScan) groupCombinations(groups [][][]flow.Str, params []int, n int, valuesOf func(int) []Value) [][]Value {
	var combos [][]Value
	for _, g := range groups {
		c, _ := s.combinations(n, func(i int) []Value {
			if k := slices.Index(params, i); k >= 0 {
				return alternatives(g[k])
			}
			return valuesOf(i)
		})
		combos = append(combos, c...)
	}
	return combos
}
