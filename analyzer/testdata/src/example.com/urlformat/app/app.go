package app // want package:`needs\(\[ReadAccounts, ReadCallLog, ReadCallRecording, ReadPresence\]\) wrappers=true module=""`

import (
	"context"
	"log"

	"example.com/urlformat/api"
)

func Run(ctx context.Context, id string) { // want Run:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/recording/\{\}, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/\{\}/presence\)`
	c := &api.Client{Server: "https://platform.ringcentral.com"}
	c.Get(ctx, c.URL("/restapi/v1.0/account/~"))
	c.Get(ctx, c.URL("/restapi/v1.0/account/~/recording/%s", id)) // want `GET /restapi/v1\.0/account/~/recording/\{recordingId\} \(readCallRecording\) needs \[ReadCallLog, ReadCallRecording\]`
	u := c.URL("/restapi/v1.0/account/~/extension/%d/presence", 101)
	c.Get(ctx, u) // want `GET /restapi/v1\.0/account/~/extension/\{extensionId\}/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
	// A route only logged is no request.
	log.Print(c.URL("/restapi/v1.0/account/~/call-log?page=%d", 2))
	// Another company's API, formatted the same way.
	other := &api.Client{Server: "https://api.example.com"}
	other.Get(ctx, other.URL("/restapi/v1.0/account/%s/call-log", id))
}
