package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/objectpath"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/rcperm/rcperm/analyzer/internal/flow"
	"github.com/rcperm/rcperm/permissions"
)

// maxRequestsPerFunc bounds the request templates one function's fact
// carries, so that a function fanning out to many wrappers stays cheap.
const maxRequestsPerFunc = 64

// A site is a request rcperm can check at a call (or at an http.Request
// literal): one whose route is known there, or whose operation is (a
// request inside a wrapper that only takes IDs from its parameters; a call
// from another module to a function whose operation is fixed inside it).
type site struct {
	at    ast.Expr // the call, or the http.Request literal
	req   RequestTemplate
	match permissions.Match
	chain []Step // the steps from call to the request, once reportable
	// gap is what keeps an unresolved request's operation unknown; NoGap
	// for the sites rcperm checks.
	gap permissions.Gap
	// filter is, for a subscription's event filter rcperm cannot tell,
	// the filter as it reads it ("{}" for a whole list).
	filter string
	// infeasible marks a combination of merged branches that is no
	// operation: no run may make it (see feasible).
	infeasible bool
	// late is the LateCall.ID of a late-bound call no implementation in
	// sight resolves.
	late string
}

// feasible returns the unresolved sites less, at a call where another
// value is an operation, the combinations of merged branches that are
// none and the values that know no segment of the path: the call makes
// that operation, and the others are the flow's artefacts.
func (s *packageScan) feasible(unresolved []site) []site {
	resolvedAt := map[ast.Expr]bool{}
	for _, st := range s.sites {
		if resolved(st.match) || st.match.Verdict == permissions.Ambiguous {
			resolvedAt[st.at] = true
		}
	}
	var out []site
	for _, st := range unresolved {
		if resolvedAt[st.at] && (st.infeasible || !st.gap.PathKnown) {
			// A combination no run makes, or a value of the flow's that
			// knows nothing of the path (a template filled in a loop,
			// its text cut at each step), beside the operation the
			// call makes.
			continue
		}
		if path, ok := strings.CutPrefix(st.req.URL.render(), "{}"); ok && s.otherServerAt[st.at][path] {
			// The same path, at the same call, to another company's
			// server the flow knows: the unknown server is its doubt
			// about which client sends it (a field other packages may
			// also set), not a sign of RingCentral. Counted, not
			// reported.
			st.gap.RingCentral = false
		}
		out = append(out, st)
	}
	return out
}

// pathAfterServer is the path of a rendered URL after its server: a
// literal scheme and host, or the run-time part ("{}") that stands for
// one; ok is false for a URL with neither.
func pathAfterServer(url string) (string, bool) {
	if rest, ok := strings.CutPrefix(url, "{}"); ok && strings.HasPrefix(rest, "/") {
		return rest, true
	}
	if i := strings.Index(url, "://"); i >= 0 {
		if j := strings.Index(url[i+3:], "/"); j >= 0 {
			return url[i+3+j:], true
		}
	}
	return "", false
}

// summary is what rcperm learns of one function of the package.
type summary struct {
	fn         *types.Func // nil for package-level initializers
	done, busy bool
	requests   []RequestTemplate
	seen       map[string]bool
	// waiting are the calls to this function made while it was being
	// summarized (mutual recursion), visited again once it is done.
	waiting []waitingCall
	// partial is set when summarizing it met a function being summarized
	// (recursion): its requests may grow when that one is done.
	partial bool
}

