package rc // want package:`needs\(\[\]\) wrappers=true module=""`

// Package rc pages a generic collection with a range-over-func iterator.

import (
	"context"
	"iter"
	"net/http"
)

type Client struct{ base string }

func New() *Client { return &Client{base: "https://platform.ringcentral.com"} } // want New:`effects\(result 1 fields, receiver 0 fields\)`

func (c *Client) Call(ctx context.Context, method, p string) error { // want Call:`requests\(\{\$1\} https://platform.ringcentral.com\{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, c.base+p, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

type Collection[T any] struct {
	c    *Client
	base string
}

func NewCollection[T any](c *Client, base string) *Collection[T] { // want NewCollection:`effects\(result 2 fields, receiver 0 fields\)`
	return &Collection[T]{c: c, base: base}
}

func (col *Collection[T]) List(ctx context.Context) iter.Seq2[T, error] { // want List:`requests\(GET https://platform.ringcentral.com\{\$257\}\)`
	return func(yield func(T, error) bool) {
		var zero T
		if err := col.c.Call(ctx, http.MethodGet, col.base); err != nil {
			yield(zero, err)
		}
	}
}
