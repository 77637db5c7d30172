package flow

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// A list's elements are found, by default, by the allocations the list
// may view and every store into them (listElements): flow-insensitive, so
// a helper the package calls with several lists (dedupe(out)) mixes them
// all. A list built by the constructs that make lists (a literal, append,
// a slice of it, a package-level list, a helper returning one) is
// followed instead, each helper with its list parameters bound to what
// its arguments hold: the filters one function builds, not every
// function's.

// followedList is what the elements of list v may hold, followed through
// the constructs that build lists; ok is false when one is something
// else, or nothing of an element's text is known: the flow-insensitive
// answer is then the one.
func (ev *evaluation) followedList(v ssa.Value, fr frame) ([]Str, bool) {
	strs, ok := ev.elementSet(v, fr, 0)
	if !ok || len(strs) == 0 || slices.ContainsFunc(strs, unknownText) || len(strs) > maxValues {
		return nil, false
	}
	return strs, true
}

// unknownText reports whether nothing of s's text is known: nil (wholly
// unknown), or parts known only at run time.
func unknownText(s Str) bool {
	if s == nil {
		return true
	}
	for _, p := range s {
		if isLit(p) && p.Lit != "" {
			return false
		}
	}
	return len(s) > 0
}

// elementSet is what the elements of list v may hold.
func (ev *evaluation) elementSet(v ssa.Value, fr frame, depth int) ([]Str, bool) {
	if ev.steps++; depth > maxDepth || ev.steps > maxSteps {
		ev.truncated = true
		return nil, false
	}
	depth++
	switch x := v.(type) {
	case *ssa.Const:
		return nil, x.IsNil() // a nil list: no element
	case *ssa.Phi:
		// A loop's list (out = append(out, ...)): the phi met again adds
		// nothing to what its other edges hold.
		key := memoKey{what: x, target: fr.target}
		if ev.visiting[key] {
			return nil, true
		}
		ev.visiting[key] = true
		defer delete(ev.visiting, key)
		return ev.elementSets(x.Edges, fr, depth)
	case *ssa.Slice:
		return ev.elementSet(x.X, fr, depth)
	case *ssa.ChangeType:
		return ev.elementSet(x.X, fr, depth)
	case *ssa.Alloc, *ssa.MakeSlice:
		// An array a literal or a call's variadic arguments fill in
		// place, or a list made empty and filled by index.
		if !onlyFilled(v) {
			return nil, false
		}
		var out []Str
		for _, st := range ev.p.elemStores[v] {
			out = union(out, ev.valuesAt(st.val, st.at, fr, depth))
		}
		return out, true
	case *ssa.UnOp:
		g, ok := x.X.(*ssa.Global)
		if !ok || x.Op != token.MUL {
			return nil, false
		}
		if g.Pkg != ev.p.pkg {
			// Another package's list: what its facts say it holds.
			v, ok := g.Object().(*types.Var)
			if !ok || ev.p.oracle == nil {
				return nil, false
			}
			return ev.p.oracle.ListElements(v)
		}
		// A package-level list: what the package stores in it.
		sts := ev.p.globalStores[g]
		out, ok := ev.elementSets(storeValues(sts), frame{target: fr.target}, depth)
		return out, ok && len(sts) > 0
	case *ssa.Parameter:
		// A followed helper's list, or the lists the package's calls
		// pass, of a function called from nowhere else.
		if elems, ok := fr.elems[x]; ok {
			return elems, true
		}
		args := ev.p.argumentsFor(x)
		if len(args) == 0 || ev.p.escapes(x.Parent()) {
			return nil, false
		}
		return ev.elementSets(args, frame{target: fr.target}, depth)
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			return ev.listCall(call, x.Index, fr, depth)
		}
		if l, ok := x.Tuple.(*ssa.Lookup); ok && x.Index == 0 {
			return ev.mapLists(l, fr, depth)
		}
	case *ssa.Lookup:
		return ev.mapLists(x, fr, depth)
	case *ssa.Call:
		return ev.listCall(x, 0, fr, depth)
	}
	return nil, false
}

