package mid // want package:`needs\(\[CallControl, ReadPresence, SubscriptionWebhook\]\) wrappers=true module=""`

// Package mid passes its callers' filters on to lib: a forwarder of a
// forwarder.

import (
	"context"

	"subsfwd/lib"
)

// Hook forwards the list to lib's CreateWebhook.
func Hook(ctx context.Context, c *lib.Client, filters []string) error { // want Hook:`filters\(2\)` Hook:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)`
	return c.CreateWebhook(ctx, filters, "https://example.com/hook")
}
