package pager // want package:`needs\(\[\]\) wrappers=true module=""`

// Package pager lists a SCIM resource page by page through whatever
// client it is handed: the route it sends is its caller's, the server the
// client's.

import (
	"context"
	"net/url"
	"strconv"
)

type Getter interface {
	GetJSON(ctx context.Context, path string, q url.Values, out any) error
}

type Lister[T any] struct {
	fetch func(ctx context.Context, start int) ([]T, error)
}

func SCIM[T any](c Getter, path string, count int) *Lister[T] { // want SCIM:`requests\(via GetJSON\(\{\}, \{\$1\}, \{\}, \{\}\)\)`
	return &Lister[T]{fetch: func(ctx context.Context, start int) ([]T, error) {
		var resp struct {
			Resources []T `json:"Resources"`
		}
		q := url.Values{"startIndex": {strconv.Itoa(start)}, "count": {strconv.Itoa(count)}}
		if err := c.GetJSON(ctx, path, q, &resp); err != nil {
			return nil, err
		}
		return resp.Resources, nil
	}}
}

func (l *Lister[T]) First(ctx context.Context) ([]T, error) { return l.fetch(ctx, 1) }
