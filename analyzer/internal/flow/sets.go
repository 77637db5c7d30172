package flow

import (
	"fmt"
	"go/types"
	"slices"
	"strings"
)

// unknownSet is the set of one wholly unknown string.
func unknownSet() []Str { return []Str{{{Unknown: true}}} }

// union adds b's strings to a's, each once. A nil string, wholly
// unknown, is not the empty string.
func union(a, b []Str) []Str {
	for _, s := range b {
		if !slices.ContainsFunc(a, func(t Str) bool { return (t == nil) == (s == nil) && slices.Equal(t, s) }) {
			a = append(a, s)
		}
	}
	return a
}

// bound keeps a set within maxValues. Past it, a string that another
// has with an unknown segment in place of one of its own is left out: the
// other stands for it ("/account/~/call-log" beside
// "/account/{}/call-log", an account a context may override). Past it
// still, strings that are the same up to their query are one, its query
// unknown: a URL given optional query parameters in branches, one if
// each, is one URL, not 2^n. Past it still, strings that are the same up
// to a query or its separator are one, with a query that may be empty:
// routes of a switch, each given an optional query whose separator is
// picked apart from the route (sep := "?"; if strings.Contains(route,
// "?") { sep = "&" }). Past it still, one unknown string stands for all.
//
// Before the queries, strings that differ only in their origin are one,
// the origin unknown: a client whose server is one of several (a
// sandbox, a local recorder) times a table of routes is each route on a
// server known only at run time, not nothing.
func bound(s []Str) []Str {
	if len(s) <= maxValues {
		return s
	}
	if s = widen(s); len(s) <= maxValues {
		return s
	}
	if out, ok := collapseOrigins(s); ok {
		return out
	}
	if out, ok := collapse(s, queryUnknown); ok {
		return out
	}
	if out, ok := collapse(s, anyQuery); ok {
		return out
	}
	return unknownSet()
}

// collapseOrigins makes one string of those that share their path but
// not their origin, the origin unknown; ok is false when that leaves more
// than maxValues, or none do.
func collapseOrigins(s []Str) ([]Str, bool) {
	var out []Str
	origins := map[int]Str{} // by index in out: the origin its strings share, or nil once they differ
	merged := false
	for _, str := range s {
		origin, path, ok := originAndPath(str)
		if !ok {
			if out = union(out, []Str{str}); len(out) > maxValues {
				return nil, false
			}
			continue
		}
		i := slices.IndexFunc(out, func(t Str) bool {
			_, p, ok := originAndPath(t)
			return ok && slices.Equal(p, path)
		})
		if i < 0 {
			if len(out) == maxValues {
				return nil, false
			}
			origins[len(out)] = origin
			out = append(out, str)
			continue
		}
		if o := origins[i]; o != nil && !slices.Equal(o, origin) {
			origins[i] = nil
			out[i] = Concat(Str{{Unknown: true}}, path)
			merged = true
		}
	}
	return out, merged
}

// originAndPath splits a URL into its origin (scheme and host, or what
// stands for them: a server known at run time, in as many parts) and its
// path, from the first slash past the scheme's; ok is false when it has
// no path, or no origin.
func originAndPath(str Str) (origin, path Str, ok bool) {
	for i, p := range str {
		if !isLit(p) {
			continue
		}
		text, from := p.Lit, 0
		if k := strings.Index(text, "://"); k >= 0 {
			from = k + 3
		}
		j := strings.IndexByte(text[from:], '/')
		if j < 0 {
			continue
		}
		j += from
		origin = AppendPart(append(Str{}, str[:i]...), Part{Lit: text[:j]})
		path = AppendPart(Str{}, Part{Lit: text[j:]})
		path = append(path, str[i+1:]...)
		return origin, path, len(origin) > 0
	}
	return nil, nil, false
}

// collapse maps each string of s by f, each result once; ok is false past
// maxValues.
func collapse(s []Str, f func(Str) Str) ([]Str, bool) {
	var out []Str
	for _, str := range s {
		if out = union(out, []Str{f(str)}); len(out) > maxValues {
			return nil, false
		}
	}
	return out, true
}

