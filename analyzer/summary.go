package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/rcperm/rcperm/permissions"
)

// maxRequestsPerFunc bounds the request templates one function's fact
// carries, so that a function fanning out to many wrappers stays cheap.
const maxRequestsPerFunc = 64

// A site is a request rcperm can check where it is made: a call whose
// method and route are known there.
type site struct {
	call  *ast.CallExpr
	req   RequestTemplate // no parameters left, unless inWrapper
	match permissions.Match
	// permissionOnly marks a request whose route was not made here: one
	// inside a wrapper whose route still depends on the wrapper's parameters
	// but whose operation is fixed already, or a call to a function whose
	// request is fixed inside it. Its route, if wrong, is reported where it
	// is made; here it can only lack a permission.
	permissionOnly bool
}

// summary is what rcperm learns of one function of the package.
type summary struct {
	done, busy bool
	requests   []RequestTemplate
	seen       map[string]bool
	route      Value // non-nil for a route builder
}

// packageScan finds the requests of one package: the sites to check, and
// the facts of its functions for the packages that import it.
type packageScan struct {
	pass      *analysis.Pass
	decls     map[*types.Func]*ast.FuncDecl
	summaries map[*types.Func]*summary
	sites     []site
}

func scanPackage(pass *analysis.Pass) *packageScan {
	s := &packageScan{pass: pass, decls: map[*types.Func]*ast.FuncDecl{}, summaries: map[*types.Func]*summary{}}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					s.decls[fn] = fd
				}
			}
		}
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					s.summarize(fn)
				}
			}
		}
	}
	return s
}

// summarize analyzes fn once, on demand, so that a function's callees in
// the same package are known before it.
func (s *packageScan) summarize(fn *types.Func) *summary {
	sum := s.summaries[fn]
	if sum == nil {
		sum = &summary{seen: map[string]bool{}}
		s.summaries[fn] = sum
	}
	if sum.done || sum.busy {
		return sum // busy: recursion; what is known so far is all it gets
	}
	sum.busy = true
	defer func() { sum.busy, sum.done = false, true }()

	decl := s.decls[fn]
	ev := newEvaluator(s.pass.TypesInfo, decl.Type, decl.Body, s.routeBuilder)
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			s.visitCall(sum, ev, call)
		}
		return true
	})
	sum.route = s.builtRoute(fn, decl, ev)
	return sum
}

// visitCall records the requests a call makes, directly (a sink) or through
// a wrapper.
func (s *packageScan) visitCall(sum *summary, ev *evaluator, call *ast.CallExpr) {
	callee := typeutil.StaticCallee(s.pass.TypesInfo, call)
	if callee == nil {
		return
	}
	callee = callee.Origin()
	step := s.step(callee, call)
	var reqs []RequestTemplate
	viaWrapper := false
	if sk, ok := sinkOf(callee); ok {
		reqs = append(reqs, RequestTemplate{Method: s.sinkMethod(ev, sk, call), URL: s.sinkURL(ev, sk, call), Chain: []Step{step}})
	} else if templates := s.requestsOf(callee); len(templates) > 0 {
		viaWrapper = true
		args := make([]Value, len(call.Args))
		for i, a := range call.Args {
			args[i] = ev.eval(a)
		}
		for _, t := range templates {
			r := RequestTemplate{Method: upper(t.Method.substitute(args)), URL: t.URL.substitute(args), Chain: append([]Step{step}, t.Chain...)}
			// A template without parameters was fixed in the callee:
			// checked there for its route, here for the permission only.
			if !t.URL.hasParams() && !t.Method.hasParams() {
				r.fixed = true
			}
			reqs = append(reqs, r)
		}
	}
	for _, r := range reqs {
		method, url := r.Method.render(), r.URL.render()
		m := permissions.Lookup(method, url)
		if r.URL.hasParams() || r.Method.hasParams() {
			// A forwarder: its callers tell the route. Check it here only
			// when the operation is already fixed.
			s.addRequest(sum, r, method+" "+url)
			if m.Verdict == permissions.Found && m.Requires != 0 {
				s.sites = append(s.sites, site{call: call, req: r, match: m, permissionOnly: true})
			}
			continue
		}
		if m.Verdict == permissions.NotRingCentral {
			continue
		}
		if m.Verdict != permissions.NoSuchOperation {
			s.addRequest(sum, r, method+" "+url) // callers need it too
		}
		permissionOnly := viaWrapper && r.fixed
		if permissionOnly && m.Verdict != permissions.Found {
			continue
		}
		s.sites = append(s.sites, site{call: call, req: r, match: m, permissionOnly: permissionOnly})
	}
}

