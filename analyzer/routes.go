package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/rcperm/rcperm/permissions"
)

// A Route is a string constant of the package that RingCentral's API
// classifies as one of its routes, and that rcperm does not know to be
// something other than a request. Whether a checked request follows it is
// decided over the whole analyzed set, by the driver: see Result.Routes.
type Route struct {
	Pos  token.Pos
	Text string
	// Operations are the operations the route can be: every method of its
	// path, since a constant does not say its method.
	Operations []*permissions.Operation
	// Requires is what any of its operations needs.
	Requires permissions.Set
}

// registrationMethods are the names under which routers (net/http's
// ServeMux, gorilla/mux, chi, gin, echo, fiber) register a handler for a
// route. A call by such a name is a registration, not a request, only when
// it also takes a handler: a client's Get(url) takes none.
var registrationMethods = map[string]bool{
	"Handle": true, "HandleFunc": true, "Handler": true, "Any": true, "Add": true, "Match": true,
	"Get": true, "Post": true, "Put": true, "Patch": true, "Delete": true, "Head": true, "Options": true,
	"Route": true, "Group": true, "Mount": true, "Method": true, "Path": true, "PathPrefix": true,
}

func init() {
	for verb := range httpMethods {
		registrationMethods[verb] = true // a router's GET(pattern, handler)
	}
}

// httpMethods are the verbs of HTTP requests, as net/http writes them.
var httpMethods = map[string]bool{
	"GET": true, "POST": true, "PUT": true, "PATCH": true, "DELETE": true, "HEAD": true, "OPTIONS": true,
}

// comparisonFuncs are the functions of package strings whose string
// arguments are compared with, not requested.
var comparisonFuncs = map[string]bool{
	"HasPrefix": true, "HasSuffix": true, "Contains": true, "EqualFold": true,
	"TrimPrefix": true, "TrimSuffix": true, "CutPrefix": true, "CutSuffix": true, "Index": true,
}

// routeScan finds a package's route constants and what it knows them not to
// be: an argument of a handler registration, an operand of a comparison,
// the prefix of a longer string (the route is then the whole, which the
// value flow follows where a request uses it).
type routeScan struct {
	pass *analysis.Pass
	// excluded holds the literals, and the uses of constants, known not to
	// be requests.
	excluded  map[ast.Expr]bool
	constUses map[*types.Const][]ast.Expr
}

// scanRoutes returns the route constants of the package's non-test files
// that are not known to be something other than a request; ignores
// silence those on their lines. Most packages (all of std, under go vet)
// have none, and pay only for a look at their string literals.
func scanRoutes(pass *analysis.Pass, ignores *ignoreSet) []Route {
	var files []*ast.File
	var routes []Route
	hints := map[ast.Expr]int{} // → index in routes
	// parts are the literals a composite hint is made of: the composite
	// stands for them.
	parts := map[*ast.BasicLit]bool{}
	for _, f := range pass.Files {
		if inTestFile(pass.Fset, f.Pos()) {
			continue
		}
		files = append(files, f)
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BasicLit:
				if n.Kind == token.STRING && !parts[n] {
					if r, ok := routeOf(n); ok {
						hints[n] = len(routes)
						routes = append(routes, r)
					}
				}
			case *ast.BinaryExpr, *ast.CallExpr:
				text, lits, ok := compositeText(pass.TypesInfo, n.(ast.Expr))
				if !ok {
					return true
				}
				// Its literals are parts, prefixes of a route or of no
				// route, whether or not the whole is one.
				for _, l := range lits {
					parts[l] = true
				}
				if r, ok := compositeRoute(n.(ast.Expr), text); ok {
					hints[n.(ast.Expr)] = len(routes)
					routes = append(routes, r)
				}
			}
			return true
		})
	}
	if len(routes) == 0 {
		return nil
	}
	rs := &routeScan{pass: pass, excluded: map[ast.Expr]bool{}, constUses: map[*types.Const][]ast.Expr{}}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Ident:
				if c, ok := pass.TypesInfo.Uses[n].(*types.Const); ok && c.Pkg() == pass.Pkg {
					rs.constUses[c] = append(rs.constUses[c], n)
				}
			case *ast.BinaryExpr:
				rs.binary(n)
			case *ast.CallExpr:
				rs.call(n)
			case *ast.CaseClause:
				for _, e := range n.List {
					rs.exclude(e)
				}
			}
			return true
		})
	}
	owners := constOwners(pass)
	var out []Route
	for e, i := range hints {
		if rs.excluded[e] {
			continue
		}
		if lit, ok := e.(*ast.BasicLit); ok {
			if parts[lit] {
				continue // a composite hint found later stands for it
			}
			if c := owners[lit]; c != nil && !rs.constMayBeRequested(c) {
				continue
			}
		}
		if ignores.silences(pass.Fset.Position(e.Pos())) {
			continue
		}
		out = append(out, routes[i])
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Pos < out[j].Pos })
	return out
}

