package analyzer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// A Part is one piece of a string as rcperm knows it statically: literal
// text, a parameter of the function being analyzed (so the function is a
// wrapper whose callers supply it), or something computed at run time.
// It is the value flow's, whose strings Values are; facts gob-encode it.
type Part = flow.Part

// A Value is a string as rcperm can know it statically: a concatenation of
// parts. A nil Value is wholly unknown.
type Value []Part

func lit(s string) Value { return Value{{Lit: s}} }

func unknown() Value { return Value{{Unknown: true}} }

// concat joins values, merging adjacent literals.
func concat(vs ...Value) Value {
	out := Value{}
	for _, v := range vs {
		if v == nil {
			v = unknown()
		}
		for _, p := range v {
			out = flow.AppendPart(out, p)
		}
	}
	return out
}

func isLit(p Part) bool { return !p.IsParam && !p.Unknown }

// literal returns the value's text when it is wholly known.
func (v Value) literal() (string, bool) {
	if len(v) == 0 {
		return "", v != nil
	}
	if len(v) == 1 && isLit(v[0]) {
		return v[0].Lit, true
	}
	return "", false
}

// literalLen is how much of the value's text is known.
func (v Value) literalLen() int {
	n := 0
	for _, p := range v {
		if isLit(p) {
			n += len(p.Lit)
		}
	}
	return n
}

// blank reports whether nothing of the value is known: no text, no
// parameter, only a part computed at run time (or nothing at all).
func (v Value) blank() bool { return v.literalLen() == 0 && !v.hasParams() }

// hasParams reports whether the value depends on the function's parameters.
func (v Value) hasParams() bool {
	for _, p := range v {
		if p.IsParam {
			return true
		}
	}
	return false
}

// markParams adds the parameters v reads to used, and returns the highest
// one plus one (at least n).
func (v Value) markParams(used map[int]bool, n int) int {
	for _, p := range v {
		if p.IsParam && !isResultParam(p.Param) && !isOptionsParam(p.Param) {
			used[p.Param] = true
			n = max(n, p.Param+1)
		}
	}
	return n
}

// isResultParam reports whether a Param is one of a function the
// function returns (flow.ResultParam): no argument of a call of it.
func isResultParam(param int) bool {
	_, _, ok := flow.ResultParamOf(param)
	return ok
}

// isOptionsParam reports whether a Param stands for a field the options
// of a call set (flow.OptionsParam): no argument of the call itself.
func isOptionsParam(param int) bool {
	_, _, ok := flow.OptionsOf(param)
	return ok
}

// render writes the value in the form permissions.Lookup reads: each part
// not known statically (an unknown, or a parameter) as "{}".
func (v Value) render() string {
	if v == nil {
		return "{}"
	}
	var b strings.Builder
	for i, p := range v {
		switch {
		case isLit(p):
			b.WriteString(p.Lit)
		case !p.Unknown || i == 0 || !v[i-1].Unknown: // a run of unknowns is one
			b.WriteString("{}")
		}
	}
	return b.String()
}

// substitute replaces the parameters in v with the given arguments (nil
// ones, and those past the end, are unknown).
func (v Value) substitute(args []Value) Value { return v.withArgs(args, false, false) }

// instantiate is substitute at a call of v's function, which keeps the
// parameters of the function it returns: the caller's call of what the
// call returns fills them in (returned_funcs.go).
func (v Value) instantiate(args []Value) Value { return v.withArgs(args, true, false) }

// withOptions is instantiate keeping the parts that stand for fields the
// call's options set, for them to fill in (appliedOptions).
func (v Value) withOptions(args []Value) Value { return v.withArgs(args, true, true) }

func (v Value) withArgs(args []Value, keepResults, keepOptions bool) Value {
	if !v.hasParams() {
		return v
	}
	var parts []Value
	for _, p := range v {
		switch {
		case !p.IsParam:
			parts = append(parts, Value{p})
		case p.Param < len(args) && args[p.Param] != nil:
			parts = append(parts, args[p.Param])
		case keepResults && isResultParam(p.Param), keepOptions && isOptionsParam(p.Param):
			parts = append(parts, Value{p})
		default:
			parts = append(parts, unknown())
		}
	}
	return concat(parts...)
}

// substituteWith is substitute with arg giving each parameter's value
// (nil: unknown), for parameter numbers past any list's length.
func (v Value) substituteWith(arg func(int) Value) Value {
	if !v.hasParams() {
		return v
	}
	var parts []Value
	for _, p := range v {
		if !p.IsParam {
			parts = append(parts, Value{p})
			continue
		}
		parts = append(parts, arg(p.Param))
	}
	return concat(parts...)
}

func (v Value) equal(w Value) bool {
	if len(v) != len(w) || (v == nil) != (w == nil) {
		return false
	}
	for i := range v {
		if v[i] != w[i] {
			return false
		}
	}
	return true
}

// String shows the value for facts and debugging: parameters as {$N},
// unknown parts as {}.
func (v Value) String() string {
	var b strings.Builder
	for _, p := range v {
		slot, f, options := flow.OptionsOf(p.Param)
		switch {
		case p.IsParam && options:
			fmt.Fprintf(&b, "{$opts%d.%d}", slot, f) // field f of the struct the options in slot set
		case p.IsParam:
			fmt.Fprintf(&b, "{$%d}", p.Param)
		case p.Unknown:
			b.WriteString("{}")
		default:
			b.WriteString(p.Lit)
		}
	}
	return b.String()
}

// key is String, with each hole of the path naming its field: two
// values that read different fields of objects out of sight (a paged
// job's Path, a download's) are different routes, however alike they
// print. A server's hole before the path decides no route.
func (v Value) key() string {
	if !slices.ContainsFunc(v, func(p Part) bool { return p.Field != "" }) {
		return v.String()
	}
	var b strings.Builder
	for i, p := range v {
		if p.Field != "" && (i > 0 || len(v) == 1) {
			fmt.Fprintf(&b, "{%s}", p.Field)
			continue
		}
		b.WriteString(Value{p}.String())
	}
	return b.String()
}

// absoluteTail is the URL a request goes to when an absolute URL follows
// other text in its value, before any query: a path argument that is a
// whole URL (a webhook's), resolved against the client's server
// (base.ResolveReference(ref)) or joined to it, goes to its own host
// either way, never to the server before it. (One in the query, a
// redirect_uri, is the query's.)
func absoluteTail(v Value) Value {
	at, from := -1, 0
	for i, p := range v {
		if !isLit(p) {
			continue
		}
		text := p.Lit
		if q := strings.IndexByte(text, '?'); q >= 0 {
			text = text[:q]
		}
		if k := max(strings.LastIndex(text, "https://"), strings.LastIndex(text, "http://")); k >= 0 && (i > 0 || k > 0) {
			at, from = i, k
		}
		if len(text) < len(p.Lit) {
			break // the query begins
		}
	}
	if at < 0 {
		return v
	}
	return concat(lit(v[at].Lit[from:]), v[at+1:])
}