// packageScan finds the requests of one package: the sites to check, and
// the facts of its functions for the packages that import it.
type packageScan struct {
	pass      *analysis.Pass
	funcs     []*types.Func // in source order, for deterministic facts and sites
	decls     map[*types.Func]*ast.FuncDecl
	summaries map[*types.Func]*summary
	sites     []site
	// unresolved are the requests whose operation, or whether they go to
	// RingCentral at all, their run-time parts leave open.
	unresolved []site
	// otherServerAt holds, by call, the paths it sends to a server the
	// flow knows is not RingCentral's (feasible).
	otherServerAt map[ast.Expr]map[string]bool
	// forwards are the requests whose route a function's callers give, by
	// function; calls are the functions with templates the package calls
	// statically (reach tells who else may call them).
	forwards map[*types.Func][]site
	calls    map[*types.Func]bool
	// flowProgram is the package's value flow, once built (valueflow.go).
	flowProgram *flow.Program
	flowBuilt   bool
	// requestNames and takenRequests rule dynamic calls out cheaply
	// (mayRequest): the names of the functions with requests, and those
	// of them the package takes as values.
	requestNames  map[string]bool
	takenRequests map[*types.Func]bool
	// takingRequests is set while takenRequests is being computed;
	// recursions counts the summaries asked for while being made.
	takingRequests bool
	recursions     int
	// implementorsMemo memoizes implementors, by interface method.
	implementorsMemo map[interfaceMethod][]*types.Func
	// dynamic is how the package calls functions without naming them,
	// once found (reach.go).
	dynamic *dynamicCalls
	// factMethods are the other packages' methods with requests, by
	// name, as their package facts list them, and factFuncs those
	// resolved, once asked for (requestFuncs).
	factMethods map[string][]methodAt
	factFuncs   map[string][]*types.Func
	chains      chainTable // the chains of the templates and sites
	// imported are the chain tables of other packages whose wrappers the
	// package calls, with the links already copied into chains.
	imported map[*types.Package]*importedChains
	at       *token.Pos // the call being analyzed, for the message of a panic
	// unseen are the calls handing routes to functions rcperm knows
	// nothing of (noteUnseen).
	unseen map[UnseenCall]bool
	// urlEditors are the declarations that edit a request's URL
	// (editsURL), once found; routeish the functions that may build a
	// route (mayBuildRoute).
	urlEditors []ast.Node
	routeish   map[*types.Func]bool
	// globalsWithRoutes are the package-level variables whose
	// initializers may build routes (routeGlobals); reassigned those a
	// statement assigns (literalGlobal).
	globalsWithRoutes map[*types.Var]bool
	reassigned        map[*types.Var]bool
	// stringRouteTypes are its string types with routes among their
	// constants (routeTypes).
	stringRouteTypes map[*types.TypeName]bool
	// callSites are the package's static calls of its functions, by
	// callee, once asked (route_fields.go).
	callSites map[*types.Func][]callSite
	suggester *permissions.Suggester // see lookup
	// pendingLate are the late-bound calls (by ID) the package counts as
	// unresolved, and resolvedLate those it resolved.
	pendingLate, resolvedLate map[string]bool
	// routeless is set when the package writes no route and imports no
	// route builder: its values hold routes only as its functions'
	// parameters, or as constants.
	routeless bool
	// std is inStd of the package, once: it may stat a directory.
	std bool
	// handed are the requests of other packages' functions the package
	// hands to yet another package's function as values (handedOff).
	handed []site
	// filterForwards are the parameters of the package's filter
	// forwarders, by function; filterForwardCount counts them all
	// (subscription_forward.go).
	filterForwards     map[*types.Func][]filterForward
	filterForwardCount int
	// filterCalls are the package's interface calls that pass event
	// filters to an implementation out of its sight, and upstreamFilters
	// those of its imports (subscription_late.go).
	filterCalls, upstreamFilters []FilterCall
	// filterFields are the package's filter fields (subscription_fields.go).
	filterFields map[*types.Var]*filterField
	// foreignFilters are the filter fields of other packages' structs
	// its imports list, once read (foreignFilterFields).
	foreignFilters map[string]ForeignFilterField
	// importedFacts are the package facts of its imports, once read
	// (importedPackageFacts).
	importedFacts []importedFact
	// routeFieldReads are the requests whose URL is a route field, and
	// storesByField the package's stores into string fields, once
	// indexed (route_fields.go).
	routeFieldReads []routeFieldRead
	routeFieldSeen  map[string]bool
	// methodReads are the package's requests made with the methods of an
	// untraced interface value, for its importers; upstreamMethods its
	// imports', and convSites the package's conversions to their
	// interfaces, convExprs their expressions (method_reads.go).
	methodReads     []MethodRead
	upstreamMethods []upstreamMethodRead
	// upstreamCalls are the late-bound interface calls of its imports,
	// which its conversions to their interfaces resolve.
	upstreamCalls []FieldCall
	convSites     []conversion
	convExprs     map[ast.Node]bool
	storesByField map[*types.Var][]fieldStore
	// storesByHolder the package's stores into fields holding a struct
	// (or a pointer to one), once a holder hole asks (holders.go).
	storesByHolder map[*types.Var][]fieldStore
	// foreignIndex is the stores its imports made into other packages'
	// fields, by field key, and fieldsByKey the fields of imported
	// structs hole keys name, once asked (foreign_stores.go).
	foreignIndex map[string]ForeignStores
	fieldsByKey  map[string]*types.Var
	// funcVarDefs are, by function, what it assigns to its local
	// variables of function type (returned_funcs.go).
	funcVarDefs map[*types.Func]map[*types.Var][]ast.Expr
	// storedFuncs are the functions it stores into function-typed
	// fields, by field key, once asked; fieldCalls its late-bound calls
	// through exported fields that its importers may resolve
	// (field_calls.go).
	storedFuncs map[string][]funcStore
	fieldCalls  []FieldCall
	// implRequests are the requests of implementations in sight met so
	// far, by implementation, method and URL (dispatchedBefore).
	implRequests map[string]bool
	// sinkCalls are the requests each function makes itself,
	// callsWrappers the functions that call a wrapper too, and
	// reevaluatedCalls the calls of each function answered by
	// evaluating its requests at the call (reevaluate.go).
	sinkCalls map[*types.Func][]sinkCall
	// wrapperCalls are the calls of wrappers each function makes;
	// dispatchCases the requests of a dispatcher's cases, once each.
	wrapperCalls  map[*types.Func][]wrapperCall
	dispatchCases map[dispatchKey]dispatchResult
	// effectFuncsByName are the functions of other packages with
	// effects facts, by name, once asked (latebound.go).
	effectFuncsByName map[string][]*types.Func
	callsWrappers     map[*types.Func]bool
	reevaluatedCalls  map[*types.Func]int
	// callersAnswer are the exported dispatchers whose own requests
	// their callers make, not they (answeredSinks): their general
	// templates are exported open, for a caller passing no constant.
	callersAnswer map[*types.Func]bool
	// forwardedCalls are the calls of each dispatcher of the package
	// that hand it another's dispatch parameter unchanged: the other's
	// cases answer them (forwardedCase).
	forwardedCalls map[*types.Func]map[ast.Expr]bool
	// staticCallCounts counts the calls naming each function, once
	// asked (staticCalls).
	staticCallCounts map[*types.Func]int
	// requestMethods are the object paths of the package's methods with
	// requests, for its package fact (requestFuncs).
	requestMethods []MethodRef
	// serversElsewhere and serversRingCentral are the sites, by
	// RequestTemplate.ServerFrom, whose server a call of the package
	// gives as another service's, or as RingCentral's (server_from.go).
	serversElsewhere, serversRingCentral map[string]bool
}

func scanPackage(pass *analysis.Pass, at *token.Pos, routeless, std bool) *packageScan {
	s := &packageScan{pass: pass, routeless: routeless, std: std, decls: map[*types.Func]*ast.FuncDecl{}, summaries: map[*types.Func]*summary{}, otherServerAt: map[ast.Expr]map[string]bool{},
		imported: map[*types.Package]*importedChains{}, at: at, unseen: map[UnseenCall]bool{},
		forwards: map[*types.Func][]site{}, calls: map[*types.Func]bool{}, routeish: map[*types.Func]bool{},
		pendingLate: map[string]bool{}, resolvedLate: map[string]bool{}, filterForwards: map[*types.Func][]filterForward{}, filterFields: map[*types.Var]*filterField{},
		sinkCalls: map[*types.Func][]sinkCall{}, wrapperCalls: map[*types.Func][]wrapperCall{}, callsWrappers: map[*types.Func]bool{}, reevaluatedCalls: map[*types.Func]int{},
		serversElsewhere: map[string]bool{}, serversRingCentral: map[string]bool{}}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					s.decls[fn] = fd
					s.funcs = append(s.funcs, fn)
				}
			}
		}
	}
	if !std {
		s.findConversions()
	}
	for _, fn := range s.funcs {
		s.summarize(fn)
	}
	if !std {
		s.resolveDynamicLate()
	}
	s.scanPackageVars()
	if !std {
		// Before the route fields: a request handed off may read one.
		s.handed = s.handedOff()
	}
	s.checkRouteFields()
	s.checkMethodReads()
	if !std {
		s.checkFieldCalls()
	}
	answered := s.answeredSinks()
	s.sites, s.unresolved = without(s.sites, answered), without(s.unresolved, answered)
	return s
}

