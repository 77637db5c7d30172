package rc // want package:`needs\(\[\]\) wrappers=true module=""`

// Package rc sends requests described by functional options: GET(path)
// returns a closure that sets the spec's method and path, Do applies the
// options and sends. The path is the callers' to say, each GET call a
// request.

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

func route(method, path string) Option { // want route:`requests\(\{\$0\} \{\}\{\$1\}\)`
	return func(s *spec) {
		s.method = method
		s.path = path
	}
}

func GET(path string) Option  { return route(http.MethodGet, path) }  // want GET:`requests\(GET \{\}\{\$0\}\)`
func POST(path string) Option { return route(http.MethodPost, path) } // want POST:`requests\(POST \{\}\{\$0\}\)`

func PathParam(name, value string) Option {
	return func(s *spec) { s.params[name] = value }
}

type Client struct {
	baseURL string
	h       *http.Client
}

func (c *Client) Do(ctx context.Context, opts ...Option) error {
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
