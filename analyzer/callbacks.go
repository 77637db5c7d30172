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
// function value and calls it with something known.
func (s *packageScan) exportCallbacks(fn *types.Func) {
	if !fn.Exported() || !takesFunc(fn.Signature()) {
		return
	}
	fp := s.flow()
	if fp == nil {
		return
	}
	if calls := fp.Callbacks(fn); len(calls) > 0 {
		s.pass.ExportObjectFact(fn, &callbackFact{Calls: calls})
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
