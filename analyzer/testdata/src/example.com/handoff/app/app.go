package app // want package:`needs\(\[ReadAccounts\]\) wrappers=false module=""`

import (
	"context"
	"net/http"

	"example.com/handoff/pipe"
	"example.com/handoff/rc"
)

// Run hands the worker's methods to a pipeline stage of another package:
// their requests are accounted where they are handed off.
func Run(ctx context.Context, reqs []rc.Request) error {
	w := &rc.Worker{HC: http.DefaultClient}
	if err := pipe.Each(ctx, reqs, w.Extension); err != nil {
		return err
	}
	return pipe.Each(ctx, reqs, w.Do) // want `GET /\{\}`
}
