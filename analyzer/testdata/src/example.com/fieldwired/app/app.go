package app // want package:`needs\(\[TeamMessaging\]\) wrappers=false module=""`

import (
	"context"
	"log"
	"net/http"

	"example.com/fieldwired/rc"
	"example.com/fieldwired/relay"
	"example.com/fieldwired/sink"
)

func record(ctx context.Context, path, body string) error {
	log.Printf("%s %s", path, body)
	return nil
}

func Handler(c *rc.Client) http.Handler {
	chat := sink.Chat{ChatID: "42"}
	chat.Post = c.Post // want `POST /team-messaging/v1/chats/\{chatId\}/posts \(createGlipPostNew\) needs \[TeamMessaging\]`
	return &relay.Server{Sinks: []sink.Sink{
		chat,
		sink.Audit{Record: record},
		sink.Mirror{Send: c.Post},
	}}
}
