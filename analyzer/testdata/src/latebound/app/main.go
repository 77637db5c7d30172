package main // want package:`needs\(\[EditCallLog, ReadCallLog, ReadPresence\]\) wrappers=true module=""`

// The command wires the HTTP client into the service: here the late-bound
// calls of svc meet their implementation, and each is checked at the call
// that reaches it.

import (
	"context"
	"net/http"

	"latebound/httpc"
	"latebound/svc"
)

func main() { // want main:`requests\(GET \{\}/restapi/v1.0/account/~/call-log, GET \{\}/restapi/v1.0/account/~/extension/~/presence, DELETE \{\}/restapi/v1.0/account/~/extension/~/call-log, via Log\(/restapi/v1.0/account/~/extension/~/fax\)\)`
	ctx := context.Background()
	client := &httpc.Client{Base: "https://platform.ringcentral.com", H: http.DefaultClient}
	s := &svc.Service{C: httpc.Logging{Next: client}, L: httpc.StdLogger{}}
	_ = s.Sync(ctx)       // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\], which rcperm.yaml does not grant`
	_ = s.Presence(ctx)   // want `GET /restapi/v1.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
	_ = s.Purge(ctx, "~") // want `DELETE /restapi/v1.0/account/~/extension/~/call-log \(deleteUserCallLog\) needs \[EditCallLog\]`
	s.Note()
}
