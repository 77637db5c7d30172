package port

import "context"

// Request describes one call; the adapter turns it into HTTP.
type Request struct {
	Method, Path string
	Body         any
}

type Port interface {
	Send(ctx context.Context, r Request) error
}

// Logger records descriptors; its implementation sends nothing.
type Logger interface {
	Record(ctx context.Context, r Request)
}
