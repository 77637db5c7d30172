package jobs // want package:`needs\(\[ReadAccounts, ReadCallLog, ReadPresence\]\) wrappers=false module=""`

// Package jobs hands the worker's Do to a stage of another package with
// descriptors it writes itself: whatever the stage passes, a descriptor's
// Route holds what the stores into it hold, so each store is a request,
// checked where it is written.

import (
	"context"
	"net/http"

	"example.com/handoff/pipe"
	"example.com/handoff/rc"
)

var reads = []rc.Request{
	{Route: "/restapi/v1.0/account/~/call-log"},
	{Route: "/restapi/v1.0/account/~/extension/~/presence"}, // want `GET /restapi/v1\.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
}

func Run(ctx context.Context) error {
	w := &rc.Worker{HC: http.DefaultClient}
	return pipe.Each(ctx, reads, w.Do)
}
