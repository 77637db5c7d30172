package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// Functional options across packages. A request constructor
// (NewRequest(ctx, opts ...Option)) applies the options its callers pass
// to a struct and sends the method and route they leave in it: its
// template has, for each field it reads, the part flow.OptionsParam(slot,
// f), whose Lit is what the field holds before the options. Each exported
// option constructor (Method(m), Path(format, args...)) exports an
// optionFact: what its option stores in each field, in terms of its
// parameters (flow.OptionSummary). A caller runs the options it passes,
// in order, on those fields (appliedOptions): the method and the route of
// one call come from the same options.

// optionFact summarizes an exported function returning an option: by the
// number of its variadic arguments (-1 for a function that is not
// variadic), what the option stores in the struct's fields.
type optionFact struct {
	Arities []OptionArity
}

// An OptionArity is an option constructor's summary called with Variadic
// variadic arguments.
type OptionArity struct {
	Variadic int
	Sets     []OptionField
}

// An OptionField is what an option stores in field Field of the struct it
// is applied to: one of Values, on every return when Always.
type OptionField struct {
	Field  int
	Values []Value
	Always bool
}

func (*optionFact) AFact() {}

func (f *optionFact) String() string { return fmt.Sprintf("option(%d arities)", len(f.Arities)) }

// exportOption publishes fn's optionFact when it is an exported function
// returning an option of the package's struct, and the package sends a
// request built from options or takes options of its structs (otherwise
// no caller needs one).
func (s *packageScan) exportOption(fn *types.Func, appliesOptions bool) {
	if !appliesOptions || !fn.Exported() || !flow.ReturnsOption(fn.Signature(), s.pass.Pkg) {
		return
	}
	fp := s.flow()
	if fp == nil {
		return
	}
	fact := &optionFact{}
	for _, k := range summaryArities(fn) {
		sets, ok := fp.OptionSummary(fn, k)
		if !ok {
			continue
		}
		arity := OptionArity{Variadic: k}
		for _, set := range sets {
			vals := make([]Value, len(set.Values))
			for i, v := range set.Values {
				vals[i] = Value(v)
			}
			arity.Sets = append(arity.Sets, OptionField{Field: set.Field, Values: vals, Always: set.Always})
		}
		fact.Arities = append(fact.Arities, arity)
	}
	if len(fact.Arities) > 0 {
		s.pass.ExportObjectFact(fn, fact)
	}
}

// appliesOptions reports whether a function of the package sends a
// request whose fields its callers' options set.
func (s *packageScan) appliesOptions() bool {
	for _, sum := range s.summaries {
		for _, r := range sum.requests {
			if r.appliesOptions() {
				return true
			}
		}
	}
	return false
}

// takesOptions reports whether a function of the package takes options
// of one of its structs (New(opts ...Option) configuring a Client): the
// struct it returns holds what its callers' options store, which their
// summaries say (flow.OptionsParam in its effects).
func (s *packageScan) takesOptions() bool {
	for fn := range s.decls {
		sig := fn.Signature()
		if !sig.Variadic() {
			continue
		}
		list := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice)
		if flow.IsOption(list.Elem(), s.pass.Pkg) {
			return true
		}
	}
	return false
}

// Option answers the value flow from the optionFact of a function of
// another package.
func (o flowOracle) Option(fn *types.Func, variadic int) ([]flow.OptionSet, bool) {
	fn = fn.Origin()
	var fact optionFact
	if fn.Pkg() == nil || fn.Pkg() == o.s.pass.Pkg || !o.s.pass.ImportObjectFact(fn, &fact) {
		return nil, false
	}
	for _, a := range fact.Arities {
		if a.Variadic != variadic {
			continue
		}
		sets := make([]flow.OptionSet, len(a.Sets))
		for i, set := range a.Sets {
			vals := make([]flow.Str, len(set.Values))
			for j, v := range set.Values {
				vals[j] = flow.Str(v)
			}
			sets[i] = flow.OptionSet{Field: set.Field, Values: vals, Always: set.Always}
		}
		return sets, true
	}
	return nil, false
}

// optionParts are the parts of v that stand for fields options set.
func optionParts(v Value) []flow.Part {
	var out []flow.Part
	for _, p := range v {
		if _, _, ok := flow.OptionsOf(p.Param); p.IsParam && ok {
			out = append(out, p)
		}
	}
	return out
}

// appliesOptions reports whether a template reads fields its callers'
// options set.
func (t RequestTemplate) appliesOptions() bool {
	return slices.ContainsFunc(t.values(), func(v Value) bool { return len(optionParts(v)) > 0 })
}

// An optionRun is a template of a callee with the arguments of a call of
// it, after one run of the options the call passes.
type optionRun struct {
	t      RequestTemplate
	args   []Value
	merged bool
}

