package main

import (
	"fmt"
	"io"
	"slices"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/clip"
	"github.com/rcperm/rcperm/internal/driver"
	"github.com/rcperm/rcperm/permissions"
)

// addSubscriptionUses adds to a manifest's uses the permissions the
// subscriptions' filters and transports need. A filter that either of two
// permissions satisfies takes one the requests need already, or else the
// spec's.
func addSubscriptionUses(run *driver.Run, uses map[permissions.Permission][]use, needed *permissions.Set) {
	subs := run.Subscriptions()
	requires := make([]permissions.Set, len(subs))
	for i, sub := range subs {
		requires[i] = sub.Requires
		if held := sub.AnyOf & needed.Grants(); held != 0 {
			requires[i] = sub.AllOf | held
		}
	}
	for i, sub := range subs {
		*needed |= requires[i]
		for _, p := range requires[i].Permissions() {
			uses[p] = append(uses[p], newUse(run, sub.What, sub.Pos))
		}
	}
}

// writeSubscriptionExplanation lists the filters and transports that need
// perm, and returns how many.
func writeSubscriptionExplanation(w io.Writer, run *driver.Run, perm permissions.Permission) int {
	subs := run.Subscriptions()
	slices.SortStableFunc(subs, func(a, b analyzer.SubscriptionNeed) int {
		return driver.ComparePositions(run.Fset.Position(a.Pos), run.Fset.Position(b.Pos))
	})
	n := 0
	for _, sub := range subs {
		if !(sub.AnyOf | sub.AllOf).Has(perm) {
			continue
		}
		n++
		fmt.Fprintf(w, "%s: %s needs %s\n", shownPath(run.Fset.Position(sub.Pos).String()), clip.Route(sub.What), sub.Needs())
	}
	return n
}