// summarize analyzes fn once, on demand, so that a function's callees in
// the same package are known before it.
func (s *packageScan) summarize(fn *types.Func) *summary {
	sum := s.summaries[fn]
	if sum == nil {
		sum = &summary{fn: fn, seen: map[string]bool{}}
		s.summaries[fn] = sum
	}
	if sum.busy {
		s.recursions++
	}
	if sum.done || sum.busy {
		return sum // busy: recursion; what is known so far is all it gets
	}
	sum.busy = true
	recursions := s.recursions
	defer func() { sum.busy, sum.done, sum.partial = false, true, s.recursions != recursions }()

	s.scanExpr(sum, s.decls[fn].Body)
	s.resume(sum)
	return sum
}

// visitCall records the requests a call makes, directly (a sink) or through
// a wrapper.
func (s *packageScan) visitCall(sum *summary, call *ast.CallExpr) {
	*s.at = call.Pos()
	if callee := typeutil.StaticCallee(s.pass.TypesInfo, call); callee != nil {
		s.visitCallee(sum, call, callee.Origin())
		s.handedPending(sum, call, callee.Origin())
		return
	}
	// A call through an interface, a function value, a method value or a
	// function-typed field: the value flow says what it may invoke, when
	// it may invoke a function with requests at all.
	if noCallee(s.pass.TypesInfo, call) {
		return
	}
	if s.pendingCalls(sum, call) {
		return // the call of a function another call returned
	}
	if !s.mayRequest(call) {
		s.lateCall(sum, call)
		return
	}
	// An interface method: every implementation the package and the facts
	// know, by their types; no value flow is needed to find them. None
	// with requests makes the call late-bound.
	if callees, ok := s.interfaceCallees(call); ok {
		answered := false
		for _, callee := range callees {
			callee = callee.Origin()
			s.visitCallee(sum, call, callee)
			_, isSink := sinkOf(callee)
			answered = answered || isSink || len(s.requestsOf(callee)) > 0
		}
		if !answered {
			s.lateCall(sum, call)
		}
		return
	}
	fp := s.flow()
	if fp == nil {
		return
	}
	callees := fp.Callees(call)
	for _, callee := range callees {
		s.visitCallee(sum, call, callee.Origin())
	}
	if len(callees) == 0 && fp.Unseen(call) {
		if !s.lateFieldCall(sum, call) && !s.lateParamCall(sum, call) && !s.handedRoute(sum.fn, call) {
			s.takenUnseen(call)
		}
	}
}

// takenUnseen records a call of a function value whose callee nothing
// shows, when the package takes as a value a function with requests of
// its type (an SDK method value kept where the flow cannot follow it):
// the request it may be is unresolved, not silently lost. Counted, not
// reported: the callee may be another function of that type.
func (s *packageScan) takenUnseen(call *ast.CallExpr) {
	sig, ok := s.pass.TypesInfo.TypeOf(call.Fun).Underlying().(*types.Signature)
	if !ok {
		return
	}
	for fn := range s.takenRequests {
		fsig := fn.Signature()
		if types.Identical(types.NewSignatureType(nil, nil, nil, fsig.Params(), fsig.Results(), fsig.Variadic()), sig) {
			p := s.pass.Fset.Position(call.Pos())
			step := Step{Call: "(dynamic call)", File: p.Filename, Line: p.Line, Col: p.Column}
			r := RequestTemplate{Method: unknown(), URL: unknown(), Chain: s.chains.add(step, endOfChain)}
			s.unresolved = append(s.unresolved, site{at: call, req: r, gap: permissions.Gap{Kind: permissions.GapURL}})
			return
		}
	}
}

// noCallee reports whether a call without a static callee invokes no
// function but its own literal: a conversion, a builtin, or a function
// literal called in place (whose requests its body's walk finds).
// Asking about them made packages that take a request function as a value
// build the value flow for their every len, make and append.
func noCallee(info *types.Info, call *ast.CallExpr) bool {
	fun := ast.Unparen(call.Fun)
	if _, ok := fun.(*ast.FuncLit); ok {
		return true
	}
	tv := info.Types[fun]
	return tv.IsType() || tv.IsBuiltin()
}

// handedRoute records a RingCentral route handed to a call of a function
// value whose callee nothing shows (one from elsewhere): the request it
// may stand for is unresolved, not silently lost. An interface method call
// is late-bound instead (latebound.go).
func (s *packageScan) handedRoute(fn *types.Func, call *ast.CallExpr) (handed bool) {
	for _, a := range call.Args {
		if !carriesRoute(s.pass.TypesInfo.TypeOf(a)) {
			continue
		}
		v, ok := recognized(s.values(fn, a))
		if !ok {
			continue
		}
		p := s.pass.Fset.Position(call.Pos())
		step := Step{Call: "(dynamic call)", File: p.Filename, Line: p.Line, Col: p.Column}
		r := RequestTemplate{Method: unknown(), URL: v, Chain: s.chains.add(step, endOfChain)}
		// Counted, not reported (the gap is not RingCentral's for sure):
		// the callee may log or compare it, not request it.
		s.unresolved = append(s.unresolved, site{at: call, req: r, gap: permissions.Gap{Kind: permissions.GapURL, PathKnown: true}})
		return true
	}
	return false
}

// visitCallee records the requests a call makes through one function it
// invokes.
func (s *packageScan) visitCallee(sum *summary, call *ast.CallExpr, callee *types.Func) {
	argExprs := calleeArgs(s.pass.TypesInfo, call, callee)
	if sk, ok := sinkOf(callee); ok {
		if sum.fn != nil {
			s.sinkCalls[sum.fn] = append(s.sinkCalls[sum.fn], sinkCall{call, callee, sk, argExprs})
		}
		step := s.step(callee, call)
		if methods, urls, merged, ok := s.jointSinkRequests(sum.fn, sk, call, argExprs); ok {
			for i, u := range urls {
				s.request(sum, call, RequestTemplate{Method: methods[i], URL: u, Chain: s.chains.add(step, endOfChain), Merged: merged})
			}
			return
		}
		if s.boundSinkRequests(sum, sk, call, argExprs, step) {
			return
		}
		method := s.sinkMethod(sum.fn, sk, argExprs)
		urls, merged := s.sinkURLs(sum.fn, sk, call, argExprs)
		for _, u := range urls {
			s.request(sum, call, RequestTemplate{Method: method, URL: u, Chain: s.chains.add(step, endOfChain), Merged: merged})
		}
		return
	}
	if s.waitFor(callee, sum, call) {
		return
	}
	templates := s.requestsOf(callee)
	if len(templates) == 0 {
		s.noteUnseen(sum.fn, callee, argExprs)
		return
	}
	if cases, ok := s.dispatched(sum.fn, call, callee, templates); ok {
		templates = cases // the case of the constant the call passes
	}
	s.calls[callee] = true
	step := s.step(callee, call) // a position lookup: only for calls with requests
	if sum.fn != nil {
		s.callsWrappers[sum.fn] = true
		s.wrapperCalls[sum.fn] = append(s.wrapperCalls[sum.fn], wrapperCall{call, callee, argExprs, templates})
	}
	if reqs, ok := s.reevaluated(sum.fn, call, callee, step); ok {
		for _, r := range reqs {
			s.request(sum, call, r)
		}
		return
	}
	if cases, ok := s.localDispatched(sum.fn, call, callee, templates); ok {
		templates = cases // the case of the constant the call passes
	}
	sameModule := s.sameModule(callee.Pkg())
	combos, merged, origins := s.argCombinations(sum.fn, call, callee, argExprs, templates)
	for i, args := range combos {
		var origin *boundOrigin
		if origins != nil {
			origin = origins[i]
		}
		s.instantiate(sum, call, callee, step, origin, templates, args, sameModule, merged, i == 0)
	}
}

