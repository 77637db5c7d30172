package svc // want package:`needs\(\[ReadPresence, TeamMessaging\]\) wrappers=true module=""`

// svc sends its requests through one helper that stores the path it is
// given into the message: the helper's callers pick the routes.

import (
	"net/http"
	"path"

	"example.com/actorq/rc"
)

type Hub struct{ Inbox chan rc.Request }

func (h *Hub) send(method, p string) error { // want send:`requests\(\{\$0\} https://platform\.ringcentral\.com\{\$1\}\)`
	reply := make(chan error, 1)
	h.Inbox <- rc.Request{Method: method, Path: p, Reply: reply}
	return <-reply
}

func (h *Hub) Teams() error { // want Teams:`requests\(GET https://platform\.ringcentral\.com/team-messaging/v1/teams\)`
	return h.send(http.MethodGet, path.Join("/team-messaging/v1", "teams")) // want `GET /team-messaging/v1/teams \(listGlipTeamsNew\) needs \[TeamMessaging\]`
}

func (h *Hub) Post(chat string) error { // want Post:`requests\(POST https://platform\.ringcentral\.com/team-messaging/v1/chats/\{\$0\}/posts\)`
	return h.send(http.MethodPost, "/team-messaging/v1/chats/"+chat+"/posts") // want `POST /team-messaging/v1/chats/\{chatId\}/posts \(createGlipPostNew\) needs \[TeamMessaging\]`
}

// Presence's store is an ID the actor's route reads: no route of its own.
func Presence(ch chan rc.Presence, id string) error {
	reply := make(chan error, 1)
	ch <- rc.Presence{ExtID: id, Reply: reply}
	return <-reply
}
