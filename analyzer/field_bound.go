package analyzer

import (
	"go/ast"
	"go/types"
	"maps"
	"slices"
	"sort"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// A route field read plainly (c.server + job.Path) is the request of each
// store into the field (route_fields.go). One the request computes on
// (fmt.Sprintf(job.Path, account), a template executed, a path joined)
// loses the field in the computation: the URL is unknown. Such a request
// is asked again once for each store, the field and its siblings bound to
// the store's values (flow.Program.StringsWith): the computation runs on
// each job's template, and each job is its request, its method beside
// its own route.

// maxBoundStores bounds the stores a request is asked again for.
const maxBoundStores = 64

// boundGroups returns, for the expressions of a request (a sink's method
// and URL, a wrapper's arguments), the values each store of the route
// field its URL loses makes them hold: a group a store, nil for an
// expression the store changes nothing of. ok is false when no URL
// expression loses a field whose stores are known.
func (s *packageScan) boundGroups(fn *types.Func, exprs []ast.Expr, inURL func(int) bool) (groups [][][]Value, origins []*boundOrigin, ok bool) {
	fp := s.flow()
	if fp == nil {
		return nil, nil, false
	}
	var lost []string
	for i, x := range exprs {
		if x == nil || !inURL(i) {
			continue
		}
		vals := s.values(fn, x)
		if !s.losesField(vals) {
			continue
		}
		for _, key := range fp.HolesIn(x, fn) {
			if !slices.Contains(lost, key) {
				lost = append(lost, key)
			}
		}
		// And the holes the values hold that another package's facts
		// brought, which the flow met in no read of its own.
		for _, v := range vals {
			for _, p := range v {
				if p.Unknown && p.Field != "" && !slices.Contains(lost, p.Field) {
					lost = append(lost, p.Field)
				}
			}
		}
	}
	if len(lost) == 0 {
		return nil, nil, false
	}
	stores := s.routeStores(lost)
	if len(stores) == 0 || len(stores) > maxBoundStores {
		return nil, nil, false
	}
	for _, o := range stores {
		group := make([][]Value, len(exprs))
		for i, x := range exprs {
			if x == nil {
				continue
			}
			if strs, ok := fp.StringsWith(x, fn, o.fields); ok {
				group[i] = alternatives(strs)
			}
		}
		groups = append(groups, group)
		origins = append(origins, &o.origin)
	}
	return groups, origins, true
}

// routeStores returns the stores of the first of the fields a request
// loses, by their holes' keys, whose stores hold routes: the field to
// bind; the others (an account ID from configuration) stay what they
// are.
func (s *packageScan) routeStores(lost []string) []storedObject {
	sort.Strings(lost)
	for _, key := range lost {
		if stores := s.storedObjects(key); slices.ContainsFunc(stores, func(o storedObject) bool {
			return slices.ContainsFunc(o.fields[key], func(v flow.Str) bool { return routeLike(Value(v)) })
		}) {
			for i := range stores {
				stores[i].origin.base = basesOnly(alternatives(stores[i].fields[key]))
			}
			return stores
		}
	}
	return nil
}

// A storedObject is what one store's object holds in the string fields
// of its struct, by their holes' keys, and where the store is.
type storedObject struct {
	fields map[string][]flow.Str
	origin boundOrigin
}

// A boundOrigin is where a store a request's values come from is: the
// step to it, and its expression when the package writes it. For the
// methods of an implementation in sight (joint.go), it is the
// implementation's method, and dispatched is set.
type boundOrigin struct {
	step       Step
	at         ast.Expr
	dispatched bool
	// base is set for a store of nothing but bases (a configuration's
	// default server or API prefix): it picks no route, and the request
	// is the read's, reported there.
	base bool
}

// losesField reports whether some value holds a part known only at run
// time that is no field's hole, or the hole of a field another package's
// fact brought (a prefix its URL builder read off a configuration), and
// no parameter its callers fill in: a computation on a field may have
// lost it, and no caller can tell it better (a helper call the callers
// run, a projection they fill in, is theirs). A fact's hole is no
// caller's to fill: beside it, a projection (a chat ID its receiver
// holds) stays for the callers, the hole bound here.
func (s *packageScan) losesField(vals []Value) bool {
	lost, foreign, projected := false, false, false
	for _, v := range vals {
		for _, p := range v {
			if _, deferred := flow.DeferredIndex(p.Param); p.IsParam && deferred {
				return false
			}
			if _, _, _, ok := flow.ProjectionOf(p.Param); p.IsParam && ok {
				projected = true
			}
			hole := p.Unknown && p.Field != ""
			foreign = foreign || hole && s.holeField(p) == nil
			lost = lost || p.Unknown && !hole
		}
	}
	if projected {
		return foreign
	}
	return lost || foreign
}

// boundBases fills in, in vals, each hole of another package's field
// whose stores give it nothing but bases (a configuration's default API
// prefix, read by a client package into a filter path it returns): the
// base is the filter's or request's beginning, whichever store it is.
func (s *packageScan) boundBases(vals []Value) []Value {
	var out []Value
	for _, v := range vals {
		out = append(out, s.filledBases(v)...)
	}
	return out
}

// filledBases is boundBases of one value: v itself when it has no such
// hole, or its bases make too many values.
func (s *packageScan) filledBases(v Value) []Value {
	filled := []Value{{}}
	for _, p := range v {
		next := []Value{{p}}
		if p.Unknown && p.Field != "" && s.holeField(p) == nil {
			if bases := s.fieldBases(p.Field); bases != nil {
				next = bases
			}
		}
		var grown []Value
		for _, f := range filled {
			for _, n := range next {
				grown = append(grown, concat(f, n))
			}
		}
		if len(grown) > maxArgCombinations {
			return []Value{v}
		}
		filled = grown
	}
	return filled
}

// fieldBases returns what the stores into the field a hole key names
// give it, when every one gives nothing but bases (basesOnly); nil
// otherwise.
func (s *packageScan) fieldBases(key string) []Value {
	var out []Value
	for _, o := range s.storedObjects(key) {
		vals := alternatives(o.fields[key])
		if !basesOnly(vals) {
			return nil
		}
		for _, v := range vals {
			if !slices.ContainsFunc(out, v.equal) {
				out = append(out, v)
			}
		}
	}
	return out
}

// storedObjects returns, for each store into the field a hole key names
// (the package's own, and another package's from its facts), what the
// stored object holds in the struct's string fields: the field the
// store's values, a sibling what the same literal or variable sets.
func (s *packageScan) storedObjects(key string) []storedObject {
	f := s.holeField(Part{Unknown: true, Field: key})
	if f == nil {
		// A string field's hole a fact brought (a client's prefix read
		// off its configuration, in a URL another package built): its
		// stores are the field's package's, from its facts.
		if g := s.importedField(key); g != nil && isStringType(g.Type()) {
			f = g
		}
	}
	if f == nil {
		return nil
	}
	owner := holeOwner(key)
	strs := func(vals []Value) []flow.Str {
		out := make([]flow.Str, len(vals))
		for i, v := range vals {
			out[i] = flow.Str(v)
		}
		return out
	}
	step := func(file string, line, col int) Step {
		return Step{Call: "stored in " + key, File: file, Line: line, Col: col}
	}
	var out []storedObject
	for _, st := range s.fieldStoresOf(f) {
		fields := map[string][]flow.Str{key: strs(st.values(s))}
		sibling := st.siblings(s, false)
		if strct, ok := pointee(st.owner).Underlying().(*types.Struct); ok {
			for i := range strct.NumFields() {
				if g := strct.Field(i); g != f && isStringType(g.Type()) {
					fields[owner+"."+g.Name()] = strs(sibling(g))
				}
			}
		}
		p := s.pass.Fset.Position(st.value.Pos())
		out = append(out, storedObject{fields, boundOrigin{step: step(p.Filename, p.Line, p.Column), at: st.value}})
	}
	var fact fieldStoresFact
	if f.Pkg() != s.pass.Pkg && s.pass.ImportObjectFact(f, &fact) && !fact.Truncated {
		for _, st := range fact.Stores {
			fields := map[string][]flow.Str{key: strs(st.Values)}
			for _, sib := range st.Siblings {
				fields[owner+"."+sib.Field] = []flow.Str{{{Lit: sib.Value}}}
			}
			out = append(out, storedObject{fields, boundOrigin{step: step(st.File, st.Line, st.Col)}})
		}
	}
	return out
}

// boundSinkRequests records the requests of a sink call whose URL loses
// a route field: one for each store, with its method, where a store of
// the package is written or else at the call (step is the call's). It
// reports whether the call is such a call.
func (s *packageScan) boundSinkRequests(sum *summary, sk sink, call *ast.CallExpr, args []ast.Expr, step Step) bool {
	if sk.urlArg < 0 || sk.urlArg >= len(args) {
		return false
	}
	exprs := []ast.Expr{nil, args[sk.urlArg]}
	if sk.method == "" && sk.methodArg < len(args) {
		exprs[0] = args[sk.methodArg]
	}
	groups, origins, ok := s.boundGroups(sum.fn, exprs, func(i int) bool { return i == 1 })
	if !ok {
		return false
	}
	fallback := s.sinkMethod(sum.fn, sk, args)
	for k, g := range groups {
		method := fallback
		if len(g[0]) == 1 {
			method = upper(g[0][0])
		}
		base := g[1]
		if edited, ok := s.editedURL(sum.fn, call, base); ok {
			base = edited
		}
		o := origins[k]
		target, at, chain := sum, ast.Expr(call), s.chains.add(step, s.chains.add(o.step, endOfChain))
		if o.at != nil && !o.base {
			target, at, chain = &summary{fn: sum.fn, seen: map[string]bool{}}, o.at, s.chains.add(o.step, s.chains.add(step, endOfChain))
		}
		for _, u := range base {
			s.request(target, at, RequestTemplate{Method: method, URL: concat(lit(sk.prefix), u), Chain: chain, Merged: len(groups) > 1})
		}
	}
	return true
}

// boundProjections returns the combinations of a wrapper call's
// arguments when the field of a struct argument its templates compute on
// (a deferred fmt.Sprintf(r.PathFmt, ...), an argument of a late-bound
// call) is a hole: one group for each store into the field, the
// argument's fields bound to what the store's object holds in them, and
// where each store is. ok is false when no template computes on such a
// field, or the computation makes several routes of one store's (a name
// appended or not): which of them a run makes depends on more than the
// store, and the request stays as it was.
func (s *packageScan) boundProjections(fn *types.Func, call *ast.CallExpr, callee *types.Func, n int, used map[int]bool, templates []RequestTemplate, valuesOf func(int) []Value) (combos [][]Value, origins []*boundOrigin, ok bool) {
	computed := map[int]bool{} // the params the templates compute on, or hand on
	for _, t := range templates {
		reads := map[int]bool{}
		deferredUses(t, reads, 0)
		if t.Via != nil {
			for _, v := range t.Via.values() {
				v.markParams(reads, 0)
			}
		}
		if len(reads) > 0 && t.Merged {
			// One of several routes merged from branches the flow does
			// not tell apart (a name appended or not): bound to a
			// store, it would claim each.
			return nil, nil, false
		}
		maps.Copy(computed, reads)
	}
	keys := map[int]string{} // the hole each projection of a field holds
	var lost []string
	for i := range used {
		if _, _, method, projected := flow.ProjectionOf(i); !projected || method {
			continue
		}
		vals := valuesOf(i)
		if len(vals) != 1 || len(vals[0]) != 1 || !vals[0][0].Unknown || vals[0][0].Field == "" {
			continue
		}
		keys[i] = vals[0][0].Field
		if computed[i] && !slices.Contains(lost, keys[i]) {
			lost = append(lost, keys[i])
		}
	}
	stores := s.routeStores(lost)
	if len(stores) == 0 || len(stores) > maxBoundStores {
		return nil, nil, false
	}
	for _, o := range stores {
		c, _ := s.combinations(n, func(i int) []Value {
			if key, ok := keys[i]; ok {
				if vals, ok := o.fields[key]; ok && len(vals) > 0 {
					return alternatives(vals)
				}
			}
			return valuesOf(i)
		})
		for _, args := range c {
			for _, t := range templates {
				if _, _, several, ran := s.runDeferred(fn, call, callee, t, args); ran && several {
					return nil, nil, false
				}
			}
		}
		combos = append(combos, c...)
		for range c {
			origins = append(origins, &o.origin)
		}
	}
	return combos, origins, true
}
