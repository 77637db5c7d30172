package analyzer

import (
	"go/ast"

	"go/token"

	"github.com/rcperm/rcperm/permissions"
)

// A SubscriptionNeed is an event filter or delivery transport of a
// subscription the program creates, and what it needs of the app.
type SubscriptionNeed struct {
	Pos token.Pos
	// What names it: "event filter /restapi/v1.0/account/~/presence",
	// "subscription transport WebHook".
	What string
	// AnyOf are the permissions any one of which it needs (where
	// RingCentral's documentation and spec disagree, both); AllOf those it
	// needs all of.
	AnyOf, AllOf permissions.Set
	// Requires is what a minimal manifest grants for it: AllOf and, of
	// AnyOf, the spec's permission.
	Requires permissions.Set
}

// Needs shows what it needs, as findings do: "either of [ReadAccounts or
// ReadPresence]" where any one of several permissions satisfies it.
func (n SubscriptionNeed) Needs() string { return needsText(n.AnyOf, n.AllOf) }

func newSubscriptionNeeds(items []subscriptionItem) []SubscriptionNeed {
	var out []SubscriptionNeed
	for _, it := range items {
		if it.needs() == 0 {
			continue
		}
		what := "subscription transport " + it.transport
		if it.transport == "" {
			what = "event filter " + it.filter
		}
		out = append(out, SubscriptionNeed{Pos: it.node.Pos(), What: what, AnyOf: it.anyOf, AllOf: it.allOf, Requires: it.allOf | specChoice(it)})
	}
	return out
}

// specChoice is the permission of the filter's AnyOf a minimal manifest
// grants: the spec's, which is the one besides the documentation page's
// where they disagree.
func specChoice(it subscriptionItem) permissions.Set {
	if it.anyOf.Len() <= 1 {
		return it.anyOf
	}
	documented, _ := permissions.SetOf(permissions.Permission(it.match.Filter.Documented))
	if rest := it.anyOf &^ documented; rest != 0 {
		one, _ := permissions.SetOf(rest.Permissions()[0])
		return one
	}
	return it.anyOf
}

// withoutEventFilters drops the route constants that are a subscription's
// event filters: a filter names a resource to watch, not a request, so it
// is checked as a filter and is no route left unfollowed.
func withoutEventFilters(routes []Route, subs []SubscriptionNeed) []Route {
	filters := map[token.Pos]bool{}
	for _, n := range subs {
		filters[n.Pos] = true
	}
	out := routes[:0]
	for _, r := range routes {
		if !filters[r.Pos] {
			out = append(out, r)
		}
	}
	return out
}

// splitUnresolved parts the event filters rcperm cannot tell from the
// items it checks: each is an unresolved request, a finding when the
// subscription body is the RingCentral SDK's.
func splitUnresolved(items []subscriptionItem) ([]subscriptionItem, []site) {
	var checked []subscriptionItem
	var unresolved []site
	for _, it := range items {
		x, ok := it.node.(ast.Expr)
		if !it.unresolved || !ok {
			checked = append(checked, it)
			continue
		}
		unresolved = append(unresolved, site{
			at:     x,
			req:    RequestTemplate{Method: lit("POST"), URL: lit(subscriptionPath)},
			gap:    permissions.Gap{Kind: permissions.GapPath, RingCentral: it.sdk, PathKnown: true},
			filter: it.filter,
			late:   it.late,
		})
	}
	return checked, unresolved
}

// subscriptionPath is the route that creates a subscription.
const subscriptionPath = "/restapi/v1.0/subscription"
