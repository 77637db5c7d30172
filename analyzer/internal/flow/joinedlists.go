package flow

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A list of strings travels through the string flow as its elements,
// each followed by listEnd: []string{"account", id} is the string
// "account" listEnd id listEnd, a parameter of the target included. So a
// []string field is a field like a string one: the stores into it, the
// effects of the methods that set it (r.segments = append(r.segments,
// segs...) is the receiver's field, then the parameter's elements), the
// projections a wrapper's template reads and the facts that carry them
// are the string flow's, and a request builder that keeps its path as
// segments is followed as one that keeps a string. Where a list is used
// (path.Join(r.segments...)), the joined string is split back into its
// elements; a list its callers give (the receiver's field, in the
// wrapper that joins it) defers the call to them, as a list parameter
// does (deferred.go).

// listEnd ends each element of a joined list, and unknownList is a list
// known only at run time: elements appended to it are at no place it can
// tell. Neither is text Go source writes in a route, and a string that
// holds one is no string: a request whose URL does is unresolved
// (HoldsListEnd).
const (
	listEnd     = "\uE000"
	unknownList = "\uE001"
)

// JoinedList marks, in Deferred.Lists, a list argument given as its
// joined string (Deferred.Args): the caller splits it (SplitList) once
// it has filled its parameters in.
const JoinedList = -2

// JoinList is list l joined, as a list parameter stands for it in the
// joined lists a template's deferred calls read: what a caller passes
// for the parameter, to split once filled in.
func JoinList(l []Str) Str { return joinList(l) }

// joinList is list l joined.
func joinList(l []Str) Str {
	out := Str{}
	for _, e := range l {
		if e == nil {
			e = Str{{Unknown: true}}
		}
		out = Concat(out, e, Lit(listEnd))
	}
	return out
}

// SplitList is the list joined string s holds; ok is false when s does
// not end an element where it ends: a list known only at run time, or
// one a parameter stands for whole. A part known only at run time (or a
// parameter) must end its element: one a list stands for, filled in with
// what is unknown there, would take the elements after it for text of
// its own, so an element with text after such a part (id + "-x") is
// taken for that and the list is not told.
func SplitList(s Str) ([]Str, bool) {
	var out []Str
	elem := Str{}
	open := false // the element so far ends with a part not literal
	for _, p := range s {
		if isLit(p) && strings.Contains(p.Lit, unknownList) {
			return nil, false
		}
		if !isLit(p) {
			elem = append(elem, p)
			open = true
			continue
		}
		if open && !strings.HasPrefix(p.Lit, listEnd) {
			return nil, false
		}
		open = false
		pieces := strings.Split(p.Lit, listEnd)
		for i, piece := range pieces {
			if piece != "" {
				elem = AppendPart(elem, Part{Lit: piece})
			}
			if i < len(pieces)-1 {
				out = append(out, elem)
				elem = Str{}
			}
		}
	}
	if len(elem) > 0 {
		return nil, false
	}
	if out == nil {
		out = []Str{}
	}
	return out, true
}

// HoldsListEnd reports whether s is a joined list, or text made of one:
// no string a request may send.
func HoldsListEnd(s Str) bool {
	for _, p := range s {
		if isLit(p) && strings.ContainsAny(p.Lit, listEnd+unknownList) {
			return true
		}
	}
	return false
}

// closedLists is strs, joined lists, with each that a part known only at
// run time ends (a list the flow cannot tell, or elements after one)
// unknownList: the elements that follow it are at no place it can tell.
// A parameter's list stays, for its callers to fill in.
func closedLists(strs []Str) []Str {
	for i, s := range strs {
		if s == nil || len(s) > 0 && s[len(s)-1].Unknown {
			out := append([]Str(nil), strs[:i]...)
			for _, s := range strs[i:] {
				if s == nil || len(s) > 0 && s[len(s)-1].Unknown {
					s = Lit(unknownList)
				}
				out = union(out, []Str{s})
			}
			return out
		}
	}
	return strs
}

// withoutLists is strs with each joined list, or text made of one, an
// unknown string: the answer to a question about a string.
func withoutLists(strs []Str) []Str {
	for i, s := range strs {
		if HoldsListEnd(s) {
			out := append([]Str(nil), strs[:i]...)
			for _, s := range strs[i:] {
				if HoldsListEnd(s) {
					s = Str{{Unknown: true}}
				}
				out = union(out, []Str{s})
			}
			return out
		}
	}
	return strs
}

// listValues is what a []string value may hold, joined: what append
// makes of its operands, a list built in place, the empty list of nil.
// ok is false for the values the general flow answers (a parameter, a
// field, a phi, a call's result), which hold joined lists as they are.
func (ev *evaluation) listValues(v ssa.Value, fr frame, depth int) ([]Str, bool) {
	switch x := v.(type) {
	case *ssa.Const:
		return []Str{{}}, true // nil
	case *ssa.Call:
		b, ok := x.Call.Value.(*ssa.Builtin)
		if !ok || b.Name() != "append" || len(x.Call.Args) != 2 {
			return nil, false
		}
		heads := ev.values(x.Call.Args[0], fr, depth)
		tails := ev.values(x.Call.Args[1], fr, depth)
		if len(heads)*len(tails) > maxValues {
			return unknownSet(), true
		}
		var out []Str
		for _, h := range heads {
			for _, t := range tails {
				out = union(out, []Str{Concat(h, t)})
			}
		}
		return out, true
	case *ssa.Slice:
		if x.Low != nil || x.High != nil || x.Max != nil {
			return unknownSet(), true // part of a list
		}
		if _, ok := x.X.(*ssa.Alloc); !ok {
			return ev.values(x.X, fr, depth), true
		}
	case *ssa.MakeSlice:
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return nil, false
		}
		if _, ok := x.X.(*ssa.FieldAddr); ok {
			return nil, false // a field: its stores, or a projection
		}
	default:
		return nil, false
	}
	lists, ok := ev.stringLists(v, fr, depth)
	if !ok {
		return nil, false
	}
	var out []Str
	for _, l := range lists {
		out = union(out, []Str{joinList(l.List)})
	}
	return bound(out), true
}

// joinedListArgs are the lists a []string value may hold, split from its
// joined values, when stringLists cannot list them; deferred is set when
// one is a list the target's callers give (its template reads their
// parameters), which only they can split. ok is false when a list is not
// known.
func (ev *evaluation) joinedListArgs(v ssa.Value, fr frame, depth int) (lists []Arg, joined []Str, deferred, ok bool) {
	if !isStringSlice(v.Type()) {
		return nil, nil, false, false
	}
	joined = ev.values(v, fr, depth)
	for _, s := range joined {
		l, ok := SplitList(s)
		switch {
		case ok:
			lists = append(lists, ListArg(l))
		case hasParam(s):
			deferred = true
		default:
			return nil, nil, false, false
		}
	}
	return lists, joined, deferred, len(joined) > 0
}

// fieldType is the type of field f of the struct t is or points to.
func fieldType(t types.Type, f int) types.Type {
	if t == nil {
		return nil
	}
	if g, inner, ok := splitNested(f); ok {
		return fieldType(fieldType(t, g), inner)
	}
	st, ok := structOf(t).Underlying().(*types.Struct)
	if !ok || f >= st.NumFields() {
		return nil
	}
	return st.Field(f).Type()
}
