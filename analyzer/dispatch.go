package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// A dispatcher picks its request by comparing a parameter with constants
// (switch op { case "listCompanyCallLog": method, tmpl = "GET", ... }).
// Read with the parameter unknown, it makes every case's request; a call
// passing one of the constants makes that case's only. In its package a
// call is read as Go runs it (reevaluated); for the packages that call
// it, the package evaluates its own requests once for each constant and
// exports them by constant (dispatchFact), so that a call passing
// ops.ReadPresence, or "readUserPresenceStatus", is that operation. The
// parameter may also be handed to another package's enum method or
// dispatcher whose facts name its constants (kind.Path(args...)).
//
// A dispatcher every call of whose package passes a constant, or hands
// on a dispatcher's own parameter, and that is not taken as a value,
// makes no request of its own: its callers make theirs. An exported one
// exports its requests read with the parameter unknown as each case's
// request, open, for a caller that passes no constant to make there
// (casesUnion), not every method beside every path.

// dispatchFact gives, of an exported dispatcher, the requests it makes
// when the parameter at Param holds each constant it compares it with.
type dispatchFact struct {
	Param int // among the parameters, the receiver first
	Cases []DispatchCase
	// Sinks are the steps of the dispatcher's own requests: those the
	// cases replace, its others (a token its calls fetch) staying.
	Sinks []Step
}

// A DispatchCase is what a dispatcher requests for one constant, as
// constant.Value.ExactString writes it.
type DispatchCase struct {
	Value    string
	Requests []RequestTemplate
}

func (*dispatchFact) AFact() {}

func (f *dispatchFact) String() string {
	return fmt.Sprintf("dispatch(%d, %d cases)", f.Param, len(f.Cases))
}

// passesDispatch reports whether a call of a function of the package
// passes, where the function dispatches on a parameter, one of the
// constants it compares it with.
func (s *packageScan) passesDispatch(call *ast.CallExpr, callee *types.Func) bool {
	fp := s.flow()
	if fp == nil {
		return false
	}
	for i, consts := range fp.DispatchParams(callee) {
		if c, ok := s.argConstant(call, callee, i); ok && caseIndex(exactStrings(consts), c.ExactString()) >= 0 {
			return true
		}
	}
	return false
}

// caseIndex is the index among a dispatcher's constants (as
// constant.Value.ExactString writes them) of the case a call passing v
// takes: v's own, or for a type no case names, the type switch's
// default; -1 for none.
func caseIndex(cases []string, v string) int {
	if k := slices.Index(cases, v); k >= 0 || !flow.IsTypeCase(v) {
		return k
	}
	return slices.Index(cases, flow.TypeDefault.ExactString())
}

// exactStrings are the constants as constant.Value.ExactString writes
// them, as a dispatch fact names its cases.
func exactStrings(consts []constant.Value) []string {
	out := make([]string, len(consts))
	for k, c := range consts {
		out[k] = c.ExactString()
	}
	return out
}

// argConstant is the constant a call passes for the parameter at i (its
// receiver first), if it passes one.
func (s *packageScan) argConstant(call *ast.CallExpr, callee *types.Func, i int) (constant.Value, bool) {
	args := calleeArgs(s.pass.TypesInfo, call, callee)
	if callee.Signature().Recv() != nil {
		i-- // the receiver is no argument
	}
	if i < 0 || i >= len(args) || args[i] == nil {
		return nil, false
	}
	tv, ok := s.pass.TypesInfo.Types[args[i]]
	if ok && tv.Value == nil && tv.Type != nil && !types.IsInterface(tv.Type) && !tv.IsNil() && i < callee.Signature().Params().Len() && types.IsInterface(callee.Signature().Params().At(i).Type()) {
		// A value of a concrete type for an interface parameter: the
		// type case it takes (a command struct passed to Execute).
		return flow.TypeCase(tv.Type), true
	}
	return tv.Value, ok && tv.Value != nil
}

// exportDispatch publishes an exported dispatcher's requests by constant.
func (s *packageScan) exportDispatch(fn *types.Func, exported *chainTable, copied map[int]int) {
	fact, ok := s.exportedDispatch(fn)
	if !ok {
		return
	}
	out := &dispatchFact{Param: fact.Param, Sinks: fact.Sinks}
	for _, dc := range fact.Cases {
		reqs := slices.Clone(dc.Requests)
		for j, r := range reqs {
			r.Chain = exported.copyChain(s.chains.links, r.Chain, copied)
			reqs[j] = r
		}
		out.Cases = append(out.Cases, DispatchCase{Value: dc.Value, Requests: reqs})
	}
	s.pass.ExportObjectFact(fn, out)
}

