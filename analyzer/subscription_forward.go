package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"path/filepath"

	"golang.org/x/tools/go/types/typeutil"
)

// A filter forwarder is a function that puts a list of event filters one
// of its parameters holds into a subscription's eventFilters, as a request
// forwarder puts one into a URL: its callers tell the filters. A client
// library's CreateWebhook(ctx, filters, address) or Subscribe(ctx,
// filters ...string) is one, called from the app's packages.
//
// Only a function other packages can call is one (exported, not of a
// command): the value flow reads the lists the package's own calls give
// an unexported function's parameter. The forwarder's list is checked at
// each static call, in any package (its object fact, filtersFact): the
// list the call passes, read as if written at the field, each filter
// reported at the call's argument (or at the element, for a variadic
// parameter's elements written at the call). A caller that passes a
// parameter of its own is a forwarder in turn, so chains across packages
// work; a list the call cannot read is an unresolved item there.
//
// A forwarder no call of its package reaches is where its list stays
// unresolved, counted and not reported: its callers, if any, are in
// packages not in sight. This is the policy of late-bound calls
// (latebound.go), not that of request forwarders, which count an exported
// forwarder nowhere: the list carries an ID in the fact, each package
// that reads it at a call resolves the ID (Result.ResolvedLate), and the
// standalone driver, which sees the whole program, drops it then. A
// library analyzed alone thus still counts the filters it cannot tell,
// and an app analyzed with its library counts none in it. Under go vet
// and golangci-lint each package judges alone. A forwarder the package
// may call without naming it (taken as a value, or a method an interface
// call of the package may reach) is unresolved at its list for good: no
// call reads those lists.

// filterForward is a parameter of a filter forwarder of the package.
type filterForward struct {
	FilterParam
	at ast.Expr // the list where the forwarder writes it
}

// listParts is what a filter forwarder's list holds that the syntactic
// walker does not read: the function's parameters (by index), and the
// expressions it cannot follow (a package-level variable, a call of
// another package's function), which the value flow reads.
type listParts struct {
	params []int
	// paramExprs are where the list reads the parameters.
	paramExprs []ast.Expr
	unread     []ast.Expr
}

// noteVar notes a variable met in a forwarder's list: a parameter of the
// function, or one the function does not declare.
func (lp *listParts) noteVar(sf *subscriptionFinder, x *ast.Ident, v *types.Var) {
	if lp == nil {
		return
	}
	fn := sf.fn()
	if fn == nil {
		return
	}
	params := fn.Signature().Params()
	for i := range params.Len() {
		if params.At(i) == v {
			if sf.depth > 0 {
				// A parameter of a function the list is built in:
				// what its calls pass, through the value flow.
				lp.unread = append(lp.unread, x)
				return
			}
			lp.params = append(lp.params, i)
			lp.paramExprs = append(lp.paramExprs, x)
			return
		}
	}
	if v.Pos() < sf.decl.Pos() || v.Pos() >= sf.decl.End() {
		lp.unread = append(lp.unread, x)
	}
}

// noteCall notes a call in a forwarder's list whose result the walker
// does not read: one of no function of the package, nor a builtin.
func (lp *listParts) noteCall(sf *subscriptionFinder, call *ast.CallExpr) {
	if tv := sf.scan.pass.TypesInfo.Types[call.Fun]; lp == nil || tv.IsBuiltin() || tv.IsType() && isNil(sf.scan.pass.TypesInfo, call.Args[0]) {
		return // append's, or a conversion of nil: no element
	}
	if fn := typeutil.StaticCallee(sf.scan.pass.TypesInfo, call); fn != nil && sf.scan.decls[fn.Origin()] != nil {
		return
	}
	lp.unread = append(lp.unread, call)
}

// isCloneCall reports whether call is slices.Clone(list), whose elements
// are list's.
func isCloneCall(info *types.Info, call *ast.CallExpr) bool {
	fn := typeutil.StaticCallee(info, call)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "slices" && fn.Name() == "Clone" && len(call.Args) == 1
}

// forwardable reports whether another package may call fn, so that its
// callers may tell a list a parameter holds.
func (s *packageScan) forwardable(fn *types.Func) bool {
	return fn != nil && fn.Exported() && s.pass.Pkg.Name() != "main"
}

// forwardedList reads a list a function other packages can call puts in
// eventFilters, when its parameters give some of it: the function is a
// filter forwarder for them, and the items are those of the rest (read by
// the walker, or by the value flow where the walker cannot). ok is false
// when no parameter gives any: the list is read as any other.
func (sf *subscriptionFinder) forwardedList(list ast.Expr, sdk bool) (items []subscriptionItem, ok bool) {
	fn := sf.fn()
	if sf.depth > 0 || !sf.scan.forwardable(fn) {
		return nil, false
	}
	parts := &listParts{}
	sf.reading = parts
	elems := sf.elements(list, map[*types.Var]bool{})
	sf.reading = nil
	if len(parts.params) == 0 {
		return nil, false
	}
	for _, i := range parts.params {
		sf.scan.addFilterForward(fn, filterForward{FilterParam: FilterParam{Index: i, SDK: sdk}, at: list})
	}
	items = elementItems(elems, sdk)
	for _, x := range parts.unread {
		if more, ok := sf.flowFilters(x, sdk); ok {
			items = append(items, more...)
		} else {
			items = append(items, subscriptionItem{node: x, filter: "{}", unresolved: true, sdk: sdk})
		}
	}
	return items, true
}

