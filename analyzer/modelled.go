package analyzer

import (
	"go/ast"
	"go/constant"
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
		"fmt.Sprintf":         evalSprintf,
		"strings.Replace":     evalReplace,
		"strings.ReplaceAll":  evalReplace,
		"strings.Join":        evalStringsJoin,
		"path.Join":           evalPathJoin,
		"net/url.JoinPath":    evalURLJoinPath,
		"strings.TrimPrefix":  evalTrimSlash(strings.TrimPrefix),
		"strings.TrimSuffix":  evalTrimSlash(strings.TrimSuffix),
		"strings.ToUpper":     literalModel(strings.ToUpper),
		"strings.ToLower":     literalModel(strings.ToLower),
		"net/url.PathEscape":  literalModel(url.PathEscape),
		"net/url.QueryEscape": literalModel(url.QueryEscape),
	}
	for name, model := range urlModels {
		modelled[name] = model
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

// evalTrimSlash models strings.TrimPrefix and TrimSuffix. Known text is
// trimmed; a slash trimmed off a value known only at run time (a route a
// forwarder passes on, a server URL) is kept, since a doubled or missing
// slash between path segments does not change the route rcperm looks up.
func evalTrimSlash(trim func(s, affix string) string) func(*evaluator, *ast.CallExpr) Value {
	return func(e *evaluator, call *ast.CallExpr) Value {
		if len(call.Args) != 2 {
			return unknown()
		}
		v := e.eval(call.Args[0])
		affix, ok := e.eval(call.Args[1]).literal()
		if !ok {
			return unknown()
		}
		if s, ok := v.literal(); ok {
			return lit(trim(s, affix))
		}
		if affix == "/" {
			return v
		}
		return unknown()
	}
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
