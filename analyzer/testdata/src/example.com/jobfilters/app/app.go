package app // want package:`needs\(\[ReadCallLog, ReadPresence, SubscriptionWebhook\]\) wrappers=true module=""`

import (
	"context"

	"example.com/jobfilters/jobs"
	"example.com/jobfilters/runner"
)

func Run(ctx context.Context, hook string) error { // want Run:`requests\(POST https://platform\.ringcentral\.com/restapi/v1\.0/subscription\)`
	runner.Print(&jobs.Report{Topics: []string{"/restapi/v1.0/account/~/extension/~/message-store"}})
	return runner.Subscribe(ctx, &jobs.Subscribe{
		EventFilters: []string{
			"/restapi/v1.0/account/~/extension/~/presence", // want `event filter /restapi/v1\.0/account/~/extension/~/presence needs \[ReadPresence\]`
			"/restapi/v1.0/account/~/call-log",
		},
		Address: hook,
	})
}