// instantiate records a wrapper's templates at a call, with one
// combination of its arguments' values. The templates whose operation
// no argument decides (fixed, or unresolved) are recorded with the first
// combination only. origin, when set, is the store the combination's
// values come from (field_bound.go): a store of the package is where the
// requests are, the call their next step; another package's is the step
// after the call.
func (s *packageScan) instantiate(sum *summary, call *ast.CallExpr, callee *types.Func, step Step, origin *boundOrigin, templates []RequestTemplate, args []Value, sameModule, merged, first bool) {
	var at ast.Expr = call
	caller := sum // the calling function's: a late-bound call's requests stay its, whatever store picks them
	if origin != nil && origin.base {
		origin = nil // a server or prefix picks no route
	}
	if origin != nil && origin.at != nil {
		sum, at = &summary{fn: sum.fn, seen: map[string]bool{}}, origin.at
	}
	for _, t := range templates {
		if (t.Fixed || t.Unresolved) && !first {
			continue
		}
		if t.opensResult() && !s.returnsCall(sum.fn, call) {
			continue // a request of the value the call returns, when called (returned_funcs.go)
		}
		if runs, ok := s.optionRuns(sum.fn, call, t, args); ok {
			// The fields the call's options set, bound like arguments.
			for _, run := range runs {
				s.instantiate(caller, call, callee, step, origin, []RequestTemplate{run.t}, run.args, sameModule, merged || run.merged, first)
			}
			continue
		}
		argSets, deferredMerged := [][]Value{args}, false
		var carried RequestTemplate
		if dt, combos, dm, ok := s.runDeferred(sum.fn, call, callee, t, args); ok {
			t, argSets, deferredMerged = dt, combos, dm
		} else if ct, ok := s.carriedDeferred(sum.fn, call, callee, t, args); ok {
			carried = ct
		}
		for _, args := range argSets {
			chain := s.chains.add(step, s.calleeChain(callee, t))
			switch {
			case origin == nil:
			case origin.at != nil && t.Via == nil:
				chain = s.chains.add(origin.step, chain)
			default:
				// The store picks the route; another package resolves a
				// late-bound call, and reports it there (picked).
				chain = s.chains.add(step, s.chains.add(origin.step, s.calleeChain(callee, t)))
			}
			urls, edited := s.appliedEdits(sum.fn, call, t.URL, args)
			if !edited {
				urls = []Value{t.URL.instantiate(args)}
			}
			method := upper(t.Method.instantiate(args))
			for _, u := range urls {
				if origin != nil && origin.dispatched && s.dispatchedBefore(origin.step, method, u) {
					// The same implementation's request, through another
					// call that cannot tell the value either (a second
					// decorator): reported once, where first met.
					continue
				}
				r := RequestTemplate{Method: method, URL: u, Chain: chain, Merged: t.Merged || merged || deferredMerged || len(urls) > 1,
					Deferred: carried.Deferred, DeferredURL: carried.DeferredURL, DeferredVia: carried.DeferredVia, ServerFrom: t.ServerFrom, RingCentralServer: t.RingCentralServer}
				if origin != nil && (origin.at == nil || t.Via != nil) {
					r.picked = 1 // the store, or the method, the route is held in
				}
				if t.Via != nil {
					r.Via = t.Via.substitute(args)
					if origin != nil && r.Via.ID == "" && r.Via.known() {
						// Known by the store: the package that resolves
						// the call reports the request there.
						r.Via.ID = fmt.Sprintf("%s/%s:%d:%d", s.pass.Pkg.Path(), filepath.Base(origin.step.File), origin.step.Line, origin.step.Col)
					}
					if t.Via.Recv > 0 {
						if named, ok := s.recvCallee(sum.fn, call, callee, r.Via); ok && len(s.requestsOf(named)) > 0 {
							// The concrete type the call passes: its
							// method's requests, no other
							// implementation's. One with none of its
							// own (a logger, or a method whose request
							// another mechanism resolves) is left to
							// the late call's usual course.
							r.Via.impl = named
						}
					}
					if t.Via.Param > 0 {
						if named, ok := s.paramCallee(sum.fn, call, callee, r.Via); ok {
							if len(s.requestsOf(named)) > 0 {
								s.calls[named.Origin()] = true // accounted here, as a call the flow resolves
							}
							budget := maxRequestsPerFunc
							s.resolveWith(sum, call, r, []*types.Func{named}, nil, &budget)
							continue
						}
					}
					s.late(caller, call, r)
					continue
				}
				s.instantiateOne(sum, at, r, t, sameModule)
			}
		}
	}
}

// dispatchedBefore reports whether the package met the request an
// implementation's method gives, by method and URL, at another call
// already, and records it.
func (s *packageScan) dispatchedBefore(impl Step, method, url Value) bool {
	key := fmt.Sprintf("%s:%d:%d %s %s", impl.File, impl.Line, impl.Col, method, url)
	if s.implRequests == nil {
		s.implRequests = map[string]bool{}
	}
	seen := s.implRequests[key]
	s.implRequests[key] = true
	return seen
}

