package driver

import "github.com/rcperm/rcperm/analyzer"

// Subscriptions returns the event filters and transports of the
// subscriptions the root packages create, each once.
func (r *Run) Subscriptions() []analyzer.SubscriptionNeed {
	var out []analyzer.SubscriptionNeed
	seen := map[string]bool{}
	for _, pr := range r.roots {
		if pr.result == nil {
			continue
		}
		for _, sub := range pr.result.Subscriptions {
			key := r.Fset.Position(sub.Pos).String() + "\x00" + sub.What
			if !seen[key] {
				seen[key] = true
				out = append(out, sub)
			}
		}
	}
	return out
}
