package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/url"
	"path"
	"strings"
)

// modelled holds the functions whose result the evaluator computes from
// their arguments, by full name (types.Func.FullName): the string functions
// programs build routes with. Any other call's value is unknown, unless the
// function is a route builder.
var modelled map[string]func(e *evaluator, call *ast.CallExpr) Value

func init() {
	// Assigned here, not in its declaration: the models call eval, which
	// reads the table.
	modelled = map[string]func(*evaluator, *ast.CallExpr) Value{
		"fmt.Sprintf":           evalSprintf,
		"strings.Replace":       evalReplace,
		"strings.ReplaceAll":    evalReplace,
		"strings.Join":          evalStringsJoin,
		"path.Join":             evalPathJoin,
		"net/url.JoinPath":      evalURLJoinPath,
		"strings.ToUpper":       literalModel(strings.ToUpper),
		"strings.ToLower":       literalModel(strings.ToLower),
		"net/url.PathEscape":    literalModel(url.PathEscape),
		"net/url.QueryEscape":   literalModel(url.QueryEscape),
		"(*net/url.URL).String": evalURLString,
	}
}

func evalSprintf(e *evaluator, call *ast.CallExpr) Value {
	if len(call.Args) == 0 {
		return unknown()
	}
	return e.sprintf(call.Args[0], call.Args[1:])
}

// evalReplace evaluates strings.Replace and strings.ReplaceAll with a
// known old string, as in a "{param}" template.
func evalReplace(e *evaluator, call *ast.CallExpr) Value {
	args := call.Args
	if len(args) < 3 {
		return unknown()
	}
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

// evalStringsJoin evaluates strings.Join of a slice written in place.
func evalStringsJoin(e *evaluator, call *ast.CallExpr) Value {
	if len(call.Args) != 2 {
		return unknown()
	}
	elems, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit)
	if !ok {
		return unknown()
	}
	return e.join(elems.Elts, e.eval(call.Args[1]))
}

func evalPathJoin(e *evaluator, call *ast.CallExpr) Value {
	return cleanJoin(e.join(call.Args, lit("/")))
}

// evalURLJoinPath evaluates url.JoinPath(base, elem...): its first result.
func evalURLJoinPath(e *evaluator, call *ast.CallExpr) Value {
	if len(call.Args) == 0 {
		return unknown()
	}
	return concat(e.eval(call.Args[0]), lit("/"), cleanJoin(e.join(call.Args[1:], lit("/"))))
}

// literalModel models a function of one string that rcperm can run on a
// wholly known argument.
func literalModel(f func(string) string) func(*evaluator, *ast.CallExpr) Value {
	return func(e *evaluator, call *ast.CallExpr) Value {
		if len(call.Args) != 1 {
			return unknown()
		}
		s, ok := e.eval(call.Args[0]).literal()
		if !ok {
			return unknown()
		}
		return lit(f(s))
	}
}

// evalURLString evaluates u.String() for a url.URL u written as a
// composite literal.
func evalURLString(e *evaluator, call *ast.CallExpr) Value {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return unknown()
	}
	return e.evalURL(sel.X)
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
