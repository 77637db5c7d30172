package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
)

// callArgs returns the arguments of a call that match the callee's
// parameters: those of a method expression, (*Client).Get(c, route), start
// after the receiver.
func callArgs(info *types.Info, call *ast.CallExpr) []ast.Expr {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && len(call.Args) > 0 {
		if selection, ok := info.Selections[sel]; ok && selection.Kind() == types.MethodExpr {
			return call.Args[1:]
		}
	}
	return call.Args
}

// calleeArgs are a call's arguments to callee's parameters: callArgs,
// less the receiver a function value made of a method expression takes
// first (fetch := (*Client).getJSON; fetch(c, ctx, route)).
func calleeArgs(info *types.Info, call *ast.CallExpr, callee *types.Func) []ast.Expr {
	args := callArgs(info, call)
	fun, ok := info.TypeOf(call.Fun).Underlying().(*types.Signature)
	sig := callee.Signature()
	if ok && sig.Recv() != nil && fun.Recv() == nil && fun.Params().Len() == sig.Params().Len()+1 && len(args) > 0 && !methodCall(info, call) {
		return args[1:]
	}
	return args
}

// methodCall reports whether a call calls a method by name (c.get(x),
// (*C).get(c, x)), not a function value.
func methodCall(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	selection, ok := info.Selections[sel]
	return ok && selection.Kind() != types.FieldVal
}

// A waitingCall is a call to a function of the package made while that
// function was being summarized: get calls getRetry, which calls get.
type waitingCall struct {
	caller *summary
	call   *ast.CallExpr
	callee *types.Func // the function waited for: a dynamic call may invoke others too
}

// waitFor defers a call to callee while callee is being summarized: its
// requests are not known yet, and reading them now would leave the caller
// with none. The call is visited once callee is done (resume).
func (s *packageScan) waitFor(callee *types.Func, caller *summary, call *ast.CallExpr) bool {
	sum := s.summaries[callee]
	if sum == nil || !sum.busy {
		return false
	}
	sum.waiting = append(sum.waiting, waitingCall{caller, call, callee})
	s.recursions++
	return true
}

// resume visits the calls that waited for sum.
func (s *packageScan) resume(sum *summary) {
	waiting := sum.waiting
	sum.waiting = nil
	sum.busy, sum.done = false, true // the calls below read its requests
	for _, w := range waiting {
		s.visitCallee(w.caller, w.call, w.callee)
	}
}

// scanPackageVars finds the requests made by the initializers of
// package-level variables, and in function literals assigned to them: code
// no function declaration holds.
func (s *packageScan) scanPackageVars() {
	for _, f := range s.pass.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			sum := &summary{seen: map[string]bool{}} // no function to publish it for
			for _, spec := range gd.Specs {
				for _, value := range spec.(*ast.ValueSpec).Values {
					s.scanExpr(sum, value)
				}
			}
		}
	}
}

// scanExpr visits the calls and http.Request literals in x, function
// literals included: their values are in terms of the parameters of
// sum's function, and their own parameters are what their calls pass.
func (s *packageScan) scanExpr(sum *summary, x ast.Node) {
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			s.visitCall(sum, n)
		case *ast.CompositeLit:
			s.visitRequestLiteral(sum, n)
		}
		return true
	})
}