// addFilterForward records a parameter of fn that holds event filters,
// once, with the ID of the list where fn writes it.
func (s *packageScan) addFilterForward(fn *types.Func, f filterForward) {
	for _, g := range s.filterForwards[fn] {
		if g.Index == f.Index {
			return
		}
	}
	p := s.pass.Fset.Position(f.at.Pos())
	f.ID = fmt.Sprintf("%s/%s:%d:%d", s.pass.Pkg.Path(), filepath.Base(p.Filename), p.Line, p.Column)
	s.filterForwards[fn] = append(s.filterForwards[fn], f)
	s.filterForwardCount++
}

// filterParams returns the parameters of fn that hold event filters: the
// package's forwarders' own, or another package's from its fact.
func (s *packageScan) filterParams(fn *types.Func) []FilterParam {
	if fn.Pkg() == s.pass.Pkg {
		var out []FilterParam
		for _, f := range s.filterForwards[fn] {
			out = append(out, f.FilterParam)
		}
		return out
	}
	var fact filtersFact
	if s.pass.ImportObjectFact(fn, &fact) {
		return fact.Lists
	}
	return nil
}

// maxForwardRounds bounds the passes over the package's calls that find
// its forwarders of forwarders (a caller passing its own parameter on).
const maxForwardRounds = 8

// forwardedFilters returns the filter items of the package's calls of
// filter forwarders, and the lists of its forwarders no such call reads.
func (s *packageScan) forwardedFilters() []subscriptionItem {
	type forwardCall struct {
		call   *ast.CallExpr
		callee *types.Func
		in     *subscriptionFinder
	}
	var calls []forwardCall
	s.eachDecl(func(_ ast.Decl, sf *subscriptionFinder) {
		if sf == nil {
			return
		}
		ast.Inspect(sf.decl.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if fn := typeutil.StaticCallee(s.pass.TypesInfo, call); fn != nil {
				if takesList(fn) {
					calls = append(calls, forwardCall{call, fn.Origin(), sf})
				}
				return true
			}
			// An interface's method: each implementation the package
			// and the facts know may be a forwarder (a repository's
			// Create(ctx, filters, address), a decorator of it).
			if callees, ok := s.interfaceCallees(call); ok {
				for _, fn := range callees {
					if takesList(fn) {
						calls = append(calls, forwardCall{call, fn.Origin(), sf})
					}
				}
				sf.recordFilterCall(call)
			}
			return true
		})
	})
	if len(calls) == 0 && len(s.filterForwards) == 0 {
		return s.upstreamFilterItems()
	}
	// A caller that becomes a forwarder makes its own calls count: read
	// the calls again until no forwarder is added.
	var items []subscriptionItem
	called := map[*types.Func]bool{}
	for range maxForwardRounds {
		before := s.filterForwardCount
		items = items[:0]
		for _, c := range calls {
			for _, p := range s.filterParams(c.callee) {
				called[c.callee] = true
				items = append(items, c.in.forwardedCall(c.call, c.callee, p)...)
			}
		}
		if s.filterForwardCount == before {
			break
		}
	}
	items = append(items, s.unreadForwards(called)...)
	return append(items, s.upstreamFilterItems()...)
}

// takesList reports whether fn has a parameter that may hold event
// filters: a []string, or a variadic string.
func takesList(fn *types.Func) bool {
	params := fn.Signature().Params()
	for i := range params.Len() {
		if sl, ok := params.At(i).Type().Underlying().(*types.Slice); ok && isStringType(sl.Elem()) {
			return true
		}
	}
	return false
}

// forwardedCall returns the filter items of the list a call passes for a
// forwarder's parameter p: the variadic elements written at the call, or
// the list read as if written at the field. The call resolves the
// forwarder's list.
func (sf *subscriptionFinder) forwardedCall(call *ast.CallExpr, callee *types.Func, p FilterParam) []subscriptionItem {
	sf.scan.resolvedLate[p.ID] = true
	args := callArgs(sf.scan.pass.TypesInfo, call)
	sig := callee.Signature()
	if sig.Variadic() && p.Index == sig.Params().Len()-1 && !call.Ellipsis.IsValid() {
		var elems []element
		for i := p.Index; i < len(args); i++ {
			elems = append(elems, element{args[i], sf})
		}
		return elementItems(elems, p.SDK)
	}
	if p.Index >= len(args) {
		return nil
	}
	return sf.filters(args[p.Index], p.SDK)
}

// unreadForwards returns the lists of the package's forwarders that no
// call of the package reads: counted where the forwarder writes them,
// until a package that calls it resolves them; unresolved for good when a
// call the package does not name may reach the forwarder.
func (s *packageScan) unreadForwards(called map[*types.Func]bool) []subscriptionItem {
	var items []subscriptionItem
	for _, fn := range s.funcs {
		fwds := s.filterForwards[fn]
		if len(fwds) == 0 {
			continue
		}
		d := s.dynamicCalls()
		dynamic := d.taken[fn] || isMethod(fn) && d.methods[fn.Name()]
		for _, f := range fwds {
			switch {
			case dynamic:
				items = append(items, subscriptionItem{node: f.at, filter: "{}", unresolved: true, sdk: f.SDK})
			case !called[fn]:
				items = append(items, subscriptionItem{node: f.at, filter: "{}", unresolved: true, late: f.ID})
			}
		}
	}
	return items
}

// exportFilterFacts publishes the package's filter forwarders, and
// reports whether it has any: its importers have calls to read.
func (s *packageScan) exportFilterFacts() bool {
	any := false
	for _, fn := range s.funcs {
		if fwds := s.filterForwards[fn]; len(fwds) > 0 {
			fact := &filtersFact{}
			for _, f := range fwds {
				fact.Lists = append(fact.Lists, f.FilterParam)
			}
			s.pass.ExportObjectFact(fn, fact)
			any = true
		}
	}
	return any
}
