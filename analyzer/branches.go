package analyzer

import (
	"go/ast"
	"go/types"
)

// branchValues returns the values x may have where it is sent. A variable
// that a branch which has ended sets to another route, as a forwarder
// completing a server URL itself:
//
//	if !strings.Contains(url, "fax") {
//		url = join(url, FaxPath)
//	}
//
// has two when the value before the branch comes from the function's
// parameters: the branch's and the one before it. Each is a request, and
// the caller's argument tells which ones are RingCentral operations.
func (e *evaluator) branchValues(x ast.Expr) []Value {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return []Value{e.eval(x)}
	}
	v, ok := e.info.Uses[id].(*types.Var)
	if !ok {
		return []Value{e.eval(x)}
	}
	last := e.lastAssignment(v, id.Pos())
	if last == nil || last.encloses(id.Pos()) || last.field != "" {
		return []Value{e.eval(x)}
	}
	before := e.reaching(v, last.start)
	if !before.hasParams() {
		// The function chose its route itself, under a condition rcperm
		// does not evaluate: unknown.
		return []Value{e.eval(x)}
	}
	inBranch := e.assigned(v, last)
	if withoutQuery(inBranch.render()) == withoutQuery(before.render()) {
		return []Value{before}
	}
	return []Value{inBranch, before}
}
