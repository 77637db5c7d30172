package flow

import (
	"go/types"
	"slices"
	"strings"
)

// A field that holds a server (a client's base URL) is set to a default
// server, and often to another one from configuration: the sandbox, a
// test server, an environment variable. The routes a request builds on
// it are the same whichever server it is, so the forms that differ only
// in their server stand for the default's. Without that, a client that
// may be pointed elsewhere would have no route rcperm can read.

// oneAPI returns the forms of a server setting that differ only in their
// server: those whose server is known. ok is false when they differ in
// more (their paths), or no form has a known absolute server.
func oneAPI(forms []Str) (known []Str, ok bool) {
	var path Str
	for i, f := range forms {
		server, p, split := splitServer(f)
		if !split || i > 0 && !slices.Equal(p, path) {
			return nil, false
		}
		path = p
		if server {
			known = union(known, []Str{f})
		}
	}
	return known, len(known) > 0
}

// splitServer splits a URL's form into its server and its path: a
// literal "scheme://host" is a known server; an unknown part followed by
// literal text from "/" on is an unknown one, and so is an unknown part
// alone (a base URL from configuration). split is false for any other
// form.
func splitServer(f Str) (known bool, path Str, split bool) {
	if len(f) == 0 {
		return false, nil, false
	}
	if first := f[0]; isLit(first) {
		_, rest, ok := strings.Cut(first.Lit, "://")
		if !ok {
			return false, nil, false
		}
		slash := strings.IndexByte(rest, '/')
		if slash <= 0 {
			return true, append(Str{}, f[1:]...), rest != ""
		}
		return true, append(Str{{Lit: rest[slash:]}}, f[1:]...), true
	}
	if f[0].Unknown && len(f) > 1 && isLit(f[1]) && strings.HasPrefix(f[1].Lit, "/") {
		return false, f[1:], true
	}
	if f[0].Unknown && len(f) == 1 {
		return false, Str{}, true // a server from configuration, alone
	}
	return false, nil, false
}

// FieldDefaults gives the text the package stores, whole, in the field
// that a projection of target's parameter reads: a client's default
// server (New(base) falling back on a constant when base is empty). ok
// is false unless some store is such text and every other one is made
// of the storing function's parameters, or wholly unknown: what a caller
// configures. A server a caller may configure stands, as a flag's
// default does, for the default.
func (p *Program) FieldDefaults(target *types.Func, param int) (defaults []string, ok bool) {
	slot, f, method, projected := ProjectionOf(param)
	if !projected || method || f == ElementIndex {
		return nil, false
	}
	t := SlotType(target.Signature(), slot)
	if t == nil {
		return nil, false
	}
	p.ensure(target.Pos())
	defer p.answering()()
	ev := &evaluation{p: p, visiting: map[memoKey]bool{}}
	for _, st := range p.fieldStores[fieldKey{structOf(t), f}] {
		for _, s := range ev.values(st.val, frame{target: st.fn}, 0) {
			if text, literal := literalText(s); literal {
				if text != "" && !slices.Contains(defaults, text) {
					defaults = append(defaults, text)
				}
				continue
			}
			for _, part := range s {
				if isLit(part) && part.Lit != "" {
					return nil, false // text of its own: another value
				}
			}
		}
	}
	return defaults, len(defaults) > 0
}

// literalText is s's text when s is wholly literal.
func literalText(s Str) (string, bool) {
	switch {
	case s == nil:
		return "", false
	case len(s) == 0:
		return "", true
	case len(s) == 1 && isLit(s[0]):
		return s[0].Lit, true
	}
	return "", false
}
