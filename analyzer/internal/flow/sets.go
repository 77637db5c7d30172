package flow

import (
	"go/types"
	"slices"
	"strings"
)

// unknownSet is the set of one wholly unknown string.
func unknownSet() []Str { return []Str{{{Unknown: true}}} }

// union adds b's strings to a's, each once.
func union(a, b []Str) []Str {
	for _, s := range b {
		if !slices.ContainsFunc(a, func(t Str) bool { return slices.Equal(t, s) }) {
			a = append(a, s)
		}
	}
	return a
}

// bound keeps a set within maxValues. Past it, strings that are the same
// up to their query are one, its query unknown: a URL given optional
// query parameters in branches, one if each, is one URL, not 2^n. Past
// it still, one unknown string stands for all.
func bound(s []Str) []Str {
	if len(s) <= maxValues {
		return s
	}
	var out []Str
	for _, str := range s {
		if out = union(out, []Str{queryUnknown(str)}); len(out) > maxValues {
			return unknownSet()
		}
	}
	return out
}

// queryUnknown is str up to the first "?" of its text, the query after it
// unknown; str itself when it has none.
func queryUnknown(str Str) Str {
	for i, p := range str {
		if j := strings.IndexByte(p.Lit, '?'); isLit(p) && j >= 0 {
			out := append(Str{}, str[:i]...)
			out = AppendPart(out, Part{Lit: p.Lit[:j+1]})
			return AppendPart(out, Part{Unknown: true})
		}
	}
	return str
}

// product is every concatenation of a string of a with one of b, bounded.
func product(a, b []Str) []Str {
	if len(a)*len(b) > maxValues*maxValues {
		return unknownSet()
	}
	var out []Str
	for _, x := range a {
		for _, y := range b {
			out = union(out, []Str{Concat(x, y)})
		}
	}
	return bound(out)
}

// Concat joins strings, merging adjacent literals and adjacent unknowns.
func Concat(strs ...Str) Str {
	out := Str{}
	for _, s := range strs {
		if s == nil {
			s = Str{{Unknown: true}}
		}
		for _, p := range s {
			out = AppendPart(out, p)
		}
	}
	return out
}

// substitute fills a template's parameters with each combination of the
// arguments' values.
func substitute(tmpl Str, args [][]Str) []Str {
	out := []Str{{}}
	for _, p := range tmpl {
		next := []Str{{p}}
		if p.IsParam {
			next = unknownSet()
			if p.Param < len(args) && len(args[p.Param]) > 0 {
				next = args[p.Param]
			}
		}
		out = product(out, next)
	}
	return out
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