// exportedDispatch is the dispatch fact of an exported dispatcher, its
// chains the package's own: ok is false for a function that has none (a
// case its constants do not narrow, or one left open).
func (s *packageScan) exportedDispatch(fn *types.Func) (dispatchFact, bool) {
	if !fn.Exported() || !s.mayDispatch(fn) {
		return dispatchFact{}, false
	}
	i, consts, ok := s.dispatchParam(fn)
	if !ok {
		return dispatchFact{}, false
	}
	fact := dispatchFact{Param: i, Sinks: s.dispatchSteps(fn)}
	if len(fact.Sinks) == 0 {
		return dispatchFact{}, false
	}
	general, _ := s.dispatchedTemplates(fn, s.summaries[fn].requests)
	narrows := false
	for _, c := range consts {
		reqs, ok := s.dispatchCase(fn, i, c)
		if !ok {
			return dispatchFact{}, false
		}
		narrows = narrows || !sameRequests(reqs, general)
		fact.Cases = append(fact.Cases, DispatchCase{Value: c.ExactString(), Requests: reqs})
	}
	return fact, narrows
}

// mayDispatch reports whether fn makes requests, itself or through
// wrappers, and has a parameter of a basic type to dispatch them on: the
// functions worth the value flow's question (it builds their code).
func (s *packageScan) mayDispatch(fn *types.Func) bool {
	if len(s.sinkCalls[fn])+len(s.wrapperCalls[fn]) == 0 {
		return false
	}
	sig := fn.Signature()
	if recv := sig.Recv(); recv != nil && isBasic(recv.Type()) {
		return true
	}
	for i := range sig.Params().Len() {
		if t := sig.Params().At(i).Type(); isBasic(t) || types.IsInterface(t) && !isTypeParamType(t) {
			return true
		}
	}
	return false
}

func isBasic(t types.Type) bool {
	_, ok := t.Underlying().(*types.Basic)
	return ok
}

// dispatchSteps are the steps of the requests a dispatcher's cases
// replace: its own, and its calls of wrappers.
func (s *packageScan) dispatchSteps(fn *types.Func) []Step {
	var steps []Step
	for _, sc := range s.sinkCalls[fn] {
		steps = append(steps, s.step(sc.callee, sc.call))
	}
	for _, wc := range s.wrapperCalls[fn] {
		steps = append(steps, s.step(wc.callee, wc.call))
	}
	return steps
}

// dispatchCase returns the requests a dispatcher makes, itself and
// through the wrappers it calls, when its parameter at i holds c: in
// terms of its other parameters. ok is false when one stays open.
func (s *packageScan) dispatchCase(fn *types.Func, i int, c constant.Value) ([]RequestTemplate, bool) {
	key := dispatchKey{fn, i, c.ExactString()}
	if got, ok := s.dispatchCases[key]; ok {
		return got.reqs, got.ok
	}
	reqs, ok := s.evalDispatchCase(fn, i, c)
	if s.dispatchCases == nil {
		s.dispatchCases = map[dispatchKey]dispatchResult{}
	}
	s.dispatchCases[key] = dispatchResult{reqs, ok}
	return reqs, ok
}

// A dispatchKey names a dispatcher's case: the function, its parameter,
// the constant as constant.Value.ExactString writes it.
type dispatchKey struct {
	fn    *types.Func
	param int
	value string
}

type dispatchResult struct {
	reqs []RequestTemplate
	ok   bool
}

// evalDispatchCase is dispatchCase, evaluated.
func (s *packageScan) evalDispatchCase(fn *types.Func, i int, c constant.Value) ([]RequestTemplate, bool) {
	fp := s.flow()
	if fp == nil {
		return nil, false
	}
	consts := map[int]constant.Value{i: c}
	eval := func(e ast.Expr) ([]flow.Str, bool) {
		return fp.StringsWithConsts(e, fn, consts)
	}
	// The calls the case reaches: a type switch's default returning
	// an error makes none.
	reached := fp.ReachedWithConsts(fn, consts)
	var sinks []sinkCall
	for _, sc := range s.sinkCalls[fn] {
		if reached(sc.call) {
			sinks = append(sinks, sc)
		}
	}
	var wrappers []wrapperCall
	for _, wc := range s.wrapperCalls[fn] {
		if reached(wc.call) {
			wrappers = append(wrappers, wc)
		}
	}
	own, ok := s.ownRequests(sinks, eval, nil, nil)
	if !ok {
		return nil, false
	}
	wrapped, ok := s.wrapperRequests(fn, wrappers, eval, nil, func(wc wrapperCall) ([]RequestTemplate, bool) {
		return s.forwardedCase(fn, i, c, wc)
	})
	if !ok {
		return nil, false
	}
	return append(own, wrapped...), true
}