// instantiateOne records r, template t of a function of another call's,
// at call: a request there, or a template of the calling function.
func (s *packageScan) instantiateOne(sum *summary, call ast.Expr, r, t RequestTemplate, sameModule bool) {
	if t.Unresolved {
		r.Unresolved = true
		s.addRequest(sum, r)
		if !sameModule {
			m := s.lookup(r)
			if gap := permissions.FindGap(r.URL.render(), m); gap.Kind != permissions.NoGap {
				s.unresolved = append(s.unresolved, site{at: call, req: r, match: m, gap: gap})
			}
		}
		return
	}
	if !t.Fixed {
		s.request(sum, call, r)
		return
	}
	// The callee fixed the operation and checked its route. Its callers
	// need the operation too; a caller in another module (a client
	// library the user does not analyze) is where it is reported.
	s.noteServer(&r)
	r.Fixed = true
	s.addRequest(sum, r)
	if !sameModule {
		if m := s.lookup(r); resolved(m) {
			s.sites = append(s.sites, site{at: call, req: r, match: m})
		}
	}
}

// request records a request made at call (a sink call or an http.Request
// literal): a site to check when its route is known here, and a template
// for the function's callers.
func (s *packageScan) request(sum *summary, call ast.Expr, r RequestTemplate) {
	for _, r := range s.withDeferred(sum.fn, r) {
		s.requestOne(sum, call, r)
	}
}

// requestOne records a request made at call whose URL reads no deferred
// call (its DeferredURL may).
func (s *packageScan) requestOne(sum *summary, call ast.Expr, r RequestTemplate) {
	if text, ok := r.Method.literal(); ok && text == "" {
		r.Method = lit("GET") // net/http sends an empty method as GET
	}
	r.URL = absoluteTail(r.URL)
	if flow.HoldsListEnd(flow.Str(r.URL)) || flow.HoldsListEnd(flow.Str(r.Method)) {
		// A list's elements filled in as text (flow.SplitList could not
		// tell a list parameter from a string one): not this request.
		r.URL, r.Method = unknown(), unknown()
	}
	if s.toMirror(sum.fn, r) {
		return // another server that mirrors RingCentral's paths
	}
	m := s.lookup(r)
	if r.RingCentralServer && m.Verdict == permissions.NotRingCentral && len(r.URL) > 1 && (r.URL[0].Unknown || r.URL[0].IsParam) {
		// The client's server is RingCentral's, its other requests say:
		// a path other servers serve too is RingCentral's operation.
		alt := r
		alt.URL = concat(lit(sdkServer), Value(r.URL[1:]))
		if m2 := s.lookup(alt); m2.Verdict != permissions.NotRingCentral && genericOnRingCentral(RequestTemplate{Method: r.Method, URL: Value(r.URL[1:])}) {
			r, m = alt, m2
		}
	}
	if rd, ok := s.routeFieldRead(sum.fn, call, r); ok && !Value(r.URL[1:]).hasParams() && !(resolved(m) && permissions.FindGap(r.URL.render(), m).Kind == permissions.NoGap) {
		// A route field decides the operation, and no caller can: its
		// stores are the requests (route_fields.go).
		s.addRouteFieldRead(rd)
		return
	}
	if m.Verdict == permissions.NoSuchOperation && m.WrongMethod && len(r.URL) > 0 && r.URL[0].Unknown {
		// A path RingCentral serves, with a method it does not serve
		// there, on a server known only at run time: a service that
		// mirrors RingCentral's layout (an archive, an ingest API) as
		// much as a wrong method. Counted as unresolved, not reported.
		s.unresolved = append(s.unresolved, site{at: call, req: r, match: m, gap: permissions.Gap{Kind: permissions.GapURL, PathKnown: true}})
		return
	}
	if r.URL.hasParams() || r.Method.hasParams() || r.DeferredURL.hasParams() {
		if m.Verdict == permissions.NoSuchOperation && !r.Merged && !r.Method.hasParams() && paramsAreInnerSegments(r.URL) && !(m.WrongMethod && r.URL[0].IsParam) {
			// No argument can make this a RingCentral operation. (A
			// path RingCentral serves with another method, on the
			// callers' server, may be a mirror's: their servers tell.)
			s.sites = append(s.sites, site{at: call, req: r, match: m})
			return
		}
		// A forwarder: its callers tell the route. The operation may be
		// fixed already, with only IDs to come: then check it here. A
		// parameter that may be a whole path ("{server}/" + path) fixes
		// nothing, whatever operation its one segment would match.
		gap := permissions.FindGap(r.URL.render(), m)
		r.Fixed = resolved(m) && gap.Kind == permissions.NoGap
		if r.Fixed && callerServer(r.URL) {
			r.ServerFrom = s.siteID(call)
		}
		s.addRequest(sum, r)
		if gap.Kind != permissions.NoGap && sum.fn != nil {
			s.forwards[sum.fn] = append(s.forwards[sum.fn], site{at: call, req: r, match: m, gap: gap})
		}
		if r.Fixed && m.Requires != 0 {
			s.sites = append(s.sites, site{at: call, req: r, match: m})
		}
		return
	}
	if r.Merged && (m.Verdict == permissions.NoSuchOperation || emptySegment(r.URL)) {
		// A combination of merged branches no run may make: counted as
		// unresolved, not claimed to be an unknown operation. An empty
		// path segment is an ID left blank beside a branch that fills it
		// in (self(id) gives "~" for ""): a guard the merge lost.
		s.unresolved = append(s.unresolved, site{at: call, req: r, match: m, gap: permissions.Gap{Kind: permissions.GapURL, PathKnown: true}, infeasible: true})
		return
	}
	if gap := permissions.FindGap(r.URL.render(), m); gap.Kind != permissions.NoGap {
		s.unresolved = append(s.unresolved, site{at: call, req: r, match: m, gap: gap})
		// Callers make it too: one in another module, such as an app
		// calling a client library it does not analyze, accounts for it.
		// Not std's requests, which are never the app's, nor those that
		// say nothing of where they go (a client's redirect, a token
		// endpoint from configuration): every caller would inherit them.
		if (gap.RingCentral || gap.PathKnown) && !s.std {
			r.Unresolved = true
			s.addRequest(sum, r)
		}
		return
	}
	if m.Verdict == permissions.NotRingCentral {
		if path, ok := pathAfterServer(r.URL.render()); ok && isLit(r.URL[0]) {
			if s.otherServerAt[call] == nil {
				s.otherServerAt[call] = map[string]bool{}
			}
			s.otherServerAt[call][path] = true
		}
		if genericOnRingCentral(r) {
			// /scim/v2/Users on a server known only at run time: many
			// servers have the path, RingCentral among them. Counted as
			// unresolved (it may not go to RingCentral), never silent.
			s.unresolved = append(s.unresolved, site{at: call, req: r, match: m, gap: permissions.Gap{Kind: permissions.GapURL, PathKnown: true}})
		}
		return
	}
	if m.Verdict != permissions.NoSuchOperation {
		// Nothing a caller passes changes this request: it is fixed.
		r.Fixed = true
		s.addRequest(sum, r)
	}
	s.sites = append(s.sites, site{at: call, req: r, match: m})
}

