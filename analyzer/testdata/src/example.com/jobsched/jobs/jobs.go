// Package jobs describes units of work that carry their own route: it // want package:`needs\(\[\]\) wrappers=true module=""`
// writes no route and imports no route builder, and hands each job's
// fields to a client interface it never sees implemented.
package jobs

import (
	"context"
	"log"
	"net/http"
)

// Doer performs a request against the platform; main wires it in.
type Doer interface {
	Do(ctx context.Context, method, path string) (*http.Response, error)
}

// Job is anything the scheduler runs.
type Job interface {
	Run(ctx context.Context, d Doer) error
}

// Call is one request.
type Call struct {
	Method string
	Path   string
}

func (c *Call) Run(ctx context.Context, d Doer) error { // want Run:`requests\(via Do\(\{\}, \{\$256\}, \{\$257\}\)\)`
	_, err := d.Do(ctx, c.Method, c.Path)
	return err
}

// Paged lists with GET, whatever it decodes.
type Paged[T any] struct {
	Path string
	Each func(T)
}

func (p *Paged[T]) Run(ctx context.Context, d Doer) error { // want Run:`requests\(via Do\(\{\}, GET, \{\$256\}\)\)`
	_, err := d.Do(ctx, http.MethodGet, p.Path)
	return err
}

// Note only logs its path: no request.
type Note struct{ Path string }

func (n *Note) Run(ctx context.Context, d Doer) error {
	log.Printf("note %s", n.Path)
	return nil
}
