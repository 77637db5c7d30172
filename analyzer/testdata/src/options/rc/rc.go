package rc // want package:`needs\(\[\]\) wrappers=true module=""`

// Package rc sends requests described by functional options: GET(path)
// returns a closure that sets the spec's method and path, Do applies the
// options and sends. The route is what its callers' options leave in
// the spec, each Do call a request; PathParam fills a template's
// placeholder, which Do replaces after the options ran.

import (
	"context"
	"errors"
	"net/http"
	"strings"
)

type spec struct {
	method string
	path   string
	params map[string]string
}

type Option func(*spec)

func route(method, path string) Option {
	return func(s *spec) {
		s.method = method
		s.path = path
	}
}

func GET(path string) Option  { return route(http.MethodGet, path) }  // want GET:`option\(1 arities\)`
func POST(path string) Option { return route(http.MethodPost, path) } // want POST:`option\(1 arities\)`

func PathParam(name, value string) Option { // want PathParam:`option\(1 arities\)`
	return func(s *spec) { s.params[name] = value }
}

type Client struct {
	baseURL string
	h       *http.Client
}

func (c *Client) Do(ctx context.Context, opts ...Option) error { // want Do:`requests\(\{\$opts2\.0\} \{\}\{\$opts2\.1\} \(callers: \{\}\{\$192\}, 1 deferred\)\)`
	s := spec{params: map[string]string{"accountId": "~"}}
	for _, o := range opts {
		o(&s)
	}
	if s.method == "" || s.path == "" {
		return errors.New("no route")
	}
	var pairs []string
	for k, v := range s.params {
		pairs = append(pairs, "{"+k+"}", v)
	}
	req, err := http.NewRequestWithContext(ctx, s.method, c.baseURL+strings.NewReplacer(pairs...).Replace(s.path), nil)
	if err != nil {
		return err
	}
	_, err = c.h.Do(req)
	return err
}

// Token asks for a token with the package's own option: a literal of
// the package beside its callers' paths.
func (c *Client) Token(ctx context.Context) error { // want Token:`requests\(POST \{\}/restapi/oauth/token\)`
	return c.Do(ctx, POST("/restapi/oauth/token"))
}