// forwardedCase is the case of the dispatcher of the package that wc
// calls, when wc hands it fn's dispatch parameter i unchanged: fn's
// requests for c are the callee's for c (Call(ctx, op, body) calling
// CallQuery(ctx, op, nil, body), which looks op up in its table). ok is
// false for any other call.
func (s *packageScan) forwardedCase(fn *types.Func, i int, c constant.Value, wc wrapperCall) ([]RequestTemplate, bool) {
	if wc.callee.Pkg() != s.pass.Pkg || wc.callee == fn {
		return nil, false
	}
	j, consts, ok := s.dispatchParam(wc.callee)
	if !ok || !slices.ContainsFunc(consts, func(v constant.Value) bool { return constant.Compare(v, token.EQL, c) }) {
		return nil, false
	}
	param, ok := paramVar(fn, i)
	if !ok {
		return nil, false
	}
	args := calleeArgs(s.pass.TypesInfo, wc.call, wc.callee)
	arg := j
	if wc.callee.Signature().Recv() != nil {
		arg-- // the receiver is no argument
	}
	if arg < 0 || arg >= len(args) {
		return nil, false
	}
	id, ok := ast.Unparen(args[arg]).(*ast.Ident)
	if !ok || s.pass.TypesInfo.Uses[id] != param {
		return nil, false
	}
	reqs, ok := s.dispatchCase(wc.callee, j, c)
	if ok {
		// Answered: by fn's cases, at its calls or its own line.
		if s.forwardedCalls == nil {
			s.forwardedCalls = map[*types.Func]map[ast.Expr]bool{}
		}
		if s.forwardedCalls[wc.callee] == nil {
			s.forwardedCalls[wc.callee] = map[ast.Expr]bool{}
		}
		s.forwardedCalls[wc.callee][wc.call] = true
	}
	return reqs, ok
}

// paramVar is fn's parameter at i, its receiver first.
func paramVar(fn *types.Func, i int) (*types.Var, bool) {
	sig := fn.Signature()
	if sig.Recv() != nil {
		if i == 0 {
			return sig.Recv(), true
		}
		i--
	}
	if i < 0 || i >= sig.Params().Len() {
		return nil, false
	}
	return sig.Params().At(i), true
}

// dispatchedTemplates splits a dispatcher's templates into those its
// cases replace (of its own requests and its calls of wrappers) and the
// rest.
func (s *packageScan) dispatchedTemplates(fn *types.Func, templates []RequestTemplate) (dispatched, rest []RequestTemplate) {
	steps := s.dispatchSteps(fn)
	for _, t := range templates {
		if t.Chain >= 0 && t.Chain < len(s.chains.links) && slices.Contains(steps, s.chains.links[t.Chain].Step) {
			dispatched = append(dispatched, t)
		} else {
			rest = append(rest, t)
		}
	}
	return dispatched, rest
}

