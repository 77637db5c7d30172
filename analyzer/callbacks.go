package analyzer

import (
	"fmt"
	"go/types"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// A function handed a function value calls it with values of its own (a
// generic helper's work.Each(paths, func(p string) {...}) calling it with
// each element of paths): the closure's requests read them. The package
// of such a function exports, in a callbackFact, what it calls each of its
// function-typed parameters with, in terms of its own parameters
// (flow.Program.Callbacks); a package handing it a closure fills them in
// at its call, and the closure's route is known there.

// callbackFact is what an exported function calls its function-typed
// parameters with.
type callbackFact struct {
	Calls []flow.CallbackCall
}

func (*callbackFact) AFact() {}

func (f *callbackFact) String() string { return fmt.Sprintf("callbacks(%d)", len(f.Calls)) }

// exportCallbacks exports fn's callbackFact, when it is exported, takes a
// function value and calls it with something known, and adds to builders
// the struct types whose fields it passes (Then(r, f) calling
// f(r.value)): an importer reads what its own value of the type holds
// there from the effects of the functions that build one (Of(v)).
func (s *packageScan) exportCallbacks(fn *types.Func, builders map[types.Type]bool) {
	if !fn.Exported() || !takesFunc(fn.Signature()) {
		return
	}
	fp := s.flow()
	if fp == nil {
		return
	}
	calls := fp.Callbacks(fn)
	if len(calls) == 0 {
		return
	}
	s.pass.ExportObjectFact(fn, &callbackFact{Calls: calls})
	for _, c := range calls {
		for _, alts := range c.Args {
			for _, v := range alts {
				for _, slot := range projectedSlots(v) {
					if t := flow.SlotType(fn.Signature(), slot); t != nil {
						builders[pointee(t)] = true
					}
				}
			}
		}
	}
}

// takesFunc reports whether a signature has a function-typed parameter.
func takesFunc(sig *types.Signature) bool {
	for i := range sig.Params().Len() {
		if _, ok := sig.Params().At(i).Type().Underlying().(*types.Signature); ok {
			return true
		}
	}
	return false
}

// Callbacks reads what a function of another package calls its
// function-typed parameters with from its fact.
func (o flowOracle) Callbacks(fn *types.Func) []flow.CallbackCall {
	var fact callbackFact
	if fn.Pkg() == nil || fn.Pkg() == o.s.pass.Pkg || !o.s.pass.ImportObjectFact(fn, &fact) {
		return nil
	}
	return fact.Calls
}
