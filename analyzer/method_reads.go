package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"path/filepath"
	"slices"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
)

// A command bus declares an interface (Method() and Path() string) and
// performs whatever a worker takes off its queue; the commands are types
// of other packages, often of packages that import the bus to enqueue
// them, out of its sight (jointMethods answers the implementations in
// sight). The value reaches the worker only converted to the interface,
// and the conversion is where its concrete type and fields show:
// queue.Enqueue(ctx, commands.FetchCallLog{ExtensionID: id}). The bus
// lists each request whose method and route are methods of an untraced
// value of an exported interface in its package fact (MethodRead), and a
// package that imports it and converts a value of another type to that
// interface checks the request with the value's methods, at the
// conversion, the worker's call as its step.

// maxMethodReads bounds the method reads a package fact carries.
const maxMethodReads = 128

// A MethodRead is a request of a package made with what methods of an
// interface value return, the value one the flow cannot trace.
type MethodRead struct {
	// Iface is the interface the value is of, "pkgpath.Name", which a
	// conversion names; Methods the names of the methods Req reads, by
	// the index in its projections.
	Iface   string
	Methods []string
	// Req is the request: method m of the value is flow.ParamMethod(0,
	// m); the reader's own parameters are unknown.
	Req       RequestTemplate
	File      string
	Line, Col int
	// ID names the read as a late-bound call's ID does: the reader counts
	// its request unresolved until a package checks a conversion
	// (Result.ResolvedLate).
	ID string
}

// recordMethodRead lists the requests a call of callee makes with the
// methods of an untraced interface argument in slot (params, the
// templates' parameters that are its methods), as method reads of the
// package: the call's other arguments as they hold one value, or
// unknown. It returns the reads' ID, "" when it lists none.
func (s *packageScan) recordMethodRead(call *ast.CallExpr, callee *types.Func, slot int, params []int, templates []RequestTemplate, valuesOf func(int) []Value) (id string) {
	fp := s.flow()
	if fp == nil || len(s.methodReads) >= maxMethodReads {
		return ""
	}
	named, ok := fp.UntracedInterface(call, slot)
	if !ok || !named.Obj().Exported() {
		return ""
	}
	// The templates' method projections index the callee's parameter's
	// interface, which may be another than the value's.
	iface, ok := underlying(flow.SlotType(callee.Signature(), slot)).(*types.Interface)
	if !ok {
		return ""
	}
	methods := make([]string, iface.NumMethods())
	for i := range methods {
		methods[i] = iface.Method(i).Name()
	}
	param := func(i int) Value {
		if slices.Contains(params, i) {
			_, m, _, _ := flow.ProjectionOf(i)
			return Value{{Param: flow.ParamMethod(0, m), IsParam: true}}
		}
		if vals := valuesOf(i); len(vals) == 1 && !vals[0].hasParams() {
			return vals[0]
		}
		return unknown()
	}
	p := s.pass.Fset.Position(call.Pos())
	id = fmt.Sprintf("%s/%s:%d:%d", s.pass.Pkg.Path(), filepath.Base(p.Filename), p.Line, p.Column)
	reads := func(v Value) bool {
		return slices.ContainsFunc(v, func(p Part) bool { return p.IsParam && slices.Contains(params, p.Param) })
	}
	for _, t := range templates {
		if t.Via != nil || !reads(t.Method) && !reads(t.URL) {
			continue // no request of the value's: the callee's own (a type switch's case)
		}
		req := RequestTemplate{Method: t.Method.substituteWith(param), URL: t.URL.substituteWith(param), Chain: endOfChain, Merged: t.Merged}
		s.methodReads = append(s.methodReads, MethodRead{
			Iface: named.Obj().Pkg().Path() + "." + named.Obj().Name(), Methods: methods,
			Req: req, File: p.Filename, Line: p.Line, Col: p.Column, ID: id,
		})
	}
	return id
}

// An upstreamMethodRead is a method read of an imported package, and the
// package.
type upstreamMethodRead struct {
	read MethodRead
	pkg  *types.Package
}

