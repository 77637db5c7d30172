package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// A *url.URL carries a route as a string does: the evaluator gives a URL
// the Value of its String(), so that url.Parse(route), the edits of its
// fields and String() at the request keep the route. Generated OpenAPI
// clients all send their routes this way (prepareRequest).

// urlPackage is where routes become *url.URL values: a package importing
// it may build routes for others (a URL joiner) without sending any.
const urlPackage = "net/url"

// urlModels are the net/url functions and methods that build or read a URL,
// merged into modelled.
var urlModels = map[string]func(*evaluator, *ast.CallExpr) Value{
	"net/url.Parse":                   evalFirstArg,
	"net/url.ParseRequestURI":         evalFirstArg,
	"(*net/url.URL).String":           evalReceiver,
	"(*net/url.URL).Redacted":         evalReceiver,
	"(*net/url.URL).JoinPath":         evalURLMethodJoinPath,
	"(*net/url.URL).ResolveReference": evalResolveReference,
	"(*net/url.URL).Parse":            evalResolveReference,
	// A request's Value is its URL's, for edits of req.URL.
	"net/http.NewRequest":            func(e *evaluator, call *ast.CallExpr) Value { return e.evalArg(call, 1) },
	"net/http.NewRequestWithContext": func(e *evaluator, call *ast.CallExpr) Value { return e.evalArg(call, 2) },
}

func (e *evaluator) evalArg(call *ast.CallExpr, i int) Value {
	if i >= len(call.Args) {
		return unknown()
	}
	return e.eval(call.Args[i])
}

// builtBy returns the call or composite literal (through &) that x is.
func builtBy(x ast.Expr) ast.Expr {
	switch x := ast.Unparen(x).(type) {
	case *ast.CallExpr:
		return x
	case *ast.CompositeLit:
		return x
	case *ast.UnaryExpr:
		if cl, ok := ast.Unparen(x.X).(*ast.CompositeLit); ok && x.Op == token.AND {
			return cl
		}
	}
	return nil
}

// editedURL returns the URL of the request a sink call or an http.Request
// literal builds after the edits of its URL that follow
// (req.URL.Path = ...), if there are any.
func (e *evaluator) editedURL(call ast.Expr) (Value, bool) {
	e.collect()
	v := e.resultVar[call]
	if v == nil {
		return nil, false
	}
	var last *assignment
	for i, a := range e.assigns[v] {
		if a.start < call.End() {
			continue
		}
		if a.field == "" {
			break // a new request: the edits after it are its own
		}
		last = &e.assigns[v][i]
	}
	if last == nil {
		return nil, false
	}
	return e.reaching(v, last.end), true
}

func evalFirstArg(e *evaluator, call *ast.CallExpr) Value { return e.evalArg(call, 0) }

// evalReceiver evaluates u.String() and u.Redacted(): the URL itself (a
// password is no part of a route).
func evalReceiver(e *evaluator, call *ast.CallExpr) Value {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return unknown()
	}
	return e.eval(sel.X)
}

// evalURLMethodJoinPath evaluates u.JoinPath(elem...) as url.JoinPath
// of u without its query, which no route depends on.
func evalURLMethodJoinPath(e *evaluator, call *ast.CallExpr) Value {
	if call.Ellipsis.IsValid() {
		return unknown()
	}
	base := cutQuery(evalReceiver(e, call))
	s, _ := flow.CallPure("net/url.JoinPath", []flow.Arg{flow.StrArg(base), flow.ListArg(e.evalList(call.Args))})
	if s == nil {
		return unknown()
	}
	return concat(Value(s))
}

// evalResolveReference evaluates base.ResolveReference(ref) and
// base.Parse(ref): an absolute reference replaces the base, a rooted one
// keeps its origin. A relative reference depends on the base's path, which
// rcperm does not guess.
func evalResolveReference(e *evaluator, call *ast.CallExpr) Value {
	if len(call.Args) != 1 {
		return unknown()
	}
	ref := e.eval(call.Args[0])
	if len(ref) == 0 || !isLit(ref[0]) {
		return unknown()
	}
	switch s := ref[0].Lit; {
	case strings.Contains(s, "://"):
		return ref
	case strings.HasPrefix(s, "/") && !strings.HasPrefix(s, "//"):
		origin, _, ok := splitOrigin(evalReceiver(e, call))
		if !ok {
			origin = unknown()
		}
		return concat(origin, ref)
	}
	return unknown()
}

// isURLType reports whether t is url.URL or *url.URL.
func isURLType(t types.Type) bool { return isNamed(t, "net/url", "URL") }

// isRequestType reports whether t is http.Request or *http.Request.
func isRequestType(t types.Type) bool { return isNamed(t, "net/http", "Request") }

