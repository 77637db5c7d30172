package flow

import (
	"go/ast"
	"go/types"
)

// A field whose stores the flow leaves to its client (a hole: a job's
// Path, stored by other packages, or object by object with its Method)
// is lost in a computation that needs its text: fmt.Sprintf(j.Path,
// account) formats a template the flow does not know. The client, which
// pairs each store's values, asks again with the fields bound: every read
// of a bound field, off any object, gives the values the client says, and
// the computation runs on them.

// HolesIn returns the keys of the field holes e's value reads, kept or
// lost on the way.
func (p *Program) HolesIn(e ast.Expr, target *types.Func) []string {
	met := map[string]bool{}
	if _, ok := p.strings(e, target, func(ev *evaluation, _ *frame) {
		ev.holesMet, ev.local = met, map[memoKey][]Str{}
	}); !ok {
		return nil
	}
	out := make([]string, 0, len(met))
	for k := range met {
		out = append(out, k)
	}
	return out
}

// StringsWith is Strings with fields bound, by their holes' keys: a read
// of one gives its values there.
func (p *Program) StringsWith(e ast.Expr, target *types.Func, fields map[string][]Str) ([]Str, bool) {
	strs, ok := p.strings(e, target, func(ev *evaluation, _ *frame) {
		ev.fields, ev.local = fields, map[memoKey][]Str{}
	})
	if !ok {
		return nil, false
	}
	// A hole another package's fact brought (its URL builder's prefix,
	// read off a configuration) is no read of the flow's: bound here.
	var out []Str
	for _, s := range strs {
		filled := []Str{{}}
		for _, part := range s {
			next := []Str{{part}}
			if vals, bound := fields[part.Field]; part.Unknown && part.Field != "" && bound && len(vals) > 0 {
				next = vals
			}
			filled = product(filled, next)
		}
		out = union(out, filled)
	}
	return bound(out), true
}

// boundField is what a field a question binds holds, if it binds it.
func (ev *evaluation) boundField(k fieldKey) ([]Str, bool) {
	if ev.fields == nil {
		return nil, false
	}
	hole, ok := ev.p.hole(k)
	if !ok {
		return nil, false
	}
	vals, ok := ev.fields[hole.Field]
	return vals, ok
}
