package analyzer

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
	"golang.org/x/tools/go/types/typeutil"
)

// evalPure evaluates a call of a function flow.CallPure runs (strings,
// path, net/url, strconv, fmt.Sprintf, regexp with a constant pattern):
// the arguments' Values, by the kinds of the function's parameters. A
// call whose arguments it cannot describe (a slice that is not written
// in place, xs..., a regexp not compiled in place from a constant) is
// unknown.
func (e *evaluator) evalPure(fn *types.Func, call *ast.CallExpr) Value {
	args, ok := e.pureArgs(fn, call)
	if !ok {
		return unknown()
	}
	s, _ := flow.CallPure(fn.FullName(), args)
	if s == nil {
		return unknown()
	}
	return concat(Value(s))
}

func (e *evaluator) pureArgs(fn *types.Func, call *ast.CallExpr) ([]flow.Arg, bool) {
	if call.Ellipsis.IsValid() {
		return nil, false
	}
	sig := fn.Signature()
	var args []flow.Arg
	if sig.Recv() != nil {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil, false
		}
		pattern, ok := e.regexpPattern(sel.X)
		if !ok {
			return nil, false
		}
		args = append(args, flow.RegexpArg(pattern))
	}
	params := sig.Params()
	for i, x := range call.Args {
		if sig.Variadic() && i >= params.Len()-1 {
			elem := params.At(params.Len() - 1).Type().(*types.Slice).Elem()
			if isStringType(elem) {
				// ...string: one list of the rest.
				return append(args, flow.ListArg(e.evalList(call.Args[i:]))), true
			}
			// ...any: fmt's operands, each by its own type.
			args = append(args, e.pureArg(x, e.info.TypeOf(x), true))
			continue
		}
		if i >= params.Len() {
			return nil, false
		}
		arg := e.pureArg(x, params.At(i).Type(), false)
		if arg.Kind == flow.ListKind && arg.List == nil {
			return nil, false
		}
		args = append(args, arg)
	}
	return args, true
}

// pureArg describes argument x of type t. An operand of fmt (operand) of a
// type not a string, integer or bool is a string nobody knows, so that
// %v of it is unknown.
func (e *evaluator) pureArg(x ast.Expr, t types.Type, operand bool) flow.Arg {
	tv := e.info.Types[x]
	if t != nil {
		if b, ok := t.Underlying().(*types.Basic); ok {
			switch {
			case b.Info()&types.IsInteger != 0:
				if tv.Value != nil {
					if n, exact := constant.Int64Val(constant.ToInt(tv.Value)); exact {
						return flow.IntArg(n)
					}
				}
				return flow.IntText(e.eval(x))
			case b.Info()&types.IsBoolean != 0:
				if tv.Value != nil && tv.Value.Kind() == constant.Bool {
					return flow.BoolArg(constant.BoolVal(tv.Value))
				}
				return flow.Arg{Kind: flow.BoolKind}
			}
		}
		if sl, ok := t.Underlying().(*types.Slice); ok && isStringType(sl.Elem()) && !operand {
			if cl, ok := ast.Unparen(x).(*ast.CompositeLit); ok {
				return flow.ListArg(e.evalList(cl.Elts))
			}
			return flow.Arg{Kind: flow.ListKind} // a slice not written in place
		}
	}
	if operand && !isStringType(t) && !isURLType(t) {
		return flow.StrArg(nil)
	}
	return flow.StrArg(e.eval(x))
}

func (e *evaluator) evalList(xs []ast.Expr) []flow.Str {
	l := make([]flow.Str, len(xs))
	for i, x := range xs {
		l[i] = e.eval(x)
		if l[i] == nil {
			l[i] = unknown()
		}
	}
	return l
}

// regexpPattern returns the pattern of regexp.MustCompile(pattern), a
// constant, that x is, written in place or as the initializer of a
// package-level variable (var slashes = regexp.MustCompile("/+")), which
// programs do not reassign.
func (e *evaluator) regexpPattern(x ast.Expr) (string, bool) {
	if id, ok := ast.Unparen(x).(*ast.Ident); ok {
		v, _ := e.info.Uses[id].(*types.Var)
		if v == nil || v.Parent() != v.Pkg().Scope() {
			return "", false
		}
		for _, init := range e.info.InitOrder {
			if len(init.Lhs) == 1 && init.Lhs[0] == v {
				x = init.Rhs
			}
		}
	}
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return "", false
	}
	fn, _ := typeutil.Callee(e.info, call).(*types.Func)
	if fn == nil || fn.FullName() != "regexp.MustCompile" {
		return "", false
	}
	tv := e.info.Types[call.Args[0]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}