// onlyFilled reports whether every use of an array or list made in place
// fills an element, or takes the list as a whole: a list whose address
// goes elsewhere may be filled there.
func onlyFilled(v ssa.Value) bool {
	refs := v.Referrers()
	if refs == nil {
		return true
	}
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.IndexAddr:
			if rr := r.Referrers(); rr != nil {
				for _, u := range *rr {
					if _, ok := u.(*ssa.Store); !ok {
						if _, load := u.(*ssa.UnOp); !load {
							return false
						}
					}
				}
			}
		case *ssa.Slice, *ssa.DebugRef:
		case *ssa.Call:
			if b, ok := r.Call.Value.(*ssa.Builtin); !ok || (b.Name() != "append" && b.Name() != "len" && b.Name() != "cap") {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// listCall is what the elements of the list a call returns (its index-th
// result) may hold: append's, a list helper's of the package followed
// with its list parameters bound, another package's from the client.
func (ev *evaluation) listCall(call *ssa.Call, index int, fr frame, depth int) ([]Str, bool) {
	common := call.Common()
	if b, ok := common.Value.(*ssa.Builtin); ok {
		if b.Name() != "append" || index != 0 {
			return nil, false
		}
		var out []Str
		for _, a := range common.Args {
			if _, ok := a.Type().Underlying().(*types.Slice); !ok {
				return nil, false // append([]byte, string...)
			}
			strs, ok := ev.elementSet(a, fr, depth)
			if !ok {
				return nil, false
			}
			out = union(out, strs)
		}
		return out, true
	}
	fn := common.StaticCallee()
	if fn == nil || common.IsInvoke() {
		return nil, false
	}
	if fn.Pkg != ev.p.pkg || len(fn.Blocks) == 0 {
		obj, ok := unwrap(fn).Object().(*types.Func)
		if !ok || obj.Pkg() == ev.p.types || ev.p.oracle == nil {
			return nil, false
		}
		return ev.p.oracle.ListElements(obj.Origin())
	}
	inner := ev.enter(fn, common, call, fr, depth)
	for i, param := range fn.Params {
		args := align(fn, common)
		if i >= len(args) || !isStringSlice(param.Type()) {
			continue
		}
		if elems, ok := ev.elementSet(args[i], fr, depth); ok {
			if inner.elems == nil {
				inner.elems = map[*ssa.Parameter][]Str{}
			}
			inner.elems[param] = elems
		}
	}
	var out []Str
	for _, ret := range returnsOf(fn) {
		if index >= len(ret.Results) {
			return nil, false
		}
		strs, ok := ev.elementSet(ret.Results[index], inner, depth)
		if !ok {
			return nil, false
		}
		out = union(out, strs)
	}
	return out, true
}

// mapLists is what the elements of the lists a map of lists holds may
// hold, whatever the key: a package-level table of features to their
// filters, filled in place.
func (ev *evaluation) mapLists(l *ssa.Lookup, fr frame, depth int) ([]Str, bool) {
	load, ok := l.X.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, false
	}
	g, ok := load.X.(*ssa.Global)
	if !ok || len(ev.p.globalStores[g]) != 1 {
		return nil, false
	}
	updates := ev.p.mapUpdates[ev.p.globalStores[g][0].val]
	lists := make([]ssa.Value, len(updates))
	for i, u := range updates {
		lists[i] = u.Value
	}
	out, ok := ev.elementSets(lists, frame{target: fr.target}, depth)
	return out, ok && len(lists) > 0
}

// elementSets is the union of what the elements of each list of vs may
// hold; ok is false when one is not known.
func (ev *evaluation) elementSets(vs []ssa.Value, fr frame, depth int) ([]Str, bool) {
	var out []Str
	for _, v := range vs {
		strs, ok := ev.elementSet(v, fr, depth)
		if !ok {
			return nil, false
		}
		out = union(out, strs)
	}
	return out, true
}
