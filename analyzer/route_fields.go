package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/objectpath"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
	"github.com/rcperm/rcperm/permissions"
)

// A route field is a string field of a struct the app's code sends a
// request with, read off an object the value flow cannot trace: a job
// taken from a channel by a worker pool, a command looked up in a
// registry, an element of a queue. Whatever carried the object, its field
// holds what some store put there, so each store into the field (a
// composite literal's key, an assignment) is the request, checked where
// it is written: `FetchJob{Method: http.MethodGet, URL: base +
// callLogPath}` is a GET of the call log. A field read for the URL is
// paired with the same store's sibling fields: the method the request
// reads off the same object is the store's Method.
//
// Stores and the read may be in different packages. The read's package
// checks its own stores, and a package's stores into the exported fields
// of its own structs travel down to the readers as a fieldStoresFact;
// those are reported at the read, with the store as the first step. A
// read no store in sight answers is unresolved, as before.

// maxRouteFieldReads bounds the route field reads a package checks,
// those its stores' callers add included.
const maxRouteFieldReads = 1024

// maxFieldStores bounds the stores a fieldStoresFact carries; past it the
// field's remaining stores are unresolved at the read.
const maxFieldStores = 64

// routeFieldRead is a request whose URL reads a route field.
type routeFieldRead struct {
	fn    *types.Func // the function the read is in
	at    ast.Expr
	req   RequestTemplate
	field *types.Var
	key   string // the hole's: "pkgpath.Type.Field"
	// upstream is set for a read of a package the package imports
	// (field_reads.go): the step to it. Only the package's own stores
	// answer it, and no answer is none of its concern.
	upstream *Step
	// id is a holder read's FieldRead.ID.
	id string
}

// fieldStoresFact carries the stores of a package into an exported string
// field of one of its structs that may hold a route.
type fieldStoresFact struct {
	Stores []FieldStore
	// Truncated is set when the package had more than maxFieldStores.
	Truncated bool
}

// A FieldStore is one store into a field: where it is, the values
// stored, and what the stored object holds in its other string fields.
type FieldStore struct {
	File      string
	Line, Col int
	Values    []Value
	Siblings  []Sibling
}

// A Sibling is what the stored object holds in another string field of
// its struct, when that is one constant ("" for one its literal leaves
// unset).
type Sibling struct{ Field, Value string }

func (*fieldStoresFact) AFact() {}

func (f *fieldStoresFact) String() string { return fmt.Sprintf("field stores(%d)", len(f.Stores)) }

// routeFieldRead returns the route field read a request is, if its URL
// reads one.
func (s *packageScan) routeFieldRead(fn *types.Func, at ast.Expr, r RequestTemplate) (routeFieldRead, bool) {
	if s.flow() == nil {
		return routeFieldRead{}, false
	}
	if otherServer(r.URL) {
		return routeFieldRead{}, false // another company's API: whatever a field fills in
	}
	var rd routeFieldRead
	for i, p := range r.URL {
		f := s.routeHole(r.URL, i)
		switch {
		case i == 0 && f != nil && len(r.URL) > 1 && s.holeField(r.URL[len(r.URL)-1]) != nil && s.holeField(r.URL[len(r.URL)-1]) != f:
			// A server field before a path field (c.baseURL + s.path):
			// the path is the route.
			continue
		case i == 0 && f != nil && len(r.URL) > 1 && isLit(r.URL[1]) && strings.HasPrefix(r.URL[1].Lit, "/") && (isHolderHole(p) || f.Pkg() != s.pass.Pkg):
			// The server of a client a struct holds, or of another
			// package's, before the path: the path decides the
			// operation.
			return routeFieldRead{}, false
		case i == 0 && p.Unknown && len(r.URL) > 1 && s.routeHole(r.URL, 1) != nil:
			// A server known only at run time before the field's path
			// (the base URL of a client a late-bound call reached, its
			// receiver out of the call's sight, or another package's
			// client field): a server decides no operation.
			continue
		case isLit(p) && strings.Contains(p.Lit, "?"):
			return rd, rd.field != nil // the query's parts decide nothing
		case f != nil && (rd.field == nil || rd.field == f):
			rd = routeFieldRead{fn: fn, at: at, req: r, field: f, key: p.Field}
		case p.IsParam && rd.field == nil:
			// A server the function's callers give (its receiver's
			// base URL), before the field's path: a server decides no
			// operation.
		case !isLit(p):
			// Another part the stores do not tell (a path beside a
			// server field): the read is no route field's.
			return routeFieldRead{}, false
		}
	}
	return rd, rd.field != nil
}