// compositeRoute returns the route a composite string expression is, when
// its known text decides the permission: one set of permissions, whatever
// its run-time parts.
func compositeRoute(e ast.Expr, text string) (Route, bool) {
	if !strings.Contains(text, "/") {
		return Route{}, false
	}
	m := permissions.Lookup("", text)
	if m.Verdict != permissions.Found && m.Verdict != permissions.Deprecated {
		return Route{}, false
	}
	return Route{Pos: e.Pos(), Text: text, Operations: m.Candidates, Requires: m.Requires}, true
}

// compositeText renders a string built of parts, as Lookup reads it: a
// concatenation (each side), a fmt.Sprintf format, or the segments of
// path.Join and url.JoinPath, with "{}" for each part not a constant. It
// returns the literals the text is made of. Only the outermost expression
// of a concatenation is a composite: its operands are parts of it.
func compositeText(info *types.Info, e ast.Expr) (string, []*ast.BasicLit, bool) {
	var lits []*ast.BasicLit
	var render func(e ast.Expr) string
	render = func(e ast.Expr) string {
		e = ast.Unparen(e)
		if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			if lit, ok := e.(*ast.BasicLit); ok {
				lits = append(lits, lit)
			}
			return constant.StringVal(tv.Value)
		}
		if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD {
			return render(b.X) + render(b.Y)
		}
		return "{}"
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if e.Op != token.ADD || !isStringType(info.TypeOf(e)) {
			return "", nil, false
		}
		if tv, ok := info.Types[e]; ok && tv.Value != nil {
			return "", nil, false // a constant: its literals are hints themselves
		}
		return render(e), lits, true
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, e).(*types.Func)
		if fn == nil || fn.Pkg() == nil || len(e.Args) == 0 {
			return "", nil, false
		}
		switch fn.Pkg().Path() + "." + fn.Name() {
		case "fmt.Sprintf":
			format := render(e.Args[0])
			if format == "{}" {
				return "", nil, false
			}
			return formatVerbs.ReplaceAllString(format, "{}"), lits, true
		case "path.Join", "net/url.JoinPath":
			var segs []string
			for _, a := range e.Args {
				segs = append(segs, strings.Trim(render(a), "/"))
			}
			return "/" + strings.Join(segs, "/"), lits, true
		}
	}
	return "", nil, false
}

// formatVerbs matches fmt's verbs, each a run-time part of the text.
var formatVerbs = regexp.MustCompile(`%[-+# 0]*[0-9*]*(?:\.[0-9*]*)?[a-zA-Z%]`)

func isStringType(t types.Type) bool {
	b, ok := t.(*types.Basic)
	if t != nil && !ok {
		b, ok = t.Underlying().(*types.Basic)
	}
	return ok && b.Info()&types.IsString != 0
}