// markRingCentralServers sets RingCentralServer on the templates whose
// server is a field of their function's receiver to which a template of
// the package sends a path only RingCentral serves: the client is
// RingCentral's, and so is the server of its SCIM requests.
func (s *packageScan) markRingCentralServers() {
	type server struct {
		recv  types.Type
		field int
	}
	serverOf := func(fn *types.Func, t RequestTemplate) (server, bool) {
		if fn == nil || len(t.URL) < 2 || !t.URL[0].IsParam || fn.Signature().Recv() == nil {
			return server{}, false
		}
		slot, _, method, ok := flow.ProjectionOf(t.URL[0].Param)
		if !ok || method || slot != 0 {
			return server{}, false
		}
		return server{pointee(fn.Signature().Recv().Type()), t.URL[0].Param}, true
	}
	ringCentral := map[server]bool{}
	for fn, sum := range s.summaries {
		for _, t := range sum.requests {
			if k, ok := serverOf(fn, t); ok {
				if m := permissions.Classify("GET", "{}"+Value(t.URL[1:]).render()); m.Verdict != permissions.NotRingCentral {
					ringCentral[k] = true // the path is under a root only RingCentral serves
				}
			}
		}
	}
	if len(ringCentral) == 0 {
		return
	}
	for fn, sum := range s.summaries {
		for i, t := range sum.requests {
			if k, ok := serverOf(fn, t); ok && ringCentral[k] {
				sum.requests[i].RingCentralServer = true
			}
		}
	}
}

// resolved reports whether m names the one operation of a request,
// current or legacy: its permission is known.
func resolved(m permissions.Match) bool {
	return m.Verdict == permissions.Found || m.Verdict == permissions.Deprecated
}

// sameModule reports whether pkg belongs to the module being analyzed. A
// module the host does not name (Bazel nogo, a driver loading without
// packages.NeedModule, GOPATH mode) is unknown, and an unknown module is
// another module: a fixed request is then reported at every call, never at
// none.
func (s *packageScan) sameModule(pkg *types.Package) bool {
	if pkg == s.pass.Pkg {
		return true
	}
	mod := modulePath(s.pass)
	if mod == "" {
		return false
	}
	var pf packageFact
	s.pass.ImportPackageFact(pkg, &pf)
	return pf.Module == mod
}

func modulePath(pass *analysis.Pass) string {
	if pass.Module == nil {
		return ""
	}
	return pass.Module.Path
}

func (s *packageScan) addRequest(sum *summary, r RequestTemplate) {
	key := r.Method.key() + " " + r.URL.key()
	if r.Via != nil {
		key = "via " + r.Via.key()
	}
	key += r.deferredKey()
	if sum.seen[key] || len(sum.requests) >= maxRequestsPerFunc {
		return
	}
	sum.seen[key] = true
	r.picked = 0 // the site's, not its callers'
	sum.requests = append(sum.requests, r)
}

// sinkMethod returns the method a sink call uses, upper-cased.
func (s *packageScan) sinkMethod(fn *types.Func, sk sink, args []ast.Expr) Value {
	if sk.method != "" {
		return lit(sk.method)
	}
	if sk.methodArg >= len(args) {
		return unknown()
	}
	return upper(s.method(fn, args[sk.methodArg]))
}

// method is the value of a request's method: unknown when it may be
// several. The value flow does not tell which method goes with which of
// several routes (a table's fields are followed apart), and a method
// paired with a route it never goes with is another operation.
func (s *packageScan) method(fn *types.Func, x ast.Expr) Value {
	vals := s.values(fn, x)
	if len(vals) == 2 {
		// A field's zero value beside the route field an option may
		// set (s.method, whose stores are the requests): the method is
		// what the option sets. An empty method beside a known one is
		// net/http's GET, and stays an alternative.
		for i, v := range vals {
			if text, ok := v.literal(); ok && text == "" && len(vals[1-i]) == 1 && vals[1-i][0].Field != "" {
				vals = vals[1-i : 2-i]
				break
			}
		}
	}
	if len(vals) == 1 {
		return vals[0]
	}
	return unknown()
}

