package analyzer

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// A route builder whose route depends on an enum of its package (a
// Route or Scope constant indexing a table of segments, a switch over
// it, a method of a string type whose constants are path templates) has
// no one template in terms of its parameters: the table is read, or the
// switch taken, only once the constant is known. Its package knows every
// constant of the enum, so it evaluates the builder once for each (the
// value flow binds the parameter to the constant: consts.go) and exports
// the routes by constant; a call in another package passing constants
// reads the routes for them.

// maxEnumConstants bounds the constants of an enum a builder is
// specialized on, and maxSpecializations the combinations of them.
const (
	maxEnumConstants   = 32
	maxSpecializations = 64
)

// A Specialization is what a route builder returns when the parameters
// at Consts are those constants, with Variadic variadic arguments (-1:
// not variadic).
type Specialization struct {
	Consts   []ConstArg
	Variadic int
	Routes   []Value
}

// A ConstArg is a constant at a position among a function's parameters,
// its receiver first, as constant.Value.ExactString writes it.
type ConstArg struct {
	Pos   int
	Value string
}

// specializations returns the routes an exported route builder returns
// for each combination of the constants of the enums of its package it
// takes; nil for a function that takes none.
func (s *packageScan) specializations(fn *types.Func) []Specialization {
	sig := fn.Signature()
	if !fn.Exported() || sig.Results().Len() == 0 || !carriesRoute(sig.Results().At(0).Type()) || !s.mayBuildRoute(fn) {
		return nil
	}
	var params []types.Type
	if sig.Recv() != nil {
		params = append(params, sig.Recv().Type())
	}
	for i := range sig.Params().Len() {
		params = append(params, sig.Params().At(i).Type())
	}
	type domain struct {
		pos    int
		values []constant.Value
	}
	var domains []domain
	combos := 1
	for pos, t := range params {
		values := s.enumConstants(t)
		if len(values) == 0 {
			continue
		}
		if combos *= len(values); combos > maxSpecializations {
			return nil
		}
		domains = append(domains, domain{pos, values})
	}
	if len(domains) == 0 {
		return nil
	}
	fp := s.flow()
	if fp == nil {
		return nil
	}
	arities := []int{-1}
	if sig.Variadic() {
		arities = nil
		for k := 0; k <= maxVariadicArity; k++ {
			arities = append(arities, k)
		}
	}
	var out []Specialization
	for c := range combos {
		consts := map[int]constant.Value{}
		var args []ConstArg
		for i, rest := 0, c; i < len(domains); i++ {
			v := domains[i].values[rest%len(domains[i].values)]
			rest /= len(domains[i].values)
			consts[domains[i].pos] = v
			args = append(args, ConstArg{domains[i].pos, v.ExactString()})
		}
		for _, k := range arities {
			strs, ok := fp.Specialized(fn, consts, k)
			if !ok {
				continue
			}
			routes := make([]Value, 0, len(strs))
			for _, str := range strs {
				routes = append(routes, concat(Value(str)))
			}
			out = append(out, Specialization{Consts: args, Variadic: k, Routes: routes})
		}
	}
	return out
}

// enumConstants returns the constants of the package of type t, a named
// type of the package with a basic underlying type; nil for any other
// type, or more than maxEnumConstants.
func (s *packageScan) enumConstants(t types.Type) []constant.Value {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() != s.pass.Pkg {
		return nil
	}
	if _, ok := named.Underlying().(*types.Basic); !ok {
		return nil
	}
	scope := s.pass.Pkg.Scope()
	var out []constant.Value
	for _, name := range scope.Names() {
		c, ok := scope.Lookup(name).(*types.Const)
		if !ok || !types.Identical(c.Type(), named) {
			continue
		}
		if out = append(out, c.Val()); len(out) > maxEnumConstants {
			return nil
		}
	}
	return out
}

// Specialized reads a route builder's specializations from its fact: the
// routes for the constants a call passes, with as many variadic
// arguments. An enum argument the call does not pass as a constant (a
// scope chosen in a branch) may be any of its constants: the routes of
// them all, when they are few.
func (o flowOracle) Specialized(fn *types.Func, variadic int, consts map[int]constant.Value) ([]flow.Str, bool) {
	fn = fn.Origin()
	var fact routeFact
	if fn.Pkg() == nil || fn.Pkg() == o.s.pass.Pkg || !o.s.pass.ImportObjectFact(fn, &fact) {
		return nil, false
	}
	var out []Value
	matched := false
next:
	for _, sp := range fact.Specialized {
		if sp.Variadic != variadic {
			continue
		}
		for _, a := range sp.Consts {
			if c, ok := consts[a.Pos]; ok && c.ExactString() != a.Value {
				continue next
			}
		}
		matched = true
		for _, r := range sp.Routes {
			if !slices.ContainsFunc(out, r.equal) {
				out = append(out, r)
			}
		}
	}
	if !matched || len(out) > maxArgCombinations {
		return nil, false
	}
	strs := make([]flow.Str, len(out))
	for i, r := range out {
		strs[i] = flow.Str(r)
	}
	return strs, true
}

// Dispatched gives the constants another package's function returns a
// route of its own for (its specializations), or requests something of
// its own for (a dispatcher's cases), by position among its parameters,
// its receiver first.
func (o flowOracle) Dispatched(fn *types.Func) map[int][]constant.Value {
	if fn.Pkg() == nil || fn.Pkg() == o.s.pass.Pkg {
		return nil
	}
	out := map[int][]constant.Value{}
	add := func(pos int, text string) {
		c, ok := parseExact(text)
		if ok && !slices.ContainsFunc(out[pos], func(v constant.Value) bool { return v.ExactString() == text }) {
			out[pos] = append(out[pos], c)
		}
	}
	var route routeFact
	if o.s.pass.ImportObjectFact(fn, &route) {
		for _, sp := range route.Specialized {
			for _, a := range sp.Consts {
				add(a.Pos, a.Value)
			}
		}
	}
	var dispatch dispatchFact
	if o.s.pass.ImportObjectFact(fn, &dispatch) {
		for _, c := range dispatch.Cases {
			add(dispatch.Param, c.Value)
		}
	}
	return out
}

// parseExact is the constant constant.Value.ExactString wrote as text:
// a string, a bool or a number.
func parseExact(text string) (constant.Value, bool) {
	switch {
	case strings.HasPrefix(text, `"`):
		s, err := strconv.Unquote(text)
		return constant.MakeString(s), err == nil
	case text == "true" || text == "false":
		return constant.MakeBool(text == "true"), true
	}
	if num, den, ok := strings.Cut(text, "/"); ok {
		// An exact fraction (1.5 is written 3/2).
		n, nok := parseExact(num)
		d, dok := parseExact(den)
		if !nok || !dok || d.Kind() != constant.Int || constant.Sign(d) == 0 {
			return nil, false
		}
		return constant.BinaryOp(n, token.QUO, d), true
	}
	for _, kind := range []token.Token{token.INT, token.FLOAT} {
		if c := constant.MakeFromLiteral(text, kind, 0); c.Kind() != constant.Unknown {
			return c, true
		}
	}
	return nil, false
}