func (s *packageScan) addRequest(sum *summary, r RequestTemplate, key string) {
	if sum.seen[key] || len(sum.requests) >= maxRequestsPerFunc {
		return
	}
	sum.seen[key] = true
	sum.requests = append(sum.requests, r)
}

func (s *packageScan) sinkMethod(ev *evaluator, sk sink, call *ast.CallExpr) Value {
	if sk.method != "" {
		return lit(sk.method)
	}
	if sk.methodArg < len(call.Args) {
		return upper(ev.eval(call.Args[sk.methodArg]))
	}
	return unknown()
}

func (s *packageScan) sinkURL(ev *evaluator, sk sink, call *ast.CallExpr) Value {
	if sk.urlArg < 0 {
		return lit(sk.path)
	}
	if sk.urlArg < len(call.Args) {
		return concat(lit(sk.prefix), ev.eval(call.Args[sk.urlArg]))
	}
	return unknown()
}

// upper upper-cases a method known statically: RingCentral's SDK and many
// programs write "Get" and strings.ToUpper it.
func upper(v Value) Value {
	if s, ok := v.literal(); ok {
		return lit(toUpperASCII(s))
	}
	return v
}

func toUpperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// requestsOf returns the request templates of a function that is not a
// sink: from its summary in this package, or its fact from another.
func (s *packageScan) requestsOf(fn *types.Func) []RequestTemplate {
	if fn.Pkg() == s.pass.Pkg {
		if _, ok := s.decls[fn]; ok {
			return s.summarize(fn).requests
		}
		return nil
	}
	var fact requestsFact
	if s.pass.ImportObjectFact(fn, &fact) {
		return fact.Requests
	}
	return nil
}

// routeBuilder returns the route fn builds from its parameters.
func (s *packageScan) routeBuilder(fn *types.Func) (Value, bool) {
	fn = fn.Origin()
	if fn.Pkg() == s.pass.Pkg {
		if _, ok := s.decls[fn]; ok {
			r := s.summarize(fn).route
			return r, r != nil
		}
		return nil, false
	}
	var fact routeFact
	if s.pass.ImportObjectFact(fn, &fact) {
		return fact.Route, true
	}
	return nil, false
}

// builtRoute returns the route fn returns, when fn returns a string that
// is the same route at every return (an error return's "" aside) and has
// literal path text.
func (s *packageScan) builtRoute(fn *types.Func, decl *ast.FuncDecl, ev *evaluator) Value {
	res := fn.Type().(*types.Signature).Results()
	if res.Len() == 0 || res.Len() > 2 {
		return nil
	}
	if b, ok := res.At(0).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.String {
		return nil
	}
	var route Value
	consistent := true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != res.Len() {
				consistent = false
				return false
			}
			v := ev.eval(n.Results[0])
			if s, ok := v.literal(); ok && s == "" && res.Len() == 2 {
				return false // the error path
			}
			if route == nil {
				route = v
			} else if !route.equal(v) {
				consistent = false
			}
		}
		return true
	})
	if !consistent || route == nil || !route.known() || !containsSlash(route) {
		return nil
	}
	return route
}

func containsSlash(v Value) bool {
	for _, p := range v {
		if isLit(p) {
			for i := 0; i < len(p.Lit); i++ {
				if p.Lit[i] == '/' {
					return true
				}
			}
		}
	}
	return false
}

// step describes a call for the chain of a request.
func (s *packageScan) step(callee *types.Func, call *ast.CallExpr) Step {
	p := s.pass.Fset.Position(call.Pos())
	return Step{Call: callee.FullName(), File: p.Filename, Line: p.Line, Col: p.Column}
}

// exportFacts publishes the package's wrappers and route builders.
func (s *packageScan) exportFacts() (wrappers bool) {
	for fn, sum := range s.summaries {
		if len(sum.requests) > 0 {
			s.pass.ExportObjectFact(fn, &requestsFact{Requests: sum.requests})
			wrappers = true
		}
		if sum.route != nil {
			s.pass.ExportObjectFact(fn, &routeFact{Route: sum.route})
			wrappers = true
		}
	}
	return wrappers
}

// callPos is where a site is reported.
func (st site) pos() token.Pos { return st.call.Pos() }
