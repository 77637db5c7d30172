package permissions

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// EventFilter is one of the event filters RingCentral documents: a resource
// path an app subscribes to (the eventFilters of POST
// /restapi/v1.0/subscription), which needs the permission of the resource it
// watches.
type EventFilter struct {
	// Template is the filter's path as the documentation writes it, for
	// example "/restapi/v1.0/account/{accountId}/extension/{extensionId}/presence".
	// A "{name}" segment, and a "~" where the page writes one, match any ID.
	Template string
	// QueryParams are the filter's documented query parameters
	// ("detailedTelephonyState"). A filter string's query does not change
	// its permission.
	QueryParams []string
	// AnyOf holds the permissions any one of which satisfies the filter: the
	// documentation page's and, where the spec's operation of the same path
	// needs another, that one too (account presence: ReadAccounts or
	// ReadPresence). The spec's alone when the page names none. Empty when
	// neither names a known app permission.
	AnyOf Set
	// Documented is the permission the page names, as the page spells it,
	// even when it is no app permission rcperm knows (UnifiedAppDesktop);
	// "" when the page names none.
	Documented string
	// SpecOperation is the operationId of the spec's GET of the filter's
	// path, or of the GET the spec ties the filter's event to; "" for none.
	SpecOperation string

	segments []string // Template split, "~" read as a parameter
}

// SatisfiedBy reports whether an app holding granted may subscribe to the
// filter.
func (f *EventFilter) SatisfiedBy(granted Set) bool {
	return f.AnyOf == 0 || granted.Grants()&f.AnyOf != 0
}

//go:embed event_filters.tsv
var eventFiltersTSV string

var loadEventFilters = sync.OnceValue(func() []*EventFilter {
	filters, err := parseEventFilters(eventFiltersTSV)
	if err != nil {
		panic("permissions: embedded event_filters.tsv: " + err.Error())
	}
	return filters
})

func parseEventFilters(text string) ([]*EventFilter, error) {
	var filters []*EventFilter
	err := eachRow(text, 6, func(line int, f []string) error {
		ef := &EventFilter{Template: f[0], Documented: undash(f[3]), SpecOperation: undash(f[4])}
		if q := undash(f[1]); q != "" {
			ef.QueryParams = strings.Split(q, ",")
		}
		if any := undash(f[2]); any != "" {
			var names []Permission
			for _, n := range strings.Split(any, ",") {
				names = append(names, Permission(n))
			}
			s, unknown := SetOf(names...)
			if len(unknown) > 0 {
				return fmt.Errorf("line %d: unknown permission %s", line, unknown[0])
			}
			ef.AnyOf = s
		}
		ef.segments = strings.Split(strings.Trim(ef.Template, "/"), "/")
		for i, seg := range ef.segments {
			if seg == "~" {
				// The page's "~" stands for the caller's own ID: any ID.
				ef.segments[i] = "{~}"
			}
		}
		filters = append(filters, ef)
		return nil
	})
	return filters, err
}

// EventFilters returns every documented event filter, in the
// documentation's order. The result is shared: do not modify it.
func EventFilters() []*EventFilter { return loadEventFilters() }

// FilterVerdict is what LookupEventFilter concluded about a filter string.
type FilterVerdict uint8

const (
	// UnknownFilter: no documented filter and no operation has the filter's
	// path, so RingCentral rejects it (400 SUB-508 "Invalid event
	// filters"). FilterMatch.Nearest suggests a documented filter.
	UnknownFilter FilterVerdict = iota
	// DocumentedFilter: one of the documented filters, FilterMatch.Filter.
	DocumentedFilter
	// OperationFilter: no documented filter, but the path of an operation
	// (FilterMatch.Operation, a Lookup of the filter as a GET: Found,
	// Ambiguous or Deprecated), whose permissions the filter needs, as
	// RingCentral's filters of undocumented resources do.
	OperationFilter
)

func (v FilterVerdict) String() string {
	switch v {
	case DocumentedFilter:
		return "documented filter"
	case OperationFilter:
		return "operation filter"
	}
	return "unknown filter"
}

// FilterMatch is the answer of LookupEventFilter.
type FilterMatch struct {
	Verdict FilterVerdict
	// Filter is the documented filter (DocumentedFilter).
	Filter *EventFilter
	// Operation is the lookup of the filter's path as a GET
	// (OperationFilter).
	Operation Match
	// Nearest is the documented filter the string most likely meant
	// (UnknownFilter).
	Nearest *EventFilter
}

// AnyOf is the set of permissions any one of which lets an app subscribe to
// the filter: the documented filter's AnyOf, or what the operation requires.
// It is empty for an unknown filter, and for an operation filter whose
// candidates need different permissions.
func (m FilterMatch) AnyOf() Set {
	switch m.Verdict {
	case DocumentedFilter:
		return m.Filter.AnyOf
	case OperationFilter:
		return m.Operation.Requires
	}
	return 0
}

// LookupEventFilter tells which event filter a filter string is. filter is
// what the program puts in eventFilters: a path, with or without a query
// ("?detailedTelephonyState=true", which does not change the permission),
// whose IDs may be "~", literal IDs or parts computed at run time written
// "{...}", matched as Lookup matches them. A filter string that is no
// documented filter is looked up as a GET of the same path, since
// RingCentral's filters are resource paths; one that is neither is unknown.
func LookupEventFilter(filter string) FilterMatch {
	var r route
	if !parseRoute(filter, &r) || r.host == hostOther || r.n == 0 {
		return FilterMatch{Nearest: nearestFilter(&r)}
	}
	var best *EventFilter
	bestLiterals := -1
	for _, ef := range loadEventFilters() {
		if literals, ok := filterMatches(&r, ef.segments); ok && literals > bestLiterals {
			best, bestLiterals = ef, literals
		}
	}
	if best != nil {
		return FilterMatch{Verdict: DocumentedFilter, Filter: best}
	}
	switch m := lookup("GET", filter, false); m.Verdict {
	case Found, Ambiguous, Deprecated:
		return FilterMatch{Verdict: OperationFilter, Operation: m}
	}
	return FilterMatch{Nearest: nearestFilter(&r)}
}

// filterMatches reports whether the route is the filter template and how
// many of the template's segments it matched as literals: the more, the
// more specific the filter.
func filterMatches(r *route, tsegs []string) (literals int, ok bool) {
	if r.n != len(tsegs) {
		return 0, false
	}
	for i, t := range tsegs {
		switch {
		case isParam(t):
		case r.segs[i].matchesLiteral(t):
			literals++
		default:
			return 0, false
		}
	}
	return literals, true
}

// nearestFilter is the documented filter closest to the route, ranked as
// Lookup ranks operations.
func nearestFilter(r *route) *EventFilter {
	var best *EventFilter
	var bestRank templateRank
	for _, ef := range loadEventFilters() {
		if rank := rankTemplate(r, ef.segments, 0); best == nil || rank.better(bestRank) {
			best, bestRank = ef, rank
		}
	}
	return best
}