// anyQuery is str up to the first "?" or "&" of its text, with a query
// after it that may be anything, empty included.
func anyQuery(str Str) Str {
	for i, p := range str {
		if j := strings.IndexAny(p.Lit, "?&"); isLit(p) && j >= 0 {
			out := append(Str{}, str[:i]...)
			out = AppendPart(out, Part{Lit: p.Lit[:j] + "?"})
			return AppendPart(out, Part{Unknown: true})
		}
	}
	out := append(Str{}, str...)
	out = AppendPart(out, Part{Lit: "?"})
	return AppendPart(out, Part{Unknown: true})
}

// widen leaves out each string of s that another string of s stands
// for, segment by segment: the same segments, but for ones unknown in the
// other and literal text in it.
func widen(s []Str) []Str {
	segs := make([][]string, len(s))
	for i, str := range s {
		var b strings.Builder
		for _, p := range str {
			switch {
			case p.Unknown:
				b.WriteByte(0)
			case p.IsParam:
				fmt.Fprintf(&b, "\x01%d\x01", p.Param)
			default:
				b.WriteString(p.Lit)
			}
		}
		segs[i] = strings.Split(b.String(), "/")
	}
	standsFor := func(wide, narrow []string) bool {
		if len(wide) != len(narrow) || slices.Equal(wide, narrow) {
			return false
		}
		for i := range wide {
			if wide[i] != narrow[i] && (wide[i] != "\x00" || strings.ContainsAny(narrow[i], "\x00\x01")) {
				return false
			}
		}
		return true
	}
	var out []Str
	for i := range s {
		if !slices.ContainsFunc(segs, func(other []string) bool { return standsFor(other, segs[i]) }) {
			out = append(out, s[i])
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
		if _, _, result := ResultParamOf(p.Param); p.IsParam && !result {
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

// fills reports whether t is template with some of its {name}
// placeholders filled: the same text and holes, each placeholder of the
// template's literal text either kept or in t replaced by a segment
// (text without a slash, holes). A loop that fills a template from a map
// of parameters turns the template into such a string, which stands for
// no other request than the template does.
func fills(t, template Str) bool {
	want, got := flatten(template), flatten(t)
	// seen[i][j] marks a state tried and failed: want from i, got from j.
	seen := map[[2]int]bool{}
	var match func(i, j int) bool
	match = func(i, j int) bool {
		if i == len(want) {
			return j == len(got)
		}
		if seen[[2]int{i, j}] {
			return false
		}
		seen[[2]int{i, j}] = true
		if end := placeholderEnd(want, i); end > i {
			// The placeholder kept, or filled by a segment of got.
			if n := end - i; j+n <= len(got) && slices.Equal(want[i:end], got[j:j+n]) && match(end, j+n) {
				return true
			}
			for k := j + 1; k <= len(got) && !got[k-1].slash(); k++ {
				if match(end, k) {
					return true
				}
			}
			return false
		}
		return j < len(got) && want[i] == got[j] && match(i+1, j+1)
	}
	return match(0, 0)
}

// A flatItem is one byte of a Str's literal text, or one of its holes.
type flatItem struct {
	b    byte
	hole Part
	lit  bool
}

func (f flatItem) slash() bool { return f.lit && (f.b == '/' || f.b == '?') }

func flatten(s Str) []flatItem {
	var out []flatItem
	for _, p := range s {
		if !isLit(p) {
			out = append(out, flatItem{hole: p})
			continue
		}
		for i := 0; i < len(p.Lit); i++ {
			out = append(out, flatItem{b: p.Lit[i], lit: true})
		}
	}
	return out
}

// placeholderEnd is the end of a {name} placeholder of literal text that
// starts at items[i], or i when none does.
func placeholderEnd(items []flatItem, i int) int {
	if !items[i].lit || items[i].b != '{' {
		return i
	}
	for k := i + 1; k < len(items) && items[k].lit; k++ {
		switch items[k].b {
		case '}':
			if k == i+1 {
				return i
			}
			return k + 1
		case '{', '/':
			return i
		}
	}
	return i
}