// routeOf returns the route a string literal is, if RingCentral's API has
// it: an operation, current or legacy, with any method.
func routeOf(lit *ast.BasicLit) (Route, bool) {
	text, err := strconv.Unquote(lit.Value)
	if err != nil || !strings.Contains(text, "/") {
		return Route{}, false
	}
	m := permissions.Classify("", text) // a suggestion is of no use here
	if m.Verdict != permissions.Found && m.Verdict != permissions.Ambiguous && m.Verdict != permissions.Deprecated {
		return Route{}, false
	}
	var req permissions.Set
	for _, op := range m.Candidates {
		req |= op.Requires
	}
	return Route{Pos: lit.Pos(), Text: text, Operations: m.Candidates, Requires: req}, true
}

// binary excludes the operands of comparisons, and a literal followed by
// more text: a prefix, not a route of its own.
func (rs *routeScan) binary(b *ast.BinaryExpr) {
	switch b.Op {
	case token.EQL, token.NEQ:
		rs.exclude(b.X)
		rs.exclude(b.Y)
	case token.ADD:
		rs.exclude(b.X)
	}
}

// call excludes the route arguments of handler registrations and of the
// comparisons of package strings.
func (rs *routeScan) call(call *ast.CallExpr) {
	fn, _ := typeutil.Callee(rs.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return
	}
	if fn.Pkg() != nil && fn.Pkg().Path() == "strings" && comparisonFuncs[fn.Name()] {
		for _, a := range call.Args {
			rs.exclude(a)
		}
		return
	}
	if !registrationMethods[fn.Name()] || !rs.takesHandler(call) {
		return
	}
	for _, a := range call.Args {
		rs.exclude(a)
	}
}

// takesHandler reports whether one of call's arguments is a handler: a
// value with a ServeHTTP method, or a function that serves a request (it
// takes net/http's ResponseWriter or *Request, or a web framework's
// context: gin's *Context, echo's Context, fiber's *Ctx). A client
// method's callback, such as Get(route, func(*http.Response)), is none.
func (rs *routeScan) takesHandler(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		t := rs.pass.TypesInfo.TypeOf(a)
		if t == nil {
			continue
		}
		if sig, ok := t.Underlying().(*types.Signature); ok {
			if servesRequests(sig) {
				return true
			}
			continue
		}
		if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP"); obj != nil {
			return true
		}
	}
	return false
}

func servesRequests(sig *types.Signature) bool {
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := t.(*types.Named)
		if !ok || n.Obj().Pkg() == nil {
			continue
		}
		pkg, name := n.Obj().Pkg().Path(), n.Obj().Name()
		if pkg == "net/http" && (name == "ResponseWriter" || name == "Request") ||
			pkg != "context" && (name == "Context" || name == "Ctx") {
			return true
		}
	}
	return false
}

// exclude marks e, a literal, a constant of the package or a composite
// route, as not a request.
func (rs *routeScan) exclude(e ast.Expr) {
	rs.excluded[ast.Unparen(e)] = true
}

// constMayBeRequested reports whether a constant may reach a request: it is
// used somewhere other than where it is known not to be one, or exported
// (other packages may use it).
func (rs *routeScan) constMayBeRequested(c *types.Const) bool {
	uses := rs.constUses[c]
	if len(uses) == 0 {
		return c.Exported()
	}
	for _, u := range uses {
		if !rs.excluded[u] {
			return true
		}
	}
	return false
}

// constOwners maps the literal that is the whole value of a declared
// constant to that constant.
func constOwners(pass *analysis.Pass) map[*ast.BasicLit]*types.Const {
	out := map[*ast.BasicLit]*types.Const{}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, v := range vs.Values {
					lit, ok := ast.Unparen(v).(*ast.BasicLit)
					if ok && i < len(vs.Names) {
						if c, ok := pass.TypesInfo.Defs[vs.Names[i]].(*types.Const); ok {
							out[lit] = c
						}
					}
				}
			}
		}
	}
	return out
}
