package driver

import "github.com/rcperm/rcperm/analyzer"

// Subscriptions returns the event filters and transports of the
// subscriptions the root packages create, each once.
func (r *Run) Subscriptions() []analyzer.SubscriptionNeed {
	return fromRoots(r, func(res *analyzer.Result) []analyzer.SubscriptionNeed { return res.Subscriptions },
		func(sub analyzer.SubscriptionNeed) string {
			return r.Fset.Position(sub.Pos).String() + "\x00" + sub.What
		})
}