// routeHole is the field whose hole is part i of url: one of the
// package's (holeField), or a string field of an imported struct ending
// the path, which a late-bound call's arguments read off a job its
// caller could not trace (a scheduler's worker handing job.Path to the
// client interface main wires in). An imported field before path text
// is a server, its package's to answer.
func (s *packageScan) routeHole(url Value, i int) *types.Var {
	if f := s.holeField(url[i]); f != nil {
		return f
	}
	if url[i].Field == "" || i+1 < len(url) && !(isLit(url[i+1]) && strings.HasPrefix(url[i+1].Lit, "?")) {
		return nil
	}
	return s.importedField(url[i].Field)
}

// addRouteFieldRead records a route field read, once for each place,
// field and request: the same read reached through several
// implementations of an interface has the same stores.
func (s *packageScan) addRouteFieldRead(rd routeFieldRead) {
	key := fmt.Sprintf("%d %s %s %s", rd.at.Pos(), rd.key, rd.req.Method, rd.req.URL)
	if s.routeFieldSeen[key] {
		return
	}
	if s.routeFieldSeen == nil {
		s.routeFieldSeen = map[string]bool{}
	}
	s.routeFieldSeen[key] = true
	s.routeFieldReads = append(s.routeFieldReads, rd)
}

// siblingProjections turns the projections in v of a field of the read
// function's parameter of the read's own struct type into that field's
// hole: an endpoint descriptor's ep.Method beside the ep.Path(req) the
// read calls (flow's table hole) is the Method of the store whose Path
// it is, not whatever each caller's argument holds.
func (s *packageScan) siblingProjections(rd routeFieldRead, v Value) Value {
	if rd.fn == nil || !v.hasParams() {
		return v
	}
	out := make(Value, 0, len(v))
	for _, p := range v {
		if hole, _, _, ok := fieldHole(rd.fn.Signature(), p); ok && hole.Field != rd.key && holeOwner(hole.Field) == holeOwner(rd.key) {
			p = hole
		}
		out = append(out, p)
	}
	return out
}

// fieldHole is the hole of field f of the struct that p, a projection of
// the parameter in slot (the receiver 0) of a function of signature sig,
// reads: ok is false for any other part.
func fieldHole(sig *types.Signature, p Part) (hole Part, slot int, f *types.Var, ok bool) {
	slot, index, method, ok := flow.ProjectionOf(p.Param)
	if !p.IsParam || !ok || method || flow.WholeArg(index) {
		return Part{}, 0, nil, false
	}
	st, named := pointeeStruct(flow.SlotType(sig, slot))
	if st == nil || named == nil || index >= st.NumFields() {
		return Part{}, 0, nil, false
	}
	f = st.Field(index)
	return Part{Unknown: true, Field: flow.FieldKey(f, named.Obj())}, slot, f, true
}

// pointeeStruct is the named struct type t is or points to, by its
// generic origin.
func pointeeStruct(t types.Type) (*types.Struct, *types.Named) {
	if t == nil {
		return nil, nil
	}
	named, ok := types.Unalias(pointee(t)).(*types.Named)
	if !ok {
		return nil, nil
	}
	named = named.Origin()
	st, _ := named.Underlying().(*types.Struct)
	return st, named
}

// methodFallback returns, for a read whose method is a constant, the
// sibling field another read of the same request takes its method from,
// if one does: the constant is what the request falls back on when the
// object leaves that field empty (cmp.Or(job.Method, http.MethodGet)), no
// request of a store that sets it.
func (s *packageScan) methodFallback(rd routeFieldRead) *types.Var {
	if _, ok := rd.req.Method.literal(); !ok || rd.at == nil {
		return nil
	}
	url := rd.req.URL.String()
	for _, other := range s.routeFieldReads {
		if other.at != rd.at || other.key != rd.key || other.req.URL.substitute(nil).String() != url {
			continue
		}
		for _, p := range other.req.Method {
			if p.Field == "" || p.Field == rd.key || holeOwner(p.Field) != holeOwner(rd.key) {
				continue
			}
			if g := s.holeField(p); g != nil {
				return g
			}
			if g := s.importedField(p.Field); g != nil {
				return g
			}
		}
	}
	return nil
}

