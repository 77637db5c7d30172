package relay // want package:`needs\(\[\]\) wrappers=true module=""`

// Package relay calls its sinks only from the handler net/http runs: no
// caller of its own hands the sinks' requests up to the package that
// wires them.

import (
	"net/http"

	"example.com/fieldwired/sink"
)

type Server struct{ Sinks []sink.Sink }

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:`requests\(via example.com/fieldwired/sink.Audit.Record\(\{\}, /restapi/v1.0/account/~/call-log, \{\}\), via example.com/fieldwired/sink.Chat.Post\(\{\}, /team-messaging/v1/chats/\{\}/posts, \{\}\)\)`
	for _, sk := range s.Sinks {
		_ = sk.Deliver(r.Context(), r.FormValue("text"))
	}
}
