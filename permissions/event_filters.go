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
	// ReadPresence). The spec's alone when the page names none; when
	// neither names an app permission, the one every GET of the filter's
	// API family needs (TeamMessaging for /team-messaging/v1/posts). Empty
	// when the spec declares that the filter's GET needs none (NeedsNone),
	// or when nothing says what the filter needs (PermissionUnknown).
	AnyOf Set
	// Basis says where AnyOf comes from: "page", "spec", "page,spec",
	// "family:/team-messaging/v1" (the API family's permission), "none"
	// (the spec declares none) or "unknown".
	Basis string
	// Documented is the permission the page names, as the page spells it,
	// even when it is no app permission rcperm knows (UnifiedAppDesktop);
	// "" when the page names none.
	Documented string
	// SpecOperation is the operationId of the spec's GET of the filter's
	// path, or of the GET the spec ties the filter's event to; "" for none.
	SpecOperation string

	segments []string // Template split, "~" read as a parameter
}

// NeedsNone reports whether the spec declares that the filter needs no app
// permission.
func (f *EventFilter) NeedsNone() bool { return f.Basis == "none" }

// PermissionUnknown reports whether nothing says what the filter needs:
// neither its page nor the spec names an app permission, and its API
// family's GETs need different ones. Such a filter is not satisfied by any
// grant: rcperm reports it rather than pass it.
func (f *EventFilter) PermissionUnknown() bool { return f.AnyOf == 0 && !f.NeedsNone() }

// SatisfiedBy reports whether an app holding granted may subscribe to the
// filter; false for a filter whose permission is unknown.
func (f *EventFilter) SatisfiedBy(granted Set) bool {
	if f.AnyOf == 0 {
		return f.NeedsNone()
	}
	return granted.Grants()&f.AnyOf != 0
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
	err := eachRow(text, 7, func(line int, f []string) error {
		ef := &EventFilter{Template: f[0], Documented: undash(f[3]), SpecOperation: undash(f[4]), Basis: f[6]}
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

// PermissionUnknown reports whether rcperm cannot tell what a filter
// RingCentral has needs: a documented filter nothing names a permission
// for (EventFilter.PermissionUnknown), or an operation filter whose
// candidate operations need different permissions. An unknown filter is not
// one of these: it is no filter at all.
func (m FilterMatch) PermissionUnknown() bool {
	switch m.Verdict {
	case DocumentedFilter:
		return m.Filter.PermissionUnknown()
	case OperationFilter:
		if m.Operation.Verdict != Ambiguous {
			return false
		}
		for _, op := range m.Operation.Candidates {
			if op.Requires != m.Operation.Candidates[0].Requires {
				return true
			}
		}
	}
	return false
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
