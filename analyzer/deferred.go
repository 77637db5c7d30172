package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// A DeferredCall is a call of a string helper that a function leaves to
// its callers (flow.Deferred): a generic Do(ep, pathArgs...) filling
// ep.Path's {placeholders} from pathArgs in a loop. A template's
// DeferredURL reads its result as parameter flow.DeferredParam(j), j its
// index in RequestTemplate.Deferred; a caller fills in the arguments and
// runs the helper's Code. The template's own URL is the fallback: what
// the function knows without its callers, as before the call was
// deferred, which a caller the helper does not run for takes.
type DeferredCall struct {
	Code flow.Code
	// Args are the string arguments' values, in terms of the function's
	// parameters, by the Code's parameters (nil for a list).
	Args [][]Value
	// Lists gives, by the Code's parameters, the function's parameter a
	// list argument is, flow.JoinedList for one Args gives joined, -1 for
	// the others.
	Lists []int
}

// withDeferred gives the requests r stands for when its URL reads
// deferred calls of the package's value flow: one for each value the
// calls fall back on, the first carrying the calls, numbered in it, and
// the URL that reads them. A call whose arguments read another deferred
// call is its fallback alone.
func (s *packageScan) withDeferred(fn *types.Func, r RequestTemplate) []RequestTemplate {
	if r.Deferred != nil || !r.URL.hasParams() && r.Via == nil {
		return []RequestTemplate{r}
	}
	fp := s.flow()
	if fp == nil {
		return []RequestTemplate{r}
	}
	local := map[int]int{}
	if r.Via != nil {
		return []RequestTemplate{s.deferredVia(fn, r, local)}
	}
	var deferredURL Value
	fallbacks := []Value{{}}
	for _, p := range r.URL {
		d, ok := fp.Deferred(fn, p.Param)
		if !p.IsParam || !ok {
			deferredURL = append(deferredURL, p)
			for i := range fallbacks {
				fallbacks[i] = append(fallbacks[i], p)
			}
			continue
		}
		var next []Value
		for _, f := range fallbacks {
			for _, alt := range alternatives(d.Fallback) {
				next = append(next, concat(f, alt))
			}
		}
		if len(next) <= maxArgCombinations {
			fallbacks = next
		} else {
			for i := range fallbacks {
				fallbacks[i] = concat(fallbacks[i], unknown())
			}
		}
		deferredURL = append(deferredURL, r.carry(local, p.Param, d))
	}
	out := make([]RequestTemplate, len(fallbacks))
	for i, f := range fallbacks {
		out[i] = r
		out[i].URL = concat(f)
		out[i].Merged = r.Merged || len(fallbacks) > 1
		if i > 0 || len(r.Deferred) == 0 {
			out[i].Deferred = nil
			continue
		}
		out[i].DeferredURL = concat(deferredURL)
	}
	return out
}

// carry adds the flow's deferred call d, of the flow's parameter param,
// to the calls r carries, once (local numbers those added), and returns
// the part that reads its result: unknown for a call r cannot carry.
func (r *RequestTemplate) carry(local map[int]int, param int, d flow.Deferred) Part {
	j, seen := local[param]
	if !seen {
		call, ok := deferredCall(d)
		if !ok {
			return Part{Unknown: true}
		}
		j = len(r.Deferred)
		local[param] = j
		r.Deferred = append(r.Deferred, call)
	}
	return Part{IsParam: true, Param: flow.DeferredParam(j)}
}

// deferredVia is late-bound template r with the deferred calls its
// call's arguments read: each numbered in local, the arguments reading
// their results in DeferredVia, and, in Via, what the calls fall back on
// (of one value) or unknown.
func (s *packageScan) deferredVia(fn *types.Func, r RequestTemplate, local map[int]int) RequestTemplate {
	fp := s.flow()
	reads := false
	deferredArg := func(v Value) (deferred, fallback Value) {
		for _, p := range v {
			d, ok := fp.Deferred(fn, p.Param)
			if !p.IsParam || !ok {
				deferred, fallback = append(deferred, p), append(fallback, p)
				continue
			}
			alts := alternatives(d.Fallback)
			if len(alts) == 1 {
				fallback = concat(fallback, alts[0])
			} else {
				fallback = concat(fallback, unknown())
			}
			part := r.carry(local, p.Param, d)
			reads = reads || part.IsParam
			deferred = append(deferred, part)
		}
		return concat(deferred), concat(fallback)
	}
	via, fallback := *r.Via, *r.Via
	via.Args, fallback.Args = make([]Value, len(r.Via.Args)), make([]Value, len(r.Via.Args))
	for i, a := range r.Via.Args {
		via.Args[i], fallback.Args[i] = deferredArg(a)
	}
	if r.Via.Fields != nil {
		via.Fields, fallback.Fields = make([]LateField, len(r.Via.Fields)), make([]LateField, len(r.Via.Fields))
		for i, f := range r.Via.Fields {
			d, fb := deferredArg(f.Value)
			via.Fields[i], fallback.Fields[i] = LateField{f.Param, d}, LateField{f.Param, fb}
		}
	}
	if !reads {
		r.Deferred = nil
		return r
	}
	r.Via, r.DeferredVia = &fallback, &via
	return r
}