// sameRequests reports whether two lists of requests make the same
// requests, whatever their order and chains.
func sameRequests(a, b []RequestTemplate) bool {
	keys := func(ts []RequestTemplate) []string {
		var out []string
		for _, t := range ts {
			out = append(out, t.Method.String()+" "+t.URL.String())
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	return slices.Equal(keys(a), keys(b))
}

// localDispatched returns the requests of a call of a dispatcher of the
// package, whose templates are these, that passes one of its constants
// (or a variable set to some of them): those cases', beside those the
// dispatcher makes otherwise. ok is false for any other call.
func (s *packageScan) localDispatched(fn *types.Func, call *ast.CallExpr, callee *types.Func, templates []RequestTemplate) ([]RequestTemplate, bool) {
	if callee.Pkg() != s.pass.Pkg || !s.mayDispatch(callee) {
		return nil, false
	}
	i, consts, ok := s.dispatchParam(callee)
	if !ok {
		return nil, false
	}
	general, rest := s.dispatchedTemplates(callee, templates)
	var out []RequestTemplate
	narrows := false
	texts := exactStrings(consts)
	for _, v := range s.argConstants(fn, call, callee, i) {
		k := caseIndex(texts, v)
		if k < 0 {
			return nil, false // a value no case names: the default's
		}
		reqs, ok := s.dispatchCase(callee, i, consts[k])
		if !ok {
			return nil, false
		}
		narrows = narrows || !sameRequests(reqs, general)
		out = append(out, reqs...)
	}
	if !narrows {
		return nil, false // the call makes what any call makes
	}
	s.reevaluatedCalls[callee]++
	return append(out, rest...), true
}

// dispatchParam returns the one parameter fn dispatches on (by index,
// its receiver first) and its constants; ok is false for none, or two to
// combine.
func (s *packageScan) dispatchParam(fn *types.Func) (int, []constant.Value, bool) {
	fp := s.flow()
	if fp == nil {
		return 0, nil, false
	}
	params := fp.DispatchParams(fn)
	if len(params) != 1 {
		return 0, nil, false
	}
	for i, consts := range params {
		return i, consts, true
	}
	return 0, nil, false
}

// dispatched returns the requests of a call of another package's
// dispatcher, whose templates are these, that passes one of its
// constants: that case's, beside those the dispatcher makes through other
// calls. ok is false for any other call.
func (s *packageScan) dispatched(fn *types.Func, call *ast.CallExpr, callee *types.Func, templates []RequestTemplate) ([]RequestTemplate, bool) {
	var fact dispatchFact
	if callee.Pkg() == s.pass.Pkg || !s.pass.ImportObjectFact(callee.Origin(), &fact) {
		return nil, false
	}
	var out []RequestTemplate
	values := make([]string, len(fact.Cases))
	for k, dc := range fact.Cases {
		values[k] = dc.Value
	}
	matched := false
	for _, v := range s.argConstants(fn, call, callee, fact.Param) {
		i := caseIndex(values, v)
		if i < 0 {
			return nil, false // a value no case names: the default's
		}
		matched = true
		out = append(out, fact.Cases[i].Requests...)
	}
	if !matched {
		return nil, false
	}
	links := s.importedTable(callee.Pkg()).links
	for _, t := range templates {
		if t.Chain >= 0 && t.Chain < len(links) && slices.Contains(fact.Sinks, links[t.Chain].Step) {
			continue // one of the dispatcher's own: the case says which
		}
		out = append(out, t)
	}
	return out, true
}

// argConstants are the constants, as constant.Value.ExactString writes
// them, that a call may pass for the parameter at i (its receiver first):
// the one constant it passes, or each string a variable set to one of
// several holds; nil when it may pass anything else.
func (s *packageScan) argConstants(fn *types.Func, call *ast.CallExpr, callee *types.Func, i int) []string {
	if c, ok := s.argConstant(call, callee, i); ok {
		return []string{c.ExactString()}
	}
	args := calleeArgs(s.pass.TypesInfo, call, callee)
	if callee.Signature().Recv() != nil {
		i--
	}
	if i < 0 || i >= len(args) || !isStringType(s.pass.TypesInfo.TypeOf(args[i])) {
		return nil
	}
	var out []string
	for _, v := range s.values(fn, args[i]) {
		text, ok := v.literal()
		if !ok {
			return nil
		}
		out = append(out, constant.MakeString(text).ExactString())
	}
	return out
}

// casesUnion is what a call of an exported dispatcher whose callers make
// its requests makes when it passes no constant: each case's requests,
// each method beside its own path (not the general reading's every
// method times every path), open, to be reported there; and the
// dispatcher's other requests as they are.
func (s *packageScan) casesUnion(fn *types.Func, templates []RequestTemplate) []RequestTemplate {
	fact, ok := s.exportedDispatch(fn)
	if !ok {
		return templates
	}
	_, out := s.dispatchedTemplates(fn, templates)
	seen := map[string]bool{}
	for _, dc := range fact.Cases {
		for _, r := range dc.Requests {
			key := r.Method.String() + " " + r.URL.String()
			if seen[key] {
				continue
			}
			seen[key] = true
			r.Fixed = false
			out = append(out, r)
		}
	}
	return out
}

func isTypeParamType(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.TypeParam)
	return ok
}