// setsNonEmpty reports whether every value a store gives a field is
// known text, none of it empty.
func setsNonEmpty(vals []Value) bool {
	for _, v := range vals {
		if text, ok := v.literal(); !ok || text == "" {
			return false
		}
	}
	return len(vals) > 0
}

// leads reports whether the read's route begins with the field: no
// route text comes before it (a server may), so what the field holds is
// the path, not an ID within one.
func (rd routeFieldRead) leads() bool {
	for _, p := range rd.req.URL {
		if p.Field == rd.key {
			return true
		}
		if !isLit(p) {
			continue
		}
		text := p.Lit
		if _, rest, ok := strings.Cut(text, "://"); ok {
			_, text, _ = strings.Cut(rest, "/") // the host is no route text
		}
		if strings.Trim(text, "/") != "" {
			return false
		}
	}
	return false
}

// A fieldStore is a store of the package into a struct field.
type fieldStore struct {
	fn    *types.Func // the function it is written in; nil at package level
	value ast.Expr
	lit   *ast.CompositeLit // the composite literal it is a key of, if any
	owner types.Type        // the struct type stored into
	// base is the variable an assignment stores into a field of (j in
	// j.URL = ...), and body the function body it is written in.
	base types.Object
	body ast.Node
	// calls is set for a store into a function-typed field whose call
	// gives the route (Job{BuildURL: func(cfg) string {...}}): what the
	// stored function returns is what a read of the field stands for.
	calls bool
	// at is where the store's request is reported: the value stored, or
	// the one return of the function stored that gives a route.
	at ast.Expr
}

// fieldStoresOf returns the package's stores into field f, less those
// that rewrite what the field holds already (j.URL += "&page=2").
func (s *packageScan) fieldStoresOf(f *types.Var) []fieldStore {
	if isHolder(f.Type()) {
		return s.holderStores()[f]
	}
	if s.storesByField == nil {
		s.storesByField = s.collectFieldStores()
	}
	return s.storesByField[f]
}

// collectFieldStores indexes the package's stores into string fields of
// structs, and into function-typed fields that return a string.
func (s *packageScan) collectFieldStores() map[*types.Var][]fieldStore {
	info := s.pass.TypesInfo
	out := map[*types.Var][]fieldStore{}
	s.eachFieldStore(func(v *types.Var, st fieldStore) {
		v = v.Origin() // a field of a generic type's instance is the type's
		st.calls = flow.ReturnsString(v.Type())
		st.at = st.value
		if st.calls {
			st.at = s.soleReturn(st.value)
		}
		if (isStringType(v.Type()) || st.calls) && (st.lit != nil || !readsField(info, st.value, v)) {
			out[v] = append(out[v], st)
		}
	})
	return out
}

// eachFieldStore calls yield with each store of the package's non-test
// files into a field of a struct, of any type: a composite literal's key,
// or an assignment to a field its struct declares (x.f += ...extends what
// it held, and is none).
func (s *packageScan) eachFieldStore(yield func(*types.Var, fieldStore)) {
	info := s.pass.TypesInfo
	fieldOf := func(e ast.Expr) (*types.Var, types.Type, types.Object) {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return nil, nil, nil
		}
		if sn := info.Selections[sel]; sn != nil && sn.Kind() == types.FieldVal && len(sn.Index()) == 1 {
			v, _ := sn.Obj().(*types.Var)
			var base types.Object
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
				base = info.Uses[id]
			}
			return v, sn.Recv(), base
		}
		return nil, nil, nil
	}
	visit := func(fn *types.Func, root ast.Node) {
		ast.Inspect(root, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit:
				st, ok := info.TypeOf(n).Underlying().(*types.Struct)
				if !ok {
					return true
				}
				for i, e := range n.Elts {
					if v, value := literalField(info, st, i, e); v != nil {
						yield(v, fieldStore{fn: fn, value: value, lit: n, owner: info.TypeOf(n)})
					}
				}
			case *ast.AssignStmt:
				if n.Tok != token.ASSIGN && n.Tok != token.DEFINE || len(n.Lhs) != len(n.Rhs) {
					return true // x.f += ...: what it held, extended
				}
				for i, lhs := range n.Lhs {
					if v, owner, base := fieldOf(lhs); v != nil {
						yield(v, fieldStore{fn: fn, value: n.Rhs[i], owner: owner, base: base, body: root})
					}
				}
			}
			return true
		})
	}
	for _, file := range s.pass.Files {
		if inTestFile(s.pass.Fset, file.Pos()) {
			continue
		}
		for _, d := range file.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if fn, ok := info.Defs[d.Name].(*types.Func); ok && d.Body != nil {
					visit(fn, d.Body)
				}
			case *ast.GenDecl:
				if d.Tok == token.VAR {
					visit(nil, d)
				}
			}
		}
	}
}

