package app // want package:`needs\(\[ReadCallLog, ReadPresence\]\) wrappers=true module=""`

import (
	"context"
	"log"

	"example.com/fieldlate/pipe"
	"example.com/fieldlate/rc"
)

func Run(ctx context.Context) error { // want Run:`requests\(GET \{\}/restapi/v1.0/account/~/call-log, via example.com/fieldlate/pipe.Runner.Log\(.*\), GET \{\}/restapi/v1.0/account/~/extension/~/presence\)`
	c := &rc.Client{Server: "https://platform.ringcentral.com"}
	r := &pipe.Runner{Fetch: c.Get, Log: func(msg string) { log.Print(msg) }}
	return r.Sync(ctx) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]` `GET /restapi/v1.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
}