// upstreamFacts returns the method reads and the late-bound interface
// calls of the packages the package imports directly: a conversion to an
// interface names the dispatcher's package or calls into it. (Reading
// every package fact of the imports' closure, in every package, costs a
// run more than the reads save.)
func (s *packageScan) upstreamFacts() (reads []upstreamMethodRead, calls []FieldCall, filters []FilterCall) {
	if s.pass.ImportPackageFact == nil {
		return nil, nil, nil // a pass that carries no facts
	}
	for _, imp := range s.pass.Pkg.Imports() {
		var fact packageFact
		if !s.pass.ImportPackageFact(imp, &fact) {
			continue
		}
		for _, mr := range fact.MethodReads {
			reads = append(reads, upstreamMethodRead{mr, imp})
		}
		for _, fc := range fact.FieldCalls {
			if fc.Call.Named != "" {
				calls = append(calls, fc)
			}
		}
		filters = append(filters, fact.FilterCalls...)
	}
	return reads, calls, filters
}

// A conversion is an expression of a concrete type the package converts
// to an interface: an argument, a value sent, assigned, declared or
// returned, an element of a literal.
type conversion struct {
	fn    *types.Func // the function it is written in
	expr  ast.Expr
	iface string // the interface, "pkgpath.Name"
}

// conversions returns the package's conversions of concrete values to the
// interfaces ifaces names.
func (s *packageScan) conversions(ifaces map[string]bool) []conversion {
	info := s.pass.TypesInfo
	var out []conversion
	for _, fn := range s.funcs {
		decl := s.decls[fn]
		if decl == nil || inTestFile(s.pass.Fset, decl.Pos()) {
			continue
		}
		to := func(t types.Type, e ast.Expr) {
			named, ok := types.Unalias(t).(*types.Named)
			if !ok || named.Obj().Pkg() == nil || !types.IsInterface(named) {
				return
			}
			key := named.Obj().Pkg().Path() + "." + named.Obj().Name()
			if et := info.TypeOf(e); ifaces[key] && et != nil && !types.IsInterface(et) {
				out = append(out, conversion{fn, e, key})
			}
		}
		var walk func(body ast.Node, results *types.Tuple)
		walk = func(body ast.Node, results *types.Tuple) {
			ast.Inspect(body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncLit:
					if sig, ok := info.TypeOf(n).(*types.Signature); ok {
						walk(n.Body, sig.Results()) // its returns are its own
					}
					return false
				case *ast.CallExpr:
					sig, ok := info.TypeOf(n.Fun).(*types.Signature)
					if !ok {
						return true
					}
					for i, a := range n.Args {
						if n.Ellipsis.IsValid() && i == len(n.Args)-1 {
							break // a list handed on whole
						}
						if pt := paramType(sig, i); pt != nil {
							to(pt, a)
						}
					}
				case *ast.SendStmt:
					if ch, ok := info.TypeOf(n.Chan).Underlying().(*types.Chan); ok {
						to(ch.Elem(), n.Value)
					}
				case *ast.CompositeLit:
					if elem := elementType(info.TypeOf(n)); elem != nil {
						for _, e := range n.Elts {
							to(elem, unkeyed(e))
						}
					} else if st, ok := info.TypeOf(n).Underlying().(*types.Struct); ok {
						for i, e := range n.Elts {
							if f, value := literalField(info, st, i, e); f != nil {
								to(f.Type(), value) // a field's: &cli.Env{API: &rest.Client{}}
							}
						}
					}
				case *ast.AssignStmt:
					if len(n.Lhs) == len(n.Rhs) && n.Tok == token.ASSIGN {
						for i, l := range n.Lhs {
							to(info.TypeOf(l), n.Rhs[i])
						}
					}
				case *ast.ValueSpec:
					if n.Type != nil && len(n.Values) == len(n.Names) {
						for _, v := range n.Values {
							to(info.TypeOf(n.Type), v)
						}
					}
				case *ast.ReturnStmt:
					if results != nil && len(n.Results) == results.Len() {
						for i, r := range n.Results {
							to(results.At(i).Type(), r)
						}
					}
				}
				return true
			})
		}
		walk(decl.Body, fn.Signature().Results())
	}
	return out
}

// elementType is the type of the elements of a slice, array or map
// literal of type t; nil for any other.
func elementType(t types.Type) types.Type {
	switch t := t.Underlying().(type) {
	case *types.Slice:
		return t.Elem()
	case *types.Array:
		return t.Elem()
	case *types.Map:
		return t.Elem()
	}
	return nil
}