// literalField returns the field element i of a struct literal sets, and
// its value: by key, or by position.
func literalField(info *types.Info, st *types.Struct, i int, e ast.Expr) (*types.Var, ast.Expr) {
	kv, ok := e.(*ast.KeyValueExpr)
	if !ok {
		if i < st.NumFields() {
			return st.Field(i), e
		}
		return nil, nil
	}
	id, ok := kv.Key.(*ast.Ident)
	if !ok {
		return nil, nil
	}
	v, _ := info.Uses[id].(*types.Var)
	return v, kv.Value
}

// otherServer reports whether a URL begins with the literal origin of a
// server known not to be RingCentral's (https://api.twilio.com/...).
func otherServer(u Value) bool {
	if len(u) == 0 || !isLit(u[0]) {
		return false
	}
	_, rest, ok := strings.Cut(u[0].Lit, "://")
	if !ok {
		return false
	}
	host, _, complete := strings.Cut(rest, "/")
	return complete && permissions.OtherServer(host)
}

// readsField reports whether e reads field f: a store that edits what
// the field holds (j.URL = j.URL + "&page=2") adds no request of its own.
func readsField(info *types.Info, e ast.Expr, f *types.Var) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if sn := info.Selections[sel]; sn != nil && sn.Obj() == f {
				found = true
			}
		}
		return !found
	})
	return found
}

