package sink // want package:`needs\(\[\]\) wrappers=true module=""`

// Package sink posts through function-typed fields its users set; nothing
// here, nor in the server that calls the sinks, sees what they hold.

import "context"

type Sink interface {
	Deliver(ctx context.Context, text string) error
}

// Chat posts into a team chat with whatever function main wires in.
type Chat struct {
	Post   func(ctx context.Context, path, body string) error
	ChatID string
}

func (c Chat) Deliver(ctx context.Context, text string) error { // want Deliver:`requests\(via example.com/fieldwired/sink.Chat.Post\(\{\}, /team-messaging/v1/chats/\{\$257\}/posts, \{\$1\}\)\)`
	return c.Post(ctx, "/team-messaging/v1/chats/"+c.ChatID+"/posts", text)
}

// Audit hands a route to a function that only records it.
type Audit struct {
	Record func(ctx context.Context, path, body string) error
}

func (a Audit) Deliver(ctx context.Context, text string) error { // want Deliver:`requests\(via example.com/fieldwired/sink.Audit.Record\(\{\}, /restapi/v1.0/account/~/call-log, \{\$1\}\)\)`
	return a.Record(ctx, "/restapi/v1.0/account/~/call-log", text)
}

// Mirror posts to another company's service with the same layout.
type Mirror struct {
	Send func(ctx context.Context, url, body string) error
}

func (m Mirror) Deliver(ctx context.Context, text string) error { // want Deliver:`requests\(via example.com/fieldwired/sink.Mirror.Send\(\{\}, https://archive.example.net/restapi/v1.0/account/~/call-log, \{\$1\}\)\)`
	return m.Send(ctx, "https://archive.example.net/restapi/v1.0/account/~/call-log", text)
}
