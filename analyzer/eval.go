package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
	"golang.org/x/tools/go/types/typeutil"
)

// maxEvalDepth bounds the recursion of evaluation; a route deeper than this
// is unknown.
const maxEvalDepth = 32

// evaluator computes the Value of string expressions in one function body:
// the URL and method arguments of requests. It follows local variables
// through straight-line assignments, the string functions programs build
// routes with, and route builders (functions returning a route made from
// their parameters).
type evaluator struct {
	info   *types.Info
	params map[*types.Var]int
	// assigns and resultVar are collected from body on first use
	// (collect): most functions a scan walks evaluate nothing, and
	// collecting cost a walk of every body.
	body      *ast.BlockStmt
	collected bool
	assigns   map[*types.Var][]assignment
	// routeBuilder returns the route a function returns in terms of its
	// parameters, if it is a route builder.
	routeBuilder func(*types.Func) (Value, bool)
	// variadicRoute returns the route a variadic builder returns with n
	// variadic arguments, if it is one.
	variadicRoute func(fn *types.Func, n int) (Value, bool)
	// fieldDefaults are the fields the package sets to one constant only
	// (fielddefault.go).
	fieldDefaults map[*types.Var]string
	depth         int
	// reached memoizes reaching. Without it, a variable extended in each of
	// n branches (optional query parameters) is evaluated 2^n times: each
	// branch's value and the value before it both start from the previous
	// branch.
	reached map[reachKey]Value
	// resultVar is the variable each call's first result, or each
	// composite literal, is assigned to: the request a sink or an
	// http.Request literal builds, which later edits of its URL change.
	resultVar map[ast.Expr]*types.Var
}

// reachKey is what reaching's result depends on: the last assignment
// before the use, whether the use is in its block, and the depth, which
// bounds the evaluation of the assignment's right side.
type reachKey struct {
	last     *assignment
	enclosed bool
	depth    int
}

// assignment is one definition of a local variable.
type assignment struct {
	start token.Pos // where the statement starts: its right side reads the old value
	end   token.Pos // where it ends: the new value holds from here
	rhs   ast.Expr  // nil: not knowable (range variables, unknown tuples)
	index int       // result index when rhs is a call returning several
	add   bool      // +=
	field string    // the field of a URL set: u.Path = ..., req.URL.Path = ...
	block ast.Node  // innermost block holding the assignment
}

func newEvaluator(info *types.Info, fn *ast.FuncType, body *ast.BlockStmt, routeBuilder func(*types.Func) (Value, bool)) *evaluator {
	e := &evaluator{info: info, params: map[*types.Var]int{}, body: body, routeBuilder: routeBuilder, reached: map[reachKey]Value{}}
	i := 0
	for _, field := range fn.Params.List {
		if len(field.Names) == 0 {
			i++
			continue
		}
		for _, name := range field.Names {
			if v, ok := info.Defs[name].(*types.Var); ok {
				e.params[v] = i
			}
			i++
		}
	}
	return e
}

// collect collects the function's assignments, once.
func (e *evaluator) collect() {
	if e.collected {
		return
	}
	e.collected = true
	e.assigns = map[*types.Var][]assignment{}
	if e.body != nil {
		e.collectAssignments(e.body)
	}
}

func (e *evaluator) collectAssignments(body *ast.BlockStmt) {
	var blocks []ast.Node
	record := func(id ast.Expr, a assignment) {
		ident, ok := ast.Unparen(id).(*ast.Ident)
		if !ok {
			return
		}
		obj := e.info.Defs[ident]
		if obj == nil {
			obj = e.info.Uses[ident]
		}
		if v, ok := obj.(*types.Var); ok {
			a.block = blocks[len(blocks)-1]
			e.assigns[v] = append(e.assigns[v], a)
		}
	}
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its variables are its own
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			blocks = append(blocks, n)
			ast.Inspect(n, func(c ast.Node) bool {
				if c == n {
					return true
				}
				return visit(c)
			})
			blocks = blocks[:len(blocks)-1]
			return false
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == 1 && len(n.Rhs) == 1 {
				if id, field := urlField(e.info, n.Lhs[0]); id != nil {
					record(id, assignment{start: n.Pos(), end: n.End(), rhs: n.Rhs[0], field: field})
					return true
				}
			}
			if src := builtBy(n.Rhs[0]); src != nil && len(n.Rhs) == 1 {
				if id, ok := ast.Unparen(n.Lhs[0]).(*ast.Ident); ok {
					if v, ok := e.info.ObjectOf(id).(*types.Var); ok {
						if e.resultVar == nil {
							e.resultVar = map[ast.Expr]*types.Var{}
						}
						e.resultVar[src] = v
					}
				}
			}
			for i, lhs := range n.Lhs {
				a := assignment{start: n.Pos(), end: n.End(), add: n.Tok == token.ADD_ASSIGN}
				switch {
				case len(n.Lhs) == len(n.Rhs):
					a.rhs = n.Rhs[i]
				case len(n.Rhs) == 1:
					a.rhs, a.index = n.Rhs[0], i
				}
				if n.Tok != token.ASSIGN && n.Tok != token.DEFINE && n.Tok != token.ADD_ASSIGN {
					a.rhs = nil
				}
				record(lhs, a)
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				a := assignment{start: n.Pos(), end: n.End()}
				switch {
				case len(n.Values) == len(n.Names):
					a.rhs = n.Values[i]
				case len(n.Values) == 1:
					a.rhs, a.index = n.Values[0], i
				}
				record(name, a)
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE || n.Tok == token.ASSIGN {
				for _, x := range []ast.Expr{n.Key, n.Value} {
					if x != nil {
						record(x, assignment{start: n.Pos(), end: n.Body.Pos()})
					}
				}
			}
		}
		return true
	}
	visit(body)
}