// checkRouteFields checks the stores that answer each route field read.
func (s *packageScan) checkRouteFields() {
	// A store that is its function's parameter makes its callers'
	// requests, which may read another route field in turn (a
	// constructor storing an option's field): the reads grow as they are
	// checked, up to a bound.
	s.routeFieldReads = append(s.routeFieldReads, s.upstreamReads()...)
	for i := 0; i < len(s.routeFieldReads); i++ {
		rd := s.routeFieldReads[i]
		if i >= maxRouteFieldReads {
			// Past the bound: unresolved, never dropped.
			if rd.upstream == nil {
				s.unresolved = append(s.unresolved, site{at: rd.at, req: rd.req, match: s.lookup(rd.req), gap: permissions.Gap{Kind: permissions.GapURL}})
			}
			continue
		}
		// The read's own parameters (a server its receiver holds) are
		// its function's, no store's: unknown where a store is the
		// request.
		rd.req.Method = s.siblingProjections(rd, rd.req.Method)
		rd.req.URL, rd.req.Method = rd.req.URL.substitute(nil), rd.req.Method.substitute(nil)
		fallback := s.methodFallback(rd)
		answered := false
		_, _, holder := flow.HolderIndex(rd.key)
		for _, st := range s.fieldStoresOf(rd.field) {
			if holder {
				answered = s.checkHolderStore(rd, st) || answered
				continue
			}
			if fallback != nil && setsNonEmpty(st.siblings(s, false)(fallback)) {
				answered = true
				continue // the store's own method is the request's
			}
			if rd.upstream != nil && !rd.leads() && !s.exprMayBuildRoute(st.value) && !slices.ContainsFunc(st.values(s), containsSlash) {
				// An ID another package's route reads (a request's
				// ExtensionID): what its stores here hold is no route,
				// and the reader fills the rest. A local variable
				// holding path text (built by a closure) is a route,
				// and so is whatever the field holds when the read's
				// path begins with it (a helper's path parameter).
				continue
			}
			if rd.upstream != nil && !slices.ContainsFunc(st.stored(s), func(v Value) bool { return !v.blank() }) {
				// Nothing of it known here (an endpoint from the
				// configuration): the reader counts its request
				// unresolved already.
				continue
			}
			answered = true
			if s.parameterStore(rd, st) {
				continue
			}
			vals := st.values(s)
			at := st.at
			if basesOnly(vals) {
				at = rd.at // a base the read's own path extends
			}
			for _, r := range s.storedRequests(rd, vals, st.siblings(s, false), nil) {
				if rd.upstream != nil {
					r.Chain = s.chains.add(*rd.upstream, endOfChain)
				}
				s.request(&summary{seen: map[string]bool{}}, at, r)
			}
		}
		if rd.upstream != nil {
			continue
		}
		var fact fieldStoresFact
		if rd.field.Pkg() != s.pass.Pkg && !s.pass.ImportObjectFact(rd.field, &fact) {
			fact = fieldStoresFact{}
		}
		// Other packages' stores the package's imports hold, too.
		foreign, truncated := s.importedStores(rd.key)
		fact.Stores = append(fact.Stores[:len(fact.Stores):len(fact.Stores)], foreign...)
		fact.Truncated = fact.Truncated || truncated
		{
			for _, st := range fact.Stores {
				answered = true
				if fallback != nil && slices.ContainsFunc(st.Siblings, func(sib Sibling) bool { return sib.Field == fallback.Name() && sib.Value != "" }) {
					continue // the store's own method is the request's
				}
				step := Step{Call: "stored in " + rd.key, File: st.File, Line: st.Line, Col: st.Col}
				siblings := func(g *types.Var) []Value {
					for _, sib := range st.Siblings {
						if sib.Field == g.Name() {
							return []Value{lit(sib.Value)}
						}
					}
					return []Value{unknown()}
				}
				for _, r := range s.storedRequests(rd, st.Values, siblings, nil) {
					// The store picks the route: a host that has its
					// file reports the request there. A store of a
					// base (a configured server or API prefix) picks
					// none: the read's own path does.
					r.Chain = s.chains.second(step, r.Chain)
					if !basesOnly(st.Values) {
						r.picked = 1
					}
					s.request(&summary{seen: map[string]bool{}}, rd.at, r)
				}
			}
			if fact.Truncated {
				answered = false
			}
		}
		if !answered {
			m := s.lookup(rd.req)
			s.unresolved = append(s.unresolved, site{at: rd.at, req: rd.req, match: m, gap: permissions.FindGap(rd.req.URL.render(), m), late: s.holderReadID(rd)})
		}
	}
}

// basesOnly reports whether a store gives its field nothing but bases
// a request extends: a server ("https://platform.ringcentral.com") or the
// root of one of RingCentral's APIs ("/restapi/v1.0"), a configuration's
// defaults. Each request the read makes is then the read's own path on
// it, reported at the read, not at the store.
func basesOnly(vals []Value) bool {
	for _, v := range vals {
		text, ok := v.literal()
		if !ok || !isBase(text) {
			return false
		}
	}
	return len(vals) > 0
}

// isBase reports whether url is a server with no path, or an API's root.
func isBase(url string) bool {
	if _, rest, ok := strings.Cut(url, "://"); ok {
		if _, path, _ := strings.Cut(rest, "/"); strings.Trim(path, "/") == "" {
			return true
		}
	}
	return permissions.APIRoot(url)
}

// parameterStore handles a store whose value is made of its function's
// parameters: the closure an option constructor returns
// (route(method, path) setting s.method and s.path, GET(path) calling it),
// a job constructor of another package's callers. The store is no
// request of its own: its function is a wrapper, whose template is the
// read's request with the store's values, and each call of it is the
// request, in the package (instantiated now, its callers after it) and,
// through its fact, in the packages that call it. ok is false for any
// other store.
func (s *packageScan) parameterStore(rd routeFieldRead, st fieldStore) bool {
	if st.fn == nil || s.summaries[st.fn] == nil {
		return false
	}
	vals := st.stored(s)
	if !slices.ContainsFunc(vals, Value.hasParams) {
		return false
	}
	s.storeFunctionRequests(st, s.storedRequests(rd, vals, st.siblings(s, true), nil))
	return true
}

