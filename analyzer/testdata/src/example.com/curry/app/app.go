package app // want package:`needs\(\[EditPresence, ReadCallLog, ReadMessages, SMS\]\) wrappers=true module=""`

// app binds the client's factories a step at a time; each route is
// complete where the last step is called.

import (
	"context"
	"net/http"
	"os"

	"example.com/curry/rc"
)

// mine hands on the factory of the app's own extension: its callers'
// calls of it are the requests.
func mine(c *rc.Client) func(rel string) rc.Lister { // want mine:`requests\(GET \{\}/restapi/v1\.0/account/~/extension/~/\{\$1048576\}\)`
	return c.Under(rc.Account("~")("~"))
}

func Main(ctx context.Context) { // want Main:`requests\(GET \{\}/restapi/v1\.0/account/~/extension/~/call-log, POST \{\}/restapi/v1\.0/account/~/extension/~/sms, PUT \{\}/restapi/v1\.0/account/~/extension/~/presence, GET \{\}/restapi/v1\.0/account/~/extension/~/message-store, GET \{\}/restapi/v1\.0/account/~/extension/~/\{\}, GET \{\}/v2/users\)`
	c := &rc.Client{Base: "https://platform.ringcentral.com"}
	ext := rc.Account("~")
	me := ext("~")
	resource := c.Under(me)
	callLog := resource("call-log") // want `GET /restapi/v1\.0/account/~/extension/~/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
	_ = callLog(ctx)
	post := c.Sending(http.MethodPost)
	postMine := post(me)
	_ = postMine("sms")(ctx)                           // want `POST /restapi/v1\.0/account/~/extension/~/sms \(createSMSMessage\) needs \[SMS\]`
	_ = c.Sending(http.MethodPut)(me)("presence")(ctx) // want `PUT /restapi/v1\.0/account/~/extension/~/presence \(updateUserPresenceStatus\) needs \[EditPresence\]`
	_ = mine(c)("message-store")(ctx)                  // want `GET /restapi/v1\.0/account/~/extension/~/message-store \(listMessages\) needs \[ReadMessages\]`
	// A resource named at run time: unresolved, never silent.
	_ = resource(os.Getenv("RESOURCE"))(ctx) // want `GET /restapi/v1\.0/account/~/extension/~/\{\}`
	// Another company's API through the same factories: no finding.
	other := &rc.Client{Base: "https://api.example.com"}
	_ = other.Under("/v2")("users")(ctx)
}