// eval returns what is statically known of the string expression x.
func (e *evaluator) eval(x ast.Expr) Value {
	if e.depth > maxEvalDepth {
		return unknown()
	}
	e.depth++
	defer func() { e.depth-- }()

	if tv, ok := e.info.Types[x]; ok && tv.Value != nil {
		switch tv.Value.Kind() {
		case constant.String:
			return lit(constant.StringVal(tv.Value))
		case constant.Int:
			return lit(tv.Value.ExactString())
		}
	}
	switch x := x.(type) {
	case *ast.ParenExpr:
		return e.eval(x.X)
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			return e.evalSum(x)
		}
	case *ast.Ident:
		if v, ok := e.info.Uses[x].(*types.Var); ok {
			return e.reaching(v, x.Pos())
		}
	case *ast.CallExpr:
		return e.evalCall(x, 0)
	case *ast.SelectorExpr:
		if v, ok := e.evalFieldDefault(x); ok {
			return v
		}
	case *ast.StarExpr:
		if isURLType(e.info.TypeOf(x)) {
			return e.eval(x.X)
		}
	case *ast.UnaryExpr, *ast.CompositeLit:
		if v, ok := e.evalLiteralURL(x); ok {
			return v
		}
	}
	return unknown()
}

// evalSum evaluates a chain of + as one concatenation of its operands, so
// that a route followed by many query pairs is not deeper than the
// evaluation bound: a + b + c nests to the left, one level per operand.
func (e *evaluator) evalSum(x *ast.BinaryExpr) Value {
	if left, ok := ast.Unparen(x.X).(*ast.BinaryExpr); !ok || left.Op != token.ADD {
		return concat(e.eval(x.X), e.eval(x.Y)) // a + b: most sums, without the slices
	}
	var operands []ast.Expr
	for {
		operands = append(operands, x.Y)
		left, ok := ast.Unparen(x.X).(*ast.BinaryExpr)
		if !ok || left.Op != token.ADD {
			operands = append(operands, x.X)
			break
		}
		x = left
	}
	parts := make([]Value, len(operands))
	for i, op := range operands {
		parts[len(operands)-1-i] = e.eval(op)
	}
	return concat(parts...)
}

// reaching evaluates variable v where it is used at pos: the value of its
// last assignment before pos, when that is in a block enclosing pos. An
// assignment inside a branch that ended (an if body) leaves the variable
// unknown, unless it changes only the query, which no route depends on.
func (e *evaluator) reaching(v *types.Var, pos token.Pos) Value {
	last := e.lastAssignment(v, pos)
	if last == nil {
		if i, ok := e.params[v]; ok {
			return param(i)
		}
		return unknown()
	}
	key := reachKey{last, last.encloses(pos), e.depth}
	if val, ok := e.reached[key]; ok {
		return val
	}
	val := e.assigned(v, last)
	if !key.enclosed {
		before := e.reaching(v, last.start)
		if withoutQuery(val.render()) == withoutQuery(before.render()) {
			val = before
		} else {
			val = unknown()
		}
	}
	e.reached[key] = val
	return val
}

// lastAssignment is the assignment to v that ends last before pos.
func (e *evaluator) lastAssignment(v *types.Var, pos token.Pos) *assignment {
	e.collect()
	var last *assignment
	for i, a := range e.assigns[v] {
		if a.end <= pos && (last == nil || a.end > last.end) {
			last = &e.assigns[v][i]
		}
	}
	return last
}

// encloses reports whether pos is in the block of the assignment: then the
// assignment reaches pos on every path, in straight-line code.
func (a *assignment) encloses(pos token.Pos) bool {
	return a.block.Pos() <= pos && pos < a.block.End()
}

func (e *evaluator) assigned(v *types.Var, a *assignment) Value {
	if a.rhs == nil {
		return unknown()
	}
	if a.field != "" {
		return editURL(e.reaching(v, a.start), a.field, e.eval(a.rhs))
	}
	var val Value
	if call, ok := ast.Unparen(a.rhs).(*ast.CallExpr); ok {
		val = e.evalCall(call, a.index)
	} else if a.index == 0 {
		val = e.eval(a.rhs)
	} else {
		val = unknown()
	}
	if a.add {
		return concat(e.reaching(v, a.start), val)
	}
	return val
}

func withoutQuery(s string) string {
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		return s[:i]
	}
	return s
}

// evalCall evaluates result number index of a call.
func (e *evaluator) evalCall(call *ast.CallExpr, index int) Value {
	// A conversion: string(x).
	if tv, ok := e.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return e.eval(call.Args[0])
	}
	fn, _ := typeutil.Callee(e.info, call).(*types.Func)
	if fn == nil || index != 0 {
		return unknown()
	}
	if flow.IsPure(fn.FullName()) {
		return e.evalPure(fn, call)
	}
	if model, ok := modelled[fn.FullName()]; ok {
		return model(e, call)
	}
	if sig := fn.Signature(); sig.Variadic() && !call.Ellipsis.IsValid() && e.variadicRoute != nil {
		args := callArgs(e.info, call)
		if n := len(args) - (sig.Params().Len() - 1); n > 0 {
			if tmpl, ok := e.variadicRoute(fn, n); ok {
				vals := make([]Value, len(args))
				for i, a := range args {
					vals[i] = e.eval(a)
				}
				return tmpl.substitute(vals)
			}
		}
	}
	if e.routeBuilder != nil {
		if tmpl, ok := e.routeBuilder(fn); ok {
			args := callArgs(e.info, call)
			vals := make([]Value, len(args))
			for i, a := range args {
				vals[i] = e.eval(a)
			}
			return tmpl.substitute(vals)
		}
	}
	return unknown()
}