// storeFunctionRequests records reqs, a store's requests in terms of its
// function's parameters, as that function's, instantiated at its calls
// in the package now and at their callers after them.
func (s *packageScan) storeFunctionRequests(st fieldStore, reqs []RequestTemplate) {
	sum := s.summaries[st.fn]
	before := len(sum.requests)
	for _, r := range reqs {
		s.request(sum, st.at, r)
	}
	s.propagate(st.fn, sum.requests[before:])
}

// propagate instantiates templates a function gained after its callers
// in the package were summarized at each of their calls of it, and what
// those gain at their callers in turn.
func (s *packageScan) propagate(fn *types.Func, added []RequestTemplate) {
	type gain struct {
		fn    *types.Func
		added []RequestTemplate
	}
	work := []gain{{fn, added}}
	for steps := 0; len(work) > 0 && steps < len(s.funcs)*4; steps++ {
		g := work[0]
		work = work[1:]
		if len(g.added) == 0 {
			continue
		}
		for _, c := range s.callSitesOf(g.fn) {
			sum := s.summaries[c.caller]
			if sum == nil {
				continue
			}
			before := len(sum.requests)
			combos, merged, _ := s.argCombinations(c.caller, c.call, g.fn, calleeArgs(s.pass.TypesInfo, c.call, g.fn), g.added)
			step := s.step(g.fn, c.call)
			s.calls[g.fn] = true
			for i, args := range combos {
				s.instantiate(sum, c.call, g.fn, step, nil, g.added, args, s.sameModule(g.fn.Pkg()), merged, i == 0)
			}
			if slices.ContainsFunc(g.added, RequestTemplate.opensResult) {
				// A route completed by calls of what the call returns
				// (under(prefix)(rel)(ctx)): those calls again, now that
				// it returns a request.
				s.revisitPending(sum, c.caller)
			}
			work = append(work, gain{c.caller, sum.requests[before:]})
		}
	}
}

// revisitPending visits again the calls of function values in fn, the
// function sum summarizes, and the calls handing function values over:
// those a function it calls returns complete the route its new templates
// leave open (pendingCalls, handedPending). A request met before is
// recorded once.
func (s *packageScan) revisitPending(sum *summary, fn *types.Func) {
	decl := s.decls[fn]
	if decl == nil || decl.Body == nil {
		return
	}
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if callee := typeutil.StaticCallee(s.pass.TypesInfo, call); callee != nil {
			s.handedPending(sum, call, callee.Origin())
		} else if !noCallee(s.pass.TypesInfo, call) {
			s.pendingCalls(sum, call)
		}
		return true
	})
}

// A callSite is a static call of a function of the package, and the
// function it is written in.
type callSite struct {
	caller *types.Func
	call   *ast.CallExpr
}

// callSitesOf returns the package's static calls of fn, indexed once.
func (s *packageScan) callSitesOf(fn *types.Func) []callSite {
	if s.callSites == nil {
		s.callSites = map[*types.Func][]callSite{}
		for _, caller := range s.funcs {
			ast.Inspect(s.decls[caller].Body, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if callee := typeutil.StaticCallee(s.pass.TypesInfo, call); callee != nil && callee.Pkg() == s.pass.Pkg {
						s.callSites[callee.Origin()] = append(s.callSites[callee.Origin()], callSite{caller, call})
					}
				}
				return true
			})
		}
	}
	return s.callSites[fn]
}

// soleReturn is the expression the function value e returns, when its
// body, the package's, has one return of something other than "" (the
// skipped tick's): where the route a function-typed field holds is
// written. e itself for any other.
func (s *packageScan) soleReturn(e ast.Expr) ast.Expr {
	var body *ast.BlockStmt
	switch x := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		body = x.Body
	default:
		if fn := funcValue(s.pass.TypesInfo, e); fn != nil && s.decls[fn] != nil {
			body = s.decls[fn].Body
		}
	}
	if body == nil {
		return e
	}
	var results []ast.Expr
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 0 {
				return true
			}
			if v, ok := constantValue(s.pass.TypesInfo, n.Results[0]); !(ok && v.render() == "") {
				results = append(results, n.Results[0])
			}
		}
		return true
	})
	if len(results) != 1 {
		return e
	}
	return results[0]
}

