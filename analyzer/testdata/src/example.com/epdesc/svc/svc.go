package svc // want package:`needs\(\[EditPresence, ReadCallLog, SMS\]\) wrappers=false module=""`

// svc runs the descriptors through the generic helper.

import (
	"context"

	"example.com/epdesc/api"
)

func Sync(ctx context.Context, c *api.Client) {
	api.Call(ctx, c, api.ListCallLog, api.CallLogQuery{Account: "~", Extension: "~"})
	api.Call(ctx, c, api.SendSMS, api.SMS{To: "+15550100"})
	api.Call(ctx, c, api.UpdatePresence, "~")
	api.Call(ctx, c, api.Status, "")
}
