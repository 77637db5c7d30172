package wrapapp // want package:`needs\(\[ReadCallLog, ReadContacts, ReadMessages, ReadPresence\]\) wrappers=true module=""`

import (
	"context"
	"log"
	"path"

	"example.com/segments/rc"
	"example.com/segments/wrap"
)

func Run(ctx context.Context) { // want Run:`requests\(GET \{\}/restapi/v1.0/account/~/extension/~/message-store\)`
	s := &wrap.Service{C: rc.New("https://platform.ringcentral.com")}
	s.Get(ctx, "account", "~", "extension", "~", "message-store") // want `GET /restapi/v1.0/account/~/extension/~/message-store \(listMessages\) needs \[ReadMessages\]`
	trace("account", "~", "call-log")
}

// trace only logs the segments it is given: no request.
func trace(segs ...string) {
	log.Println(path.Join(segs...))
}