// stored is what the store puts into its field, in terms of its
// function's parameters: for a function-typed field, what the stored
// function returns.
func (st fieldStore) stored(s *packageScan) []Value {
	if st.calls {
		return s.funcResults(st.fn, st.value)
	}
	return s.values(st.fn, st.value)
}

// values are what a store may put into its field: its function's
// parameters are the callers', unknown here.
func (st fieldStore) values(s *packageScan) []Value {
	var out []Value
	for _, v := range st.stored(s) {
		// A helper call left to the function's callers
		// (withQuery(path, q)) stands for what it falls back on: the
		// store is the request, and no caller fills it in.
		for _, r := range s.withDeferred(st.fn, RequestTemplate{URL: v}) {
			out = append(out, r.URL.substitute(nil))
		}
	}
	return out
}

// siblings returns a function giving what the store's object holds in
// another field of its struct: what the same composite literal sets ("",
// the zero value, when it sets nothing); for an assignment to a
// variable's field, what the function assigns to the variable's other
// field or sets it to in a literal, unknown when it does neither.
func (st fieldStore) siblings(s *packageScan, keepParams bool) func(g *types.Var) []Value {
	info := s.pass.TypesInfo
	valuesOf := func(e ast.Expr) []Value {
		vals := s.values(st.fn, e)
		for i, v := range vals {
			if !keepParams {
				vals[i] = v.substitute(nil)
			}
		}
		return vals
	}
	inLiteral := func(cl *ast.CompositeLit, g *types.Var) ([]Value, bool) {
		strct, _ := info.TypeOf(cl).Underlying().(*types.Struct)
		if strct == nil {
			return nil, false
		}
		for i, e := range cl.Elts {
			if v, value := literalField(info, strct, i, e); v == g {
				return valuesOf(value), true
			}
		}
		return []Value{lit("")}, true
	}
	return func(g *types.Var) []Value {
		if st.lit != nil {
			vals, _ := inLiteral(st.lit, g)
			return vals
		}
		if st.base == nil || st.body == nil {
			return []Value{unknown()}
		}
		var out []Value
		ast.Inspect(st.body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != len(as.Rhs) {
				return true
			}
			for i, lhs := range as.Lhs {
				switch lhs := ast.Unparen(lhs).(type) {
				case *ast.SelectorExpr: // j.Method = ...
					if id, ok := ast.Unparen(lhs.X).(*ast.Ident); ok && info.Uses[id] == st.base && info.Selections[lhs] != nil && info.Selections[lhs].Obj() == g {
						out = append(out, valuesOf(as.Rhs[i])...)
					}
				case *ast.Ident: // j := Job{Method: ...}
					if info.ObjectOf(lhs) == st.base {
						if cl, ok := ast.Unparen(as.Rhs[i]).(*ast.CompositeLit); ok {
							vals, _ := inLiteral(cl, g)
							out = append(out, vals...)
						}
					}
				}
			}
			return true
		})
		if len(out) == 0 {
			return []Value{unknown()}
		}
		return out
	}
}

// storedRequests returns the requests a read stands for with one store's
// values: each hole of the read's struct filled in from the store (the
// field itself, and the siblings it reads, such as the method; for a
// holder hole, held gives what the stored object holds), any other left
// unknown; bounded by maxArgCombinations.
func (s *packageScan) storedRequests(rd routeFieldRead, values []Value, siblings func(*types.Var) []Value, held func(key string) []Value) []RequestTemplate {
	fill := func(v Value) []Value {
		out := []Value{{}}
		for _, p := range v {
			alts := []Value{{p}}
			f := s.holeField(p)
			if f == nil && p.Field != "" {
				f = s.importedField(p.Field) // a sibling of an imported struct's field
			}
			if f != nil {
				_, _, isHeld := flow.HolderIndex(p.Field)
				switch {
				case isHeld && held != nil:
					alts = held(p.Field)
				case isHeld:
					alts = []Value{unknown()}
				case f == rd.field:
					alts = values
				case holeOwner(p.Field) == holeOwner(rd.key):
					alts = siblings(f)
				default:
					alts = []Value{unknown()}
				}
			}
			var next []Value
			for _, head := range out {
				for _, a := range alts {
					if len(next) < maxArgCombinations {
						next = append(next, concat(head, a))
					}
				}
			}
			out = next
		}
		return out
	}
	var out []RequestTemplate
	for _, m := range fill(rd.req.Method) {
		if m != nil && m.render() == "" {
			m = lit("GET") // net/http sends an empty method as GET
		}
		for _, u := range fill(rd.req.URL) {
			if len(out) < maxArgCombinations {
				out = append(out, RequestTemplate{Method: upper(m), URL: u, Chain: rd.req.Chain, Merged: rd.req.Merged || len(values) > 1})
			}
		}
	}
	return out
}