// deferredCall is a flow's deferred call as a template carries it; ok is
// false when its arguments read another deferred call.
func deferredCall(d flow.Deferred) (DeferredCall, bool) {
	call := DeferredCall{Code: *d.Code, Args: make([][]Value, len(d.Args)), Lists: d.Lists}
	for i, alts := range d.Args {
		for _, str := range alts {
			for _, p := range str {
				if _, ok := flow.DeferredIndex(p.Param); ok && p.IsParam {
					return DeferredCall{}, false
				}
			}
			call.Args[i] = append(call.Args[i], Value(str))
		}
	}
	return call, true
}

// deferredKey tells apart requests that fall back on one URL but whose
// callers run different deferred calls (one builder's queries, each with
// its own segments): empty for a template that carries none.
func (r RequestTemplate) deferredKey() string {
	if len(r.Deferred) == 0 {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, " deferred %s", r.DeferredURL.key())
	for _, d := range r.Deferred {
		fmt.Fprintf(&b, " %p", d.Code.Blocks)
		for _, alts := range d.Args {
			b.WriteString(" (")
			for _, v := range alts {
				b.WriteString(v.key() + ";")
			}
			b.WriteString(")")
		}
	}
	return b.String()
}

// deferredUses adds the parameters a template's deferred calls read to
// used, and returns the highest one plus one (at least n).
func deferredUses(t RequestTemplate, used map[int]bool, n int) int {
	for _, d := range t.Deferred {
		for _, alts := range d.Args {
			for _, v := range alts {
				n = v.markParams(used, n)
			}
		}
	}
	return n
}

// runDeferred gives template t, of callee, as a call with args makes it
// when t reads deferred calls that run there: its DeferredURL, with one
// combination of arguments for each result the calls may give (merged is
// then true). ok is false when a call does not run there: t falls back on
// its URL.
func (s *packageScan) runDeferred(fn *types.Func, call *ast.CallExpr, callee *types.Func, t RequestTemplate, args []Value) (tmpl RequestTemplate, combos [][]Value, merged, ok bool) {
	if len(t.Deferred) == 0 || t.Fixed {
		return t, nil, false, false
	}
	combos = [][]Value{args}
	for j, d := range t.Deferred {
		results, ok := s.deferredResults(fn, call, callee, d, args)
		if !ok {
			return t, nil, false, false
		}
		merged = merged || len(results) > 1
		idx := flow.DeferredParam(j)
		var next [][]Value
		for _, c := range combos {
			for _, r := range results {
				filled := make([]Value, max(len(c), idx+1))
				copy(filled, c)
				filled[idx] = r
				next = append(next, filled)
			}
		}
		if len(next) > maxArgCombinations {
			return t, nil, false, false
		}
		combos = next
	}
	tmpl = t
	tmpl.URL, tmpl.Unresolved, tmpl.Deferred, tmpl.DeferredURL = t.DeferredURL, false, nil, nil
	if t.DeferredVia != nil {
		tmpl.URL, tmpl.Via, tmpl.DeferredVia = t.URL, t.DeferredVia, nil
	}
	return tmpl, combos, merged, true
}