// optionRuns gives template t of a callee at call, in fn, with the
// call's arguments args, once for each way the options it passes may
// set the fields t reads: the parts standing for those fields become
// parameters past the others, and each run's arguments hold what its
// options leave there, so that the template is then filled in as any
// other (its deferred calls, its edits). ok is false when t reads no
// such field.
func (s *packageScan) optionRuns(fn *types.Func, call *ast.CallExpr, t RequestTemplate, args []Value) ([]optionRun, bool) {
	if !t.appliesOptions() {
		return nil, false
	}
	var parts []flow.Part
	for _, v := range t.values() {
		parts = append(parts, optionParts(v)...)
	}
	// Each field's part becomes a parameter number t does not read, from
	// firstOptionArg on: a run's arguments hold its options' values
	// there (an argument the call passes at that number is none t
	// reads).
	used := map[int]bool{}
	for _, v := range t.values() {
		v.markParams(used, 0)
	}
	renumbered := map[int]int{}
	var fields []flow.Part
	var slots []int
	next := firstOptionArg
	for _, p := range parts {
		if _, seen := renumbered[p.Param]; seen {
			continue
		}
		for used[next] {
			next++
		}
		if next >= maxOptionArg {
			return nil, false
		}
		renumbered[p.Param] = next
		fields = append(fields, p)
		slots = append(slots, next)
		next++
	}
	rt := t.renumbered(renumbered)
	size := max(len(args), next)
	var assignments []map[int][]flow.Str
	ok := false
	if fp := s.flow(); fp != nil {
		assignments, ok = fp.ApplyOptions(fn, call, fields)
	}
	if !ok || len(assignments) == 0 {
		// Options the flow does not know: fields anything may hold.
		assignments = []map[int][]flow.Str{{}}
	}
	first := make([]Value, size)
	copy(first, args)
	var runs []optionRun
	for _, a := range assignments {
		combos := [][]Value{first}
		for i, p := range fields {
			// A field of another slot's options than ApplyOptions
			// answers (a second list) has no values: unknown.
			vals := a[p.Param]
			if len(vals) == 0 {
				vals = []flow.Str{nil}
			}
			var next [][]Value
			for _, c := range combos {
				for _, v := range vals {
					filled := slices.Clone(c)
					filled[slots[i]] = Value(v)
					if v == nil {
						filled[slots[i]] = unknown()
					}
					next = append(next, filled)
				}
			}
			if combos = next; len(runs)+len(combos) > maxArgCombinations {
				// Past the bound: one run, each field unknown.
				for _, k := range slots {
					first[k] = unknown()
				}
				return []optionRun{{t: rt, args: first, merged: true}}, true
			}
		}
		for _, c := range combos {
			runs = append(runs, optionRun{t: rt, args: c})
		}
	}
	for i := range runs {
		runs[i].merged = len(runs) > 1
	}
	return runs, true
}

// Option runs bind the fields options set as parameters from
// firstOptionArg on, past any function's own and before the edits'
// (flow.EditsParam).
const (
	firstOptionArg = 64
	maxOptionArg   = 176
)

// values are the values a template reads its function's parameters in:
// its method and URL, its deferred calls' arguments, and a late-bound
// call's.
func (t RequestTemplate) values() []Value {
	out := []Value{t.Method, t.URL, t.DeferredURL}
	for _, d := range t.Deferred {
		for _, vals := range d.Args {
			out = append(out, vals...)
		}
	}
	for _, c := range []*LateCall{t.Via, t.DeferredVia} {
		if c != nil {
			out = append(out, c.values()...)
		}
	}
	return out
}

// renumbered is t with the parameters in from renumbered to their values.
func (t RequestTemplate) renumbered(from map[int]int) RequestTemplate {
	t.Method, t.URL, t.DeferredURL = t.Method.renumbered(from), t.URL.renumbered(from), t.DeferredURL.renumbered(from)
	renumber := func(p int) Value {
		if to, ok := from[p]; ok {
			p = to
		}
		return Value{{Param: p, IsParam: true}}
	}
	if t.Via != nil {
		t.Via = t.Via.substituteWith(renumber)
	}
	if t.DeferredVia != nil {
		t.DeferredVia = t.DeferredVia.substituteWith(renumber)
	}
	if t.Deferred != nil {
		deferred := make([]DeferredCall, len(t.Deferred))
		for i, d := range t.Deferred {
			d.Args = slices.Clone(d.Args)
			for j, vals := range d.Args {
				renamed := make([]Value, len(vals))
				for k, v := range vals {
					renamed[k] = v.renumbered(from)
				}
				d.Args[j] = renamed
			}
			deferred[i] = d
		}
		t.Deferred = deferred
	}
	return t
}

// renumbered is v with the parameters in from renumbered to their values.
func (v Value) renumbered(from map[int]int) Value {
	if v == nil {
		return nil
	}
	out := make(Value, len(v))
	for i, p := range v {
		if to, ok := from[p.Param]; ok && p.IsParam {
			p = flow.Part{Param: to, IsParam: true}
		}
		out[i] = p
	}
	return out
}