// holeOwner is the struct type a hole's key names: "pkgpath.Type".
func holeOwner(key string) string {
	key, _, _ = flow.HolderIndex(key)
	return key[:strings.LastIndexByte(key, '.')]
}

// holeFieldName is the name of the field a hole key names, of the holder
// field for a holder hole's.
func holeFieldName(key string) string {
	key, _, _ = flow.HolderIndex(key)
	return key[strings.LastIndexByte(key, '.')+1:]
}

// exportFieldStoresFacts publishes the package's stores into exported
// string fields of its exported structs that may hold a route, for the
// packages that read them off objects they cannot trace.
func (s *packageScan) exportFieldStoresFacts() {
	if s.storesByField == nil {
		s.storesByField = s.collectFieldStores()
	}
	for f, stores := range s.storesByField {
		if f.Pkg() != s.pass.Pkg || !f.Exported() || !exportedStruct(stores[0].owner) || !s.mayHoldRoute(stores) {
			continue
		}
		if _, err := objectpath.For(f); err != nil {
			continue // a field no other package can name
		}
		if fact, routes := s.storesFact(f, stores); routes {
			s.pass.ExportObjectFact(f, &fact)
		}
	}
}

// storesFact is the fact that carries the stores into field f, and
// whether one may put a route there.
func (s *packageScan) storesFact(f *types.Var, stores []fieldStore) (fact fieldStoresFact, routes bool) {
	for _, st := range stores {
		if len(fact.Stores) == maxFieldStores {
			fact.Truncated = true
			break
		}
		p := s.pass.Fset.Position(st.at.Pos())
		fs := FieldStore{File: p.Filename, Line: p.Line, Col: p.Column, Values: st.values(s), Siblings: st.constantSiblings(s, f)}
		routes = routes || slices.ContainsFunc(fs.Values, routeLike)
		fact.Stores = append(fact.Stores, fs)
	}
	return fact, routes
}

// exportedStruct reports whether t is, or points to, an exported named
// struct type: one whose objects other packages make and read.
func exportedStruct(t types.Type) bool {
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Exported()
}

// routeLike reports whether a stored value reads as a URL or a path: it
// begins with a slash or a scheme, or has a segment after a part known
// only at run time ("{}/call-log"). A user agent ("app/1.0") does not.
func routeLike(v Value) bool {
	r := v.render()
	return strings.HasPrefix(r, "/") || strings.HasPrefix(r, "http://") || strings.HasPrefix(r, "https://") || strings.Contains(r, "}/")
}

// mayHoldRoute reports whether some store into a field may put a route
// there: its expression has text with a slash, joins paths, or calls a
// function that may build a route.
func (s *packageScan) mayHoldRoute(stores []fieldStore) bool {
	for _, st := range stores {
		if s.exprMayBuildRoute(st.value) {
			return true
		}
	}
	return false
}

// constantSiblings are the other string fields of the store's struct
// whose value at the store is one constant, in the struct's order.
func (st fieldStore) constantSiblings(s *packageScan, f *types.Var) []Sibling {
	strct, ok := st.owner.Underlying().(*types.Struct)
	if ptr, isPtr := st.owner.Underlying().(*types.Pointer); isPtr {
		strct, ok = ptr.Elem().Underlying().(*types.Struct)
	}
	if !ok {
		return nil
	}
	var out []Sibling
	sibling := st.siblings(s, false)
	for i := range strct.NumFields() {
		g := strct.Field(i)
		if g == f || !isStringType(g.Type()) {
			continue
		}
		if vals := sibling(g); len(vals) == 1 {
			if text, ok := vals[0].literal(); ok {
				out = append(out, Sibling{g.Name(), text})
			}
		}
	}
	return out
}