// sinkURLs returns the URLs a sink call may request, after the edits of
// the URL of the request it builds (req.URL.Path = ...); merged is true
// when there are several: a forwarder completing the route it is given in
// a branch makes both requests.
func (s *packageScan) sinkURLs(fn *types.Func, sk sink, call *ast.CallExpr, args []ast.Expr) (urls []Value, merged bool) {
	if sk.urlArg < 0 {
		return []Value{lit(sk.path)}, false
	}
	if sk.urlArg >= len(args) {
		return []Value{unknown()}, false
	}
	urls = s.values(fn, args[sk.urlArg])
	if edited, ok := s.editedURL(fn, call, urls); ok {
		urls = edited
	}
	for i, u := range urls {
		urls[i] = concat(lit(sk.prefix), u)
	}
	return urls, len(urls) > 1
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

// calleeChain returns the index in the package's chain table of the chain
// of t, a template of fn: fn's own in this package, or a copy of the one in
// the facts of fn's package.
func (s *packageScan) calleeChain(fn *types.Func, t RequestTemplate) int {
	if fn.Pkg() == s.pass.Pkg {
		return t.Chain
	}
	from := s.importedTable(fn.Pkg())
	return s.chains.copyChain(from.links, t.Chain, from.copied)
}

// importedTable is another package's chain table, read from its fact
// once.
func (s *packageScan) importedTable(pkg *types.Package) *importedChains {
	from := s.imported[pkg]
	if from == nil {
		var pf packageFact
		s.pass.ImportPackageFact(pkg, &pf)
		from = &importedChains{links: pf.Chains, copied: map[int]int{}}
		s.imported[pkg] = from
	}
	return from
}

// routeBuilder returns the routes a function of another package builds
// from its parameters: its fact. The package's own are followed by the
// value flow itself.
func (s *packageScan) routeBuilder(fn *types.Func) ([]Value, bool) {
	fn = fn.Origin()
	var fact routeFact
	if fn.Pkg() == s.pass.Pkg || !s.pass.ImportObjectFact(fn, &fact) {
		return nil, false
	}
	if fact.Route != nil {
		return []Value{fact.Route}, true
	}
	return fact.Alternatives, len(fact.Alternatives) > 0
}

// builtRoute returns the routes a function of the package returns, for
// the packages that call it: the value flow's summary of its returns (a
// return of "" aside, the error path of a joiner that cannot parse its
// base; returns that differ only in the query are one route), when each
// has literal path text. Only a function other packages can call has one
// (an exported name), and only one that may build a route at all is
// asked about. A method that returns a constant (a request type's
// Method()) has it as its route.
func (s *packageScan) builtRoute(fn *types.Func) []Value {
	res := fn.Signature().Results()
	if !fn.Exported() || res.Len() == 0 || res.Len() > 2 || !carriesRoute(res.At(0).Type()) && !flow.ReturnsString(res.At(0).Type()) {
		// (A function returning a function that returns a string has
		// the route that one returns, in terms of its parameters:
		// flow.ResultParam.)
		return nil
	}
	if text, ok := s.constantResult(fn); ok {
		return []Value{lit(text)}
	}
	curried := flow.ReturnsString(res.At(0).Type())
	if !curried && !s.mayBuildRoute(fn) {
		return nil
	}
	fp := s.flow()
	if fp == nil {
		return nil
	}
	// A variadic builder's routes by its arguments' count (its Variadic
	// routes) say what a call deferred to its callers would.
	returns := fp.ReturnsDeferring
	if fn.Signature().Variadic() {
		returns = fp.Returns
	}
	strs, ok := returns(fn)
	if !ok {
		return nil
	}
	var routes []Value
next:
	for _, str := range strs {
		v := Value(str)
		if text, ok := v.literal(); ok && text == "" {
			continue // the error path: no route
		}
		if route, ok := passedThrough(v); ok {
			v = route
		} else if route, ok := passedThrough(v[min(1, len(v)):]); ok && isServer(v[0]) {
			// The route on a server known only at run time, or kept in
			// a field of the receiver (c.base.String() + route).
			v = concat(v[:1], route)
		} else if flow.ReadsDeferred(flow.Str(v)) && !s.carriesDeferred(fn, v) {
			return nil
		} else if !containsSlash(v) && !flow.ReadsDeferred(flow.Str(v)) && !(curried && !slices.ContainsFunc(v, func(p Part) bool { return p.Unknown })) {
			// (A function partially applied, join(prefix) returning
			// func(rel) string, builds what its parameters give.)
			return nil
		}
		for i, r := range routes {
			switch {
			case r.equal(v):
				continue next
			case cutQuery(r).equal(cutQuery(v)):
				// Returns that differ only in the query (an early
				// return when there is none) build the same route.
				routes[i] = cutQuery(r)
				continue next
			}
		}
		routes = append(routes, concat(v))
	}
	return routes
}

// returnedDeferred returns the deferred calls of the value flow that
// routes, fn's, read, by the index they read them at: a caller of
// another package runs each (flow.Oracle.ReturnsDeferred). An index no
// route reads, or one whose call reads another's result, holds none.
func (s *packageScan) returnedDeferred(fn *types.Func, routes []Value) []DeferredCall {
	fp := s.flow()
	if fp == nil {
		return nil
	}
	var out []DeferredCall
	for _, r := range routes {
		for _, p := range r {
			k, ok := flow.DeferredIndex(p.Param)
			if !p.IsParam || !ok {
				continue
			}
			d, ok := fp.Deferred(fn, p.Param)
			if !ok {
				continue
			}
			call, ok := deferredCall(d)
			if !ok {
				continue
			}
			for len(out) <= k {
				out = append(out, DeferredCall{})
			}
			out[k] = call
		}
	}
	return out
}

// carriesDeferred reports whether each deferred call v reads, of fn's,
// is one a route fact carries to a caller that can run it: none reads
// another's result or a list the callers pass whole (a variadic
// builder's, which its Variadic routes say better).
func (s *packageScan) carriesDeferred(fn *types.Func, v Value) bool {
	fp := s.flow()
	for _, p := range v {
		if _, ok := flow.DeferredIndex(p.Param); !p.IsParam || !ok {
			continue
		}
		d, ok := fp.Deferred(fn, p.Param)
		if !ok || slices.ContainsFunc(d.Lists, func(l int) bool { return l >= 0 }) {
			return false
		}
		if _, ok := deferredCall(d); !ok {
			return false
		}
	}
	return true
}

// laterResults returns, for an exported method with no parameters that
// returns several strings (Route() (method, path string)), what each
// result past the first returns, for the packages that read them off an
// interface value; nil for any other function, or one whose later
// results build no route.
func (s *packageScan) laterResults(fn *types.Func) [][]Value {
	sig := fn.Signature()
	res := sig.Results()
	if !fn.Exported() || sig.Recv() == nil || sig.Params().Len() > 0 || res.Len() < 2 || !s.mayBuildRoute(fn) {
		return nil
	}
	fp := s.flow()
	if fp == nil {
		return nil
	}
	var out [][]Value
	found := false
	for r := 1; r < res.Len() && r < maxLaterResults+1; r++ {
		var vals []Value
		if carriesRoute(res.At(r).Type()) {
			if strs, ok := fp.ReturnsResult(fn, r); ok && len(strs) > 0 {
				vals = alternatives(strs)
				found = true
			}
		}
		out = append(out, vals)
	}
	if !found {
		return nil
	}
	return out
}

// maxLaterResults bounds the results past the first a route fact gives.
const maxLaterResults = 2

// constantResult returns the constant string every return of a method of
// the package gives, if it has one.
func (s *packageScan) constantResult(fn *types.Func) (string, bool) {
	decl := s.decls[fn]
	if decl == nil || decl.Recv == nil || decl.Body == nil {
		return "", false
	}
	text, found, ok := "", false, true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 0 {
				ok = false
				return false
			}
			tv := s.pass.TypesInfo.Types[n.Results[0]]
			if tv.Value == nil || tv.Value.Kind() != constant.String || found && constant.StringVal(tv.Value) != text {
				ok = false
				return false
			}
			text, found = constant.StringVal(tv.Value), true
		}
		return ok
	})
	return text, ok && found
}

// cutQuery returns v up to its query or fragment.
func cutQuery(v Value) Value {
	for i, p := range v {
		if !isLit(p) {
			continue
		}
		if j := strings.IndexAny(p.Lit, "?#"); j >= 0 {
			return concat(v[:i], lit(p.Lit[:j]))
		}
	}
	return v
}