func isNamed(t types.Type, pkg, name string) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// evalLiteralURL evaluates a url.URL written as a composite literal,
// directly or through &, and the URL of an http.Request literal.
func (e *evaluator) evalLiteralURL(x ast.Expr) (Value, bool) {
	cl, ok := builtBy(x).(*ast.CompositeLit)
	if !ok {
		return nil, false
	}
	t := e.info.TypeOf(cl)
	if !isURLType(t) && !isRequestType(t) {
		return nil, false
	}
	elts, ok := keyedFields(cl)
	if !ok {
		return unknown(), true
	}
	if isRequestType(t) {
		if u, ok := elts["URL"]; ok {
			return e.eval(u), true
		}
		return unknown(), true
	}
	fields := map[string]Value{}
	for name, x := range elts {
		fields[name] = e.eval(x)
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
	if f, ok := fields["Fragment"]; ok {
		parts = append(parts, lit("#"), f)
	}
	return concat(parts...), true
}

// keyedFields returns the fields a struct literal sets, by name; ok is
// false when its elements are not keyed.
func keyedFields(cl *ast.CompositeLit) (map[string]ast.Expr, bool) {
	fields := map[string]ast.Expr{}
	for _, el := range cl.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return nil, false
		}
		if key, ok := kv.Key.(*ast.Ident); ok {
			fields[key.Name] = kv.Value
		}
	}
	return fields, true
}

// urlField returns the field of a URL an assignment edits: "Path" for
// u.Path = x with u a URL, and for req.URL.Path = x with req an
// http.Request. The variable is u or req, whose Value the edit changes.
func urlField(info *types.Info, lhs ast.Expr) (*ast.Ident, string) {
	sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
	if !ok || !urlEditable[sel.Sel.Name] {
		return nil, ""
	}
	x := ast.Unparen(sel.X)
	if inner, ok := x.(*ast.SelectorExpr); ok && inner.Sel.Name == "URL" && isRequestType(info.TypeOf(inner.X)) {
		x = ast.Unparen(inner.X)
	} else if !isURLType(info.TypeOf(x)) {
		return nil, ""
	}
	id, ok := x.(*ast.Ident)
	if !ok {
		return nil, ""
	}
	return id, sel.Sel.Name
}

// urlEditable are the fields of url.URL whose edits rcperm follows.
var urlEditable = map[string]bool{"Scheme": true, "Host": true, "Path": true, "RawPath": true, "RawQuery": true, "Fragment": true}

// editURL returns the URL u with one field set to v.
func editURL(u Value, field string, v Value) Value {
	origin, rest, ok := splitOrigin(u)
	path, query, fragment := splitQuery(rest)
	switch field {
	case "Path", "RawPath":
		if !ok {
			origin = unknown() // the host u had, unknown here
		}
		return concat(origin, v, query, fragment)
	case "RawQuery":
		return concat(origin, path, lit("?"), v, fragment)
	case "Fragment":
		return concat(origin, path, query, lit("#"), v)
	case "Host":
		if !ok {
			return unknown()
		}
		scheme := lit("https:")
		if len(origin) > 0 && isLit(origin[0]) {
			if i := strings.Index(origin[0].Lit, "://"); i >= 0 {
				scheme = lit(origin[0].Lit[:i+1])
			}
		}
		return concat(scheme, lit("//"), v, path, query, fragment)
	}
	return unknown() // Scheme: a RingCentral URL has https
}

// splitOrigin splits a URL into its scheme and host ("https://host", or a
// leading unknown part standing for a configured server) and the rest.
// When the origin cannot be told apart, ok is false and rest is all of u.
func splitOrigin(u Value) (origin, rest Value, ok bool) {
	if len(u) == 0 {
		return Value{}, Value{}, true
	}
	if first := u[0]; isLit(first) {
		s := first.Lit
		i := strings.Index(s, "://")
		if i < 0 {
			return Value{}, u, true // a path alone
		}
		j := strings.IndexAny(s[i+3:], "/?#")
		switch {
		case j >= 0:
			return lit(s[:i+3+j]), concat(lit(s[i+3+j:]), u[1:]), true
		case len(u) == 1:
			return u, Value{}, true
		}
		return Value{}, u, false // the host goes on past the literal
	}
	if len(u) > 1 && isLit(u[1]) && strings.HasPrefix(u[1].Lit, "/") {
		return u[:1], u[1:], true
	}
	return Value{}, u, false
}

// splitQuery splits the part of a URL after its origin into path, query
// ("?..." or empty) and fragment ("#..." or empty), at the first literal
// "?" and "#".
func splitQuery(rest Value) (path, query, fragment Value) {
	path, after := splitAt(rest, "?#")
	if len(after) > 0 && strings.HasPrefix(after[0].Lit, "?") {
		query, fragment = splitAt(after, "#")
		return path, query, fragment
	}
	return path, Value{}, after
}

// cutQuery returns v up to its query or fragment.
func cutQuery(v Value) Value {
	before, _ := splitAt(v, "?#")
	return before
}

// splitAt splits v before the first of chars in its literal text.
func splitAt(v Value, chars string) (before, after Value) {
	for i, p := range v {
		if !isLit(p) {
			continue
		}
		if j := strings.IndexAny(p.Lit, chars); j >= 0 {
			before = concat(v[:i], lit(p.Lit[:j]))
			after = concat(lit(p.Lit[j:]), v[i+1:])
			return before, after
		}
	}
	return v, Value{}
}
