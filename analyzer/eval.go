package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/url"
	"path"
	"strings"

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
	info    *types.Info
	params  map[*types.Var]int
	assigns map[*types.Var][]assignment
	// routeBuilder returns the route a function returns in terms of its
	// parameters, if it is a route builder.
	routeBuilder func(*types.Func) (Value, bool)
	depth        int
	// reached memoizes reaching. Without it, a variable extended in each of
	// n branches (optional query parameters) is evaluated 2^n times: each
	// branch's value and the value before it both start from the previous
	// branch.
	reached map[reachKey]Value
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
	block ast.Node  // innermost block holding the assignment
}

func newEvaluator(info *types.Info, fn *ast.FuncType, body *ast.BlockStmt, routeBuilder func(*types.Func) (Value, bool)) *evaluator {
	e := &evaluator{info: info, params: map[*types.Var]int{}, assigns: map[*types.Var][]assignment{}, routeBuilder: routeBuilder, reached: map[reachKey]Value{}}
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
	if body != nil {
		e.collectAssignments(body)
	}
	return e
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
			return concat(e.eval(x.X), e.eval(x.Y))
		}
	case *ast.Ident:
		if v, ok := e.info.Uses[x].(*types.Var); ok {
			return e.reaching(v, x.Pos())
		}
	case *ast.CallExpr:
		return e.evalCall(x, 0)
	}
	return unknown()
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
	if fn == nil {
		return unknown()
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && fn.Name() == "String" && isURLType(e.info.TypeOf(sel.X)) {
		return e.evalURL(sel.X)
	}
	pkg := ""
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Path()
	}
	args := call.Args
	if index == 0 && fn.Type().(*types.Signature).Recv() == nil {
		switch pkg + "." + fn.Name() {
		case "fmt.Sprintf":
			if len(args) > 0 {
				return e.sprintf(args[0], args[1:])
			}
		case "strings.Replace", "strings.ReplaceAll":
			if len(args) >= 3 {
				old, ok := e.eval(args[1]).literal()
				if !ok {
					return unknown()
				}
				n := -1
				if len(args) == 4 {
					if tv := e.info.Types[args[3]]; tv.Value != nil {
						if v, exact := constant.Int64Val(tv.Value); exact {
							n = int(v)
						}
					}
				}
				return e.eval(args[0]).replaceLit(old, e.eval(args[2]), n)
			}
		case "strings.Join":
			if len(args) == 2 {
				if elems, ok := ast.Unparen(args[0]).(*ast.CompositeLit); ok {
					return e.join(elems.Elts, e.eval(args[1]))
				}
			}
		case "path.Join":
			return cleanJoin(e.join(args, lit("/")))
		case "strings.ToUpper", "strings.ToLower", "url.PathEscape", "url.QueryEscape":
			if len(args) == 1 {
				s, ok := e.eval(args[0]).literal()
				if !ok {
					return unknown()
				}
				switch fn.Name() {
				case "ToUpper":
					return lit(strings.ToUpper(s))
				case "ToLower":
					return lit(strings.ToLower(s))
				case "PathEscape":
					return lit(url.PathEscape(s))
				}
				return lit(url.QueryEscape(s))
			}
		}
	}
	if index == 0 && pkg == "net/url" && fn.Name() == "JoinPath" && len(args) >= 1 && fn.Type().(*types.Signature).Recv() == nil {
		return concat(e.eval(args[0]), lit("/"), cleanJoin(e.join(args[1:], lit("/"))))
	}
	if index == 0 && e.routeBuilder != nil {
		if tmpl, ok := e.routeBuilder(fn); ok {
			vals := make([]Value, len(args))
			for i, a := range args {
				vals[i] = e.eval(a)
			}
			return tmpl.substitute(vals)
		}
	}
	return unknown()
}

// join evaluates elements joined by sep.
func (e *evaluator) join(elems []ast.Expr, sep Value) Value {
	var parts []Value
	for i, el := range elems {
		if i > 0 {
			parts = append(parts, sep)
		}
		parts = append(parts, e.eval(el))
	}
	return concat(parts...)
}

// cleanJoin tidies the literal text of a joined path as path.Join does:
// doubled slashes collapse. Unknown parts stay as they are.
func cleanJoin(v Value) Value {
	out := make(Value, len(v))
	for i, p := range v {
		if isLit(p) {
			for strings.Contains(p.Lit, "//") {
				p.Lit = strings.ReplaceAll(p.Lit, "//", "/")
			}
			if len(v) == 1 && p.Lit != "/" {
				p.Lit = path.Clean(p.Lit)
			}
		}
		out[i] = p
	}
	return out
}

// sprintf evaluates fmt.Sprintf: %s and %v of evaluable strings keep their
// value, every other verb is unknown.
func (e *evaluator) sprintf(format ast.Expr, args []ast.Expr) Value {
	f, ok := e.eval(format).literal()
	if !ok {
		return unknown()
	}
	var parts []Value
	argi := 0
	nextArg := func() ast.Expr {
		if argi < len(args) {
			argi++
			return args[argi-1]
		}
		return nil
	}
	for {
		i := strings.IndexByte(f, '%')
		if i < 0 {
			parts = append(parts, lit(f))
			break
		}
		parts = append(parts, lit(f[:i]))
		f = f[i+1:]
		j := 0
		for j < len(f) && strings.IndexByte("+-# 0123456789.*[]", f[j]) >= 0 {
			if f[j] == '[' {
				return unknown() // explicit argument indexes: not worth following
			}
			if f[j] == '*' {
				nextArg()
			}
			j++
		}
		if j == len(f) {
			break
		}
		verb := f[j]
		f = f[j+1:]
		if verb == '%' {
			parts = append(parts, lit("%"))
			continue
		}
		arg := nextArg()
		if arg != nil && (verb == 's' || verb == 'v' || verb == 'd') {
			parts = append(parts, e.eval(arg))
		} else {
			parts = append(parts, unknown())
		}
	}
	return concat(parts...)
}

// evalURL evaluates x.String() for a url.URL x written as a composite
// literal, directly or through &.
func (e *evaluator) evalURL(x ast.Expr) Value {
	x = ast.Unparen(x)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	if id, ok := x.(*ast.Ident); ok {
		// Only a url.URL assigned in straight-line code: one set in a
		// branch may not be the one used.
		if v, ok := e.info.Uses[id].(*types.Var); ok {
			if a := e.lastAssignment(v, id.Pos()); a != nil && a.rhs != nil && a.encloses(id.Pos()) {
				return e.evalURL(a.rhs)
			}
		}
		return unknown()
	}
	cl, ok := x.(*ast.CompositeLit)
	if !ok {
		return unknown()
	}
	fields := map[string]Value{}
	for _, el := range cl.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return unknown()
		}
		if key, ok := kv.Key.(*ast.Ident); ok {
			fields[key.Name] = e.eval(kv.Value)
		}
	}
	var parts []Value
	if s, ok := fields["Scheme"]; ok {
		parts = append(parts, s, lit(":"))
	}
	if h, ok := fields["Host"]; ok {
		parts = append(parts, lit("//"), h)
	}
	if p, ok := fields["Path"]; ok {
		parts = append(parts, p)
	}
	if q, ok := fields["RawQuery"]; ok {
		parts = append(parts, lit("?"), q)
	}
	return concat(parts...)
}

func isURLType(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/url" && n.Obj().Name() == "URL"
}
