package analyzer

import (
	"go/ast"
	"go/types"
	"strings"
)

// Event filters through an interface. A service subscribes through a port
// its package declares, and main wires the adapter in:
//
//	var EventFilters = []string{"/restapi/v1.0/account/~/telephony/sessions"}
//	func (s *Service) Start(ctx context.Context) error {
//		_, err := s.Events.Subscribe(ctx, s.webhook, EventFilters)
//		...
//	}
//
// The adapter's Subscribe is a filter forwarder (subscription_forward.go),
// but the service's package sees no implementation of the port, and the
// adapter's package sees no call. The call's package lists it in its
// package fact (FilterCall), with the filters its list holds there; a
// package that imports it and converts a value to the interface checks
// those filters at the conversion, when the value's method is a forwarder
// of that parameter, and resolves the forwarder's list there: as a
// late-bound request is resolved where the program wires its callee
// (field_calls.go).

// maxFilterCalls bounds the filter calls a package fact carries.
const maxFilterCalls = 32

// A FilterCall is a call through a value of an exported named interface
// that passes a list of strings holding event filters.
type FilterCall struct {
	// Named is the interface, "pkgpath.Name"; Method the method, and
	// Iface the interface's method set as methodKey writes it.
	Named, Method string
	Iface         []string
	// Index is the list's parameter, the receiver aside.
	Index int
	// Filters are the list's filters as rcperm reads them ("{}" for a
	// part computed at run time; "{}" alone for one it cannot read).
	Filters []string
}

// recordFilterCall lists an interface call of the package whose list
// argument holds event filters, for the packages that wire in an
// implementation. A list a parameter of the caller gives is its callers'
// to tell, and is not listed.
func (sf *subscriptionFinder) recordFilterCall(call *ast.CallExpr) {
	s := sf.scan
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(s.filterCalls) == maxFilterCalls {
		return
	}
	named := exportedInterface(s.pass.TypesInfo.TypeOf(sel.X))
	iface, ok := invokedInterface(s.pass.TypesInfo.Selections[sel])
	if named == "" || !ok {
		return
	}
	sig, ok := s.pass.TypesInfo.TypeOf(sel).(*types.Signature)
	if !ok {
		return
	}
	args := callArgs(s.pass.TypesInfo, call)
	for i := range min(sig.Params().Len(), len(args)) {
		if !isStringList(sig.Params().At(i).Type()) {
			continue
		}
		filters := sf.listedFilters(args[i])
		if len(filters) == 0 {
			continue
		}
		s.filterCalls = append(s.filterCalls, FilterCall{Named: named, Method: sel.Sel.Name, Iface: interfaceKey(iface), Index: i, Filters: filters})
	}
}

// listedFilters returns the filters a list holds as rcperm reads them,
// when one at least is an event filter; nil for a list a parameter of
// the function gives.
func (sf *subscriptionFinder) listedFilters(list ast.Expr) []string {
	parts := &listParts{}
	sf.reading = parts
	elems := sf.elements(list, map[*types.Var]bool{})
	sf.reading = nil
	if len(parts.params) > 0 {
		return nil
	}
	items := elementItems(elems, false)
	for _, x := range parts.unread {
		if more, ok := sf.flowFilters(x, false); ok {
			items = append(items, more...)
		}
	}
	if len(elems) == 0 {
		items, _ = sf.flowFilters(list, false)
	}
	var out []string
	filters := false
	for _, it := range items {
		out = append(out, it.filter)
		filters = filters || strings.HasPrefix(it.filter, "/")
	}
	if !filters {
		return nil
	}
	return out
}

// upstreamFilterItems returns the filters of the filter calls of the
// package's imports, each checked at the package's conversion of a value
// whose method forwards the call's list: where the program decides that
// the call subscribes. The forwarder's list is resolved there.
func (s *packageScan) upstreamFilterItems() []subscriptionItem {
	var items []subscriptionItem
	for _, fc := range s.upstreamFilters {
		for _, c := range s.convSites {
			if c.iface != fc.Named {
				continue
			}
			fn := s.convertedMethod(c, fc.Method, fc.Iface)
			if fn == nil {
				continue
			}
			for _, p := range s.filterParams(fn.Origin()) {
				if p.Index != fc.Index {
					continue
				}
				s.resolvedLate[p.ID] = true
				for _, f := range fc.Filters {
					if it, ok := filterText(c.expr, f); ok {
						it.sdk = p.SDK
						items = append(items, it)
					} else if f == "{}" {
						items = append(items, subscriptionItem{node: c.expr, filter: f, unresolved: true, sdk: p.SDK})
					}
				}
			}
		}
	}
	return items
}
