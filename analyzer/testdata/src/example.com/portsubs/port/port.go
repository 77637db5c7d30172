package port

// Package port declares what the service needs of the outside world.

import "context"

type EventSource interface {
	Subscribe(ctx context.Context, webhook string, filters []string) error
}

// Tagger takes a list of strings too, but subscribes to nothing.
type Tagger interface {
	Tag(ctx context.Context, tags []string) error
}
