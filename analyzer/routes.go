package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
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
	"GET": true, "POST": true, "PUT": true, "PATCH": true, "DELETE": true, "HEAD": true, "OPTIONS": true,
	"Route": true, "Group": true, "Mount": true, "Method": true, "Path": true, "PathPrefix": true,
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
// evaluator follows where a request uses it).
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
	lits := map[*ast.BasicLit]int{} // → index in routes
	for _, f := range pass.Files {
		if inTestFile(pass.Fset, f.Pos()) {
			continue
		}
		files = append(files, f)
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if r, ok := routeOf(lit); ok {
					lits[lit] = len(routes)
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
	for lit, i := range lits {
		if rs.excluded[lit] {
			continue
		}
		if c := owners[lit]; c != nil && !rs.constMayBeRequested(c) {
			continue
		}
		if ignores.silences(pass.Fset.Position(lit.Pos())) {
			continue
		}
		out = append(out, routes[i])
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Pos < out[j].Pos })
	return out
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
// function, or a value with a ServeHTTP method.
func (rs *routeScan) takesHandler(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		t := rs.pass.TypesInfo.TypeOf(a)
		if t == nil {
			continue
		}
		if _, ok := t.Underlying().(*types.Signature); ok {
			return true
		}
		if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP"); obj != nil {
			return true
		}
	}
	return false
}

// exclude marks e, a literal or a constant of the package, as not a
// request.
func (rs *routeScan) exclude(e ast.Expr) {
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.BasicLit:
		rs.excluded[e] = true
	case *ast.Ident:
		rs.excluded[e] = true
	}
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