// unkeyed is a literal's element without its key.
func unkeyed(e ast.Expr) ast.Expr {
	if kv, ok := e.(*ast.KeyValueExpr); ok {
		return kv.Value
	}
	return e
}

// findConversions finds the package's conversions to the interfaces of
// its imports' method reads and late-bound calls, before the value flow is built: it builds
// the functions they are in.
func (s *packageScan) findConversions() {
	s.upstreamMethods, s.upstreamCalls, s.upstreamFilters = s.upstreamFacts()
	if len(s.upstreamMethods) == 0 && len(s.upstreamCalls) == 0 && len(s.upstreamFilters) == 0 {
		return
	}
	ifaces := map[string]bool{}
	for _, ur := range s.upstreamMethods {
		ifaces[ur.read.Iface] = true
	}
	for _, fc := range s.upstreamCalls {
		ifaces[fc.Call.Named] = true
	}
	for _, fc := range s.upstreamFilters {
		ifaces[fc.Named] = true
	}
	s.convSites = s.conversions(ifaces)
	s.convExprs = map[ast.Node]bool{}
	for _, c := range s.convSites {
		s.convExprs[c.expr] = true
	}
}

// checkMethodReads checks the package's conversions to the interfaces of
// its imports' method reads: each value of a type out of the reader's
// sight (neither its package's nor one it imports, whose types the reader
// answered itself) is the read's request, with the value's methods.
func (s *packageScan) checkMethodReads() {
	if len(s.upstreamMethods) == 0 {
		return
	}
	fp := s.flow()
	if fp == nil {
		return
	}
	for _, c := range s.convSites {
		t := s.pass.TypesInfo.TypeOf(c.expr)
		for _, ur := range s.upstreamMethods {
			if ur.read.Iface != c.iface || inSightOf(t, ur.pkg) {
				continue
			}
			vals := map[int][]Value{}
			valuesOf := func(i int) []Value {
				if v, ok := vals[i]; ok {
					return v
				}
				out := []Value{unknown()}
				if slot, m, method, ok := flow.ProjectionOf(i); ok && method && slot == 0 {
					sel, known := flow.SelectorIn(ur.read.Methods, m)
					if strs, ok := fp.MethodOn(c.expr, sel, c.fn); known && ok && len(strs) > 0 {
						out = alternatives(strs)
					}
				}
				vals[i] = out
				return out
			}
			step := Step{Call: "a request of the value's methods", File: ur.read.File, Line: ur.read.Line, Col: ur.read.Col}
			sum := s.summaries[c.fn]
			before := len(sum.requests)
			for _, r := range methodRequests(ur.read.Req, valuesOf) {
				r.Chain = s.chains.add(step, endOfChain)
				s.request(sum, c.expr, r)
			}
			s.propagate(c.fn, sum.requests[before:])
			s.resolvedLate[ur.read.ID] = true
		}
	}
}

// methodRequests returns the requests of a method read's template with
// each combination of the values its methods give.
func methodRequests(req RequestTemplate, valuesOf func(int) []Value) []RequestTemplate {
	used := map[int]bool{}
	req.Method.markParams(used, 0)
	req.URL.markParams(used, 0)
	params := slices.Sorted(maps.Keys(used))
	combos := []map[int]Value{{}}
	for _, i := range params {
		var next []map[int]Value
		for _, c := range combos {
			for _, v := range valuesOf(i) {
				if len(next) == maxArgCombinations {
					break
				}
				n := maps.Clone(c)
				n[i] = v
				next = append(next, n)
			}
		}
		combos = next
	}
	var out []RequestTemplate
	for _, c := range combos {
		arg := func(i int) Value { return c[i] }
		r := req
		r.Method, r.URL = upper(req.Method.substituteWith(arg)), req.URL.substituteWith(arg)
		r.Merged = r.Merged || len(combos) > 1
		out = append(out, r)
	}
	return out
}

// inSightOf reports whether t, or what it points to, is a type of pkg or
// of a package pkg imports: its implementations answer pkg's untraced
// values itself.
func inSightOf(t types.Type, pkg *types.Package) bool {
	named, ok := types.Unalias(pointee(t)).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return false
	}
	owner := named.Obj().Pkg()
	return owner.Path() == pkg.Path() || slices.ContainsFunc(pkg.Imports(), func(p *types.Package) bool { return p.Path() == owner.Path() })
}
