package direct // want package:`needs\(\[TeamMessaging\]\) wrappers=true module=""`

// Package direct both wires the sink and calls the server: the request is
// checked at the call that makes it, once, not again at the store.

import (
	"net/http"

	"example.com/fieldwired/rc"
	"example.com/fieldwired/relay"
	"example.com/fieldwired/sink"
)

func Serve(c *rc.Client, w http.ResponseWriter, r *http.Request) { // want Serve:`requests\(via example.com/fieldwired/sink.Audit.Record\(\{\}, /restapi/v1.0/account/~/call-log, \{\}\), POST \{\}/team-messaging/v1/chats/\{\}/posts\)`
	srv := &relay.Server{Sinks: []sink.Sink{sink.Chat{Post: c.Post, ChatID: "7"}}}
	srv.ServeHTTP(w, r) // want `POST /team-messaging/v1/chats/\{chatId\}/posts \(createGlipPostNew\) needs \[TeamMessaging\]`
}
