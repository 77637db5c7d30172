package flow

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
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
	if !projected || method || WholeArg(f) {
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
		if p.optionStore(st) {
			continue
		}
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

// optionStore reports whether st is an option's closure storing the
// string its maker was passed (WithBaseURL(u) returning
// func(c *Client) { c.base = u }): the server is whoever calls the maker's,
// and the ones the package passes it (a test of its own, a client of
// another company's built alike) are no default of the field.
func (p *Program) optionStore(st store) bool {
	return isString(st.val.Type()) && p.capturedParam(st.val) != nil
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

// A server may also be defaulted where it is used: base := cfg.BaseURL;
// if base == "" { base = "https://cache.internal" }. The default stands,
// as a flag's does, for whatever configuration sets there.

// serverDefault returns the edge of a phi that is a default: a constant
// taken only where the phi's other edge is the empty string.
func serverDefault(x *ssa.Phi) (int, bool) {
	if len(x.Edges) != 2 {
		return 0, false
	}
	for def := range 2 {
		c, ok := x.Edges[def].(*ssa.Const)
		other := x.Edges[1-def]
		if !ok || c.Value == nil || c.Value.Kind() != constant.String || !isString(c.Type()) {
			continue
		}
		pred := x.Block().Preds[def]
		if len(pred.Preds) != 1 || pred.Preds[0] != x.Block().Preds[1-def] || !onlyJumps(pred) {
			continue // the default's block does nothing else
		}
		test := pred.Preds[0]
		branch, ok := test.Instrs[len(test.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		cmp, ok := branch.Cond.(*ssa.BinOp)
		if !ok || !comparesEmpty(cmp, other) {
			continue
		}
		taken := 0 // the successor the default is set in: == "" true
		if cmp.Op == token.NEQ {
			taken = 1
		}
		if test.Succs[taken] == pred {
			return def, true
		}
	}
	return 0, false
}

// onlyJumps reports whether a block does nothing but go on.
func onlyJumps(b *ssa.BasicBlock) bool {
	for _, instr := range b.Instrs {
		switch instr.(type) {
		case *ssa.DebugRef, *ssa.Jump:
		default:
			return false
		}
	}
	return true
}

// comparesEmpty reports whether cmp compares v with the empty string.
func comparesEmpty(cmp *ssa.BinOp, v ssa.Value) bool {
	if cmp.Op != token.EQL && cmp.Op != token.NEQ {
		return false
	}
	x, y := cmp.X, cmp.Y
	if y == v {
		x, y = y, x
	}
	return x == v && isEmptyString(y)
}

// defaulted is what a phi defaulting a server holds: the default alone
// when it is a server (scheme://host) and the other edge is wholly
// configuration's (unknown, or a parameter's); ok is false otherwise.
func (ev *evaluation) defaulted(x *ssa.Phi, def int, fr frame, depth int) ([]Str, bool) {
	text := constant.StringVal(x.Edges[def].(*ssa.Const).Value)
	if _, rest, ok := strings.Cut(text, "://"); !ok || rest == "" || strings.HasPrefix(rest, "/") {
		return nil, false
	}
	for _, s := range ev.values(x.Edges[1-def], fr, depth) {
		if len(s) != 1 || isLit(s[0]) {
			return nil, false
		}
	}
	return []Str{Lit(text)}, true
}
