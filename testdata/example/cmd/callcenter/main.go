// Command callcenter is rcperm's example app: a job that exports the call
// log, texts a supervisor and cleans up.
package main

import (
	"bytes"
	"context"
	"log"
	"net/http"

	"github.com/acme/rcwrap"
	ringcentral "github.com/grokify/go-ringcentral-client/office/v1/client"
	rcgo "github.com/ringcentral/ringcentral-go"

	"example.com/callcenter/calllog"
	"example.com/callcenter/rc"
)

func main() {
	ctx := context.Background()
	c := &rc.Client{Server: "https://platform.ringcentral.com", HTTP: http.DefaultClient}
	if err := calllog.Export(ctx, c, "42"); err != nil {
		log.Fatal(err)
	}

	sdk := ringcentral.NewAPIClient(ringcentral.NewConfiguration())
	sdk.CallLogApi.SyncAccountCallLog(ctx, "~", nil)
	sdk.MessagesApi.SendSMS(ctx, "~", "~", ringcentral.CreateSmsMessage{})

	rest := rcgo.RestClient{Server: "https://platform.ringcentral.com"}
	rest.Get("/restapi/v1.0/account/~/active-call")
	rest.Post("/restapi/v1.0/account/~/extension/~/sms", bytes.NewReader(nil))

	calllog.Purge(ctx, c)

	// Another team's client library, in its own module.
	w := &rcwrap.Client{Server: "https://platform.ringcentral.com"}
	w.Presence(ctx)
	w.Get(ctx, "/restapi/v1.0/account/~/extension/~/message-store")

	subscribe(ctx, sdk)
	if err := subscribeMessages(ctx); err != nil {
		log.Fatal(err)
	}
}