// passedThrough reports whether v is a parameter, the route a helper is
// given, with a query added or none: the route is the parameter's. Of
// "&" as of "?": a route with a query already takes the next one after
// "&".
func passedThrough(v Value) (Value, bool) {
	if len(v) == 0 || !v[0].IsParam {
		return nil, false
	}
	if len(v) == 1 {
		return v, true
	}
	if isLit(v[1]) && (strings.HasPrefix(v[1].Lit, "?") || strings.HasPrefix(v[1].Lit, "&")) {
		return v[:1], true
	}
	return nil, false
}

// isServer reports whether part p of a route may be its server: a part
// known only at run time, a parameter (route.Under(server)), or a field of
// a parameter (a client's base).
func isServer(p Part) bool {
	_, _, method, _ := flow.ProjectionOf(p.Param)
	return p.Unknown || p.IsParam && !method
}

func containsSlash(v Value) bool {
	for _, p := range v {
		if isLit(p) && strings.Contains(p.Lit, "/") {
			return true
		}
	}
	return false
}

// step describes a call for the chain of a request.
func (s *packageScan) step(callee *types.Func, call *ast.CallExpr) Step {
	p := s.pass.Fset.Position(call.Pos())
	return Step{Call: callee.FullName(), File: p.Filename, Line: p.Line, Col: p.Column}
}

// exportFacts publishes the package's wrappers and route builders, and
// returns the chain table their facts refer to: the links their chains
// reach, without those of the calls only this package checks.
func (s *packageScan) exportFacts() (chains []chainLink, wrappers, builders bool) {
	s.markRingCentralServers()
	var exported chainTable
	copied := map[int]int{}
	templates := map[*types.Func][]RequestTemplate{}
	passed := map[types.Type]bool{} // struct types whose fields a callback is passed
	appliesOptions := s.appliesOptions() || s.takesOptions()
	for _, fn := range s.funcs {
		sum := s.summaries[fn]
		if len(sum.requests) > 0 {
			templates[fn] = sum.requests
			own := sum.requests
			if s.callersAnswer[fn] {
				own = s.casesUnion(fn, own)
			}
			requests := make([]RequestTemplate, len(own))
			for i, r := range own {
				r.Chain = exported.copyChain(s.chains.links, r.Chain, copied)
				requests[i] = r
			}
			s.pass.ExportObjectFact(fn, &requestsFact{Requests: requests, Keeps: s.keptParams(fn)})
			wrappers = true
			if path, err := objectpath.For(fn); err == nil && isMethod(fn) {
				s.requestMethods = append(s.requestMethods, MethodRef{Name: fn.Name(), Path: string(path)})
			}
		}
		s.exportDispatch(fn, &exported, copied)
		s.exportKeyed(fn)
		s.exportEditor(fn)
		s.exportOption(fn, appliesOptions)
		s.exportCallbacks(fn, passed)
		routes := s.builtRoute(fn)
		variadic, variadicAlts := s.variadicRoutes(fn)
		var specialized []Specialization
		if len(routes) != 1 {
			// Routes for an enum's constants, where a call passes
			// one, before the summary of them all (a switch on the
			// receiver, every case's route).
			specialized = s.specializations(fn)
		}
		if inputs := s.exportCode(fn, routes == nil && variadic == nil && variadicAlts == nil); inputs != nil {
			templates[fn] = append(templates[fn], inputs...)
		}
		later := s.laterResults(fn)
		if routes != nil || variadic != nil || variadicAlts != nil || specialized != nil || later != nil {
			fact := &routeFact{Variadic: variadic, VariadicAlternatives: variadicAlts, Specialized: specialized, Later: later, Deferred: s.returnedDeferred(fn, routes)}
			if len(routes) == 1 {
				fact.Route = routes[0]
			} else {
				fact.Alternatives = routes
			}
			s.pass.ExportObjectFact(fn, fact)
			wrappers, builders = true, true
		}
	}
	if s.exportEffects(templates, passed) {
		// A descriptor's constructor (rcapi.Whoami() returning
		// Req{Method, Path}) builds its importers' routes.
		builders = true
	}
	s.exportGlobals()
	s.exportHeldFields()
	s.exportLists()
	s.exportListFields()
	return exported.links, wrappers, builders
}

// genericOnRingCentral reports whether a request to a server known only
// at run time (or a bare path, sent to a base URL) has a path that is a
// RingCentral operation needing a permission, under a root other servers
// have too (/scim/v2/...): it may go to RingCentral.
func genericOnRingCentral(r RequestTemplate) bool {
	if len(r.URL) == 0 || !r.URL[0].Unknown && !strings.HasPrefix(r.URL[0].Lit, "/") {
		return false // an absolute URL: its server is known
	}
	path := strings.TrimPrefix(r.URL.render(), "{}")
	if !strings.HasPrefix(path, "/") {
		return false
	}
	m := permissions.Classify(r.Method.render(), sdkServer+path)
	return resolved(m) && m.Requires != 0 // one that needs no permission changes no advice
}

// emptySegment reports whether the path of a URL has an empty segment
// inside it ("/account//extension").
func emptySegment(v Value) bool {
	u := withoutQuery(v.render())
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		if j := strings.IndexByte(u, '/'); j >= 0 {
			u = u[j:]
		}
	}
	// A doubled slash after the server, known or not (a base ending in
	// "/" joined to a rooted path), is no blank ID.
	u = strings.TrimPrefix(u, "{}")
	return strings.Contains(strings.TrimLeft(u, "/"), "//")
}

// pos is where a site is reported.
func (st site) pos() token.Pos { return st.at.Pos() }

// paramsAreInnerSegments reports whether each parameter in v fills a whole
// path segment between two others ("/extension/" + id + "/call-log"): it
// can be an ID, not a path of its own; or is the server before a path
// only RingCentral serves.
func paramsAreInnerSegments(v Value) bool {
	for i, p := range v {
		if !p.IsParam {
			continue
		}
		if i == 0 && len(v) > 1 && isLit(v[1]) && permissions.OwnRoot(v[1].Lit) {
			continue // a server before RingCentral's own path: no server makes it an operation
		}
		if i == 0 || i == len(v)-1 || !isLit(v[i-1]) || !isLit(v[i+1]) ||
			!strings.HasSuffix(v[i-1].Lit, "/") || !strings.HasPrefix(v[i+1].Lit, "/") {
			return false
		}
	}
	return true
}