// deferredResults runs one deferred call with the arguments of a call of
// its function; ok is false when it does not run.
func (s *packageScan) deferredResults(fn *types.Func, call *ast.CallExpr, callee *types.Func, d DeferredCall, args []Value) ([]Value, bool) {
	fp := s.flow()
	if fp == nil {
		return nil, false
	}
	in := make([][]flow.Arg, len(d.Lists))
	for i, param := range d.Lists {
		if param == flow.JoinedList {
			// A list given joined (a builder's segments): split once
			// the call's arguments fill it in.
			for _, v := range d.Args[i] {
				for _, joined := range s.fillJoined(fn, call, callee, v, args) {
					l, ok := flow.SplitList(flow.Str(joined))
					if !ok {
						return nil, false
					}
					in[i] = append(in[i], flow.ListArg(l))
				}
			}
			continue
		}
		if param >= 0 {
			lists, ok := fp.ArgLists(call, param, fn)
			if !ok {
				return nil, false
			}
			for _, l := range lists {
				in[i] = append(in[i], flow.ListArg(l))
			}
			continue
		}
		for _, v := range d.Args[i] {
			in[i] = append(in[i], flow.StrArg(flow.Str(v.substitute(args))))
		}
	}
	code := d.Code
	strs, ok := flow.Deferred{Code: &code}.Run(in)
	if !ok {
		return nil, false
	}
	return alternatives(strs), true
}

// fillJoined is joined list v, in terms of callee's parameters, as a
// call of callee with args gives it: a list parameter of callee (a
// wrapper's segs ...string, handed to the builder whole) is each list
// the call passes, joined; another is its argument. A list the flow
// cannot tell is the call's argument when the call passes a slice on
// (segs...), and unknown otherwise.
func (s *packageScan) fillJoined(fn *types.Func, call *ast.CallExpr, callee *types.Func, v Value, args []Value) []Value {
	params := callee.Signature().Params()
	out := []Value{{}}
	for _, p := range v {
		alts := []Value{{p}}
		if p.IsParam {
			alts = []Value{Value{p}.substitute(args)}
			if p.Param < params.Len() && isStringList(params.At(p.Param).Type()) {
				alts = s.joinedArgLists(fn, call, p.Param)
			}
		}
		var next []Value
		for _, o := range out {
			for _, a := range alts {
				next = append(next, concat(o, a))
			}
		}
		if len(next) > maxArgCombinations {
			return []Value{unknown()}
		}
		out = next
	}
	return out
}

// joinedArgLists are the lists a call passes for a list parameter,
// joined.
func (s *packageScan) joinedArgLists(fn *types.Func, call *ast.CallExpr, param int) []Value {
	if fp := s.flow(); fp != nil {
		if lists, ok := fp.ArgLists(call, param, fn); ok {
			out := make([]Value, len(lists))
			for i, l := range lists {
				out[i] = Value(flow.JoinList(l))
			}
			return out
		}
	}
	if call.Ellipsis.IsValid() && param == len(call.Args)-1 {
		return s.values(fn, call.Args[param])
	}
	return []Value{unknown()}
}

// carriedDeferred is t, a template of callee whose deferred calls do not
// run at a call with args, as the calling function's template when the
// calls' arguments read the caller's own parameters (a wrapper handing
// its segs ...string on to a builder): the calls, their arguments filled
// in, left to its callers in turn. ok is false for a call that reads a
// list parameter of callee's, or reads none of the caller's parameters.
func (s *packageScan) carriedDeferred(fn *types.Func, call *ast.CallExpr, callee *types.Func, t RequestTemplate, args []Value) (RequestTemplate, bool) {
	if len(t.Deferred) == 0 || t.Fixed || fn == nil {
		return t, false
	}
	reads := false
	carried := make([]DeferredCall, len(t.Deferred))
	for j, d := range t.Deferred {
		c := DeferredCall{Code: d.Code, Args: make([][]Value, len(d.Args)), Lists: d.Lists}
		for i, param := range d.Lists {
			var alts []Value
			switch param {
			case flow.JoinedList:
				for _, v := range d.Args[i] {
					alts = append(alts, s.fillJoined(fn, call, callee, v, args)...)
				}
			case -1:
				for _, v := range d.Args[i] {
					alts = append(alts, v.substitute(args))
				}
			default:
				return t, false
			}
			for _, a := range alts {
				reads = reads || a.hasParams()
			}
			c.Args[i] = alts
		}
		carried[j] = c
	}
	if !reads {
		return t, false
	}
	t.Deferred = carried
	keep := func(k int) Value {
		if _, ok := flow.DeferredIndex(k); ok {
			return Value{{IsParam: true, Param: k}}
		}
		if k < len(args) {
			return args[k]
		}
		return nil
	}
	t.DeferredURL = t.DeferredURL.substituteWith(keep)
	if t.DeferredVia != nil {
		t.DeferredVia = t.DeferredVia.substituteWith(func(k int) Value {
			if v := keep(k); v != nil {
				return v
			}
			return unknown()
		})
	}
	return t, true
}
