package rpc // want package:`needs\(\[\]\) wrappers=true module=""`

// Package rpc sends calls addressed by resource segments, joined under
// the transport's root URL (url.URL.JoinPath): the segments are a list
// field of the call its callers make, which only they can split.

import (
	"context"
	"net/http"
	"net/url"
)

type Call struct {
	Verb     string
	Resource []string
	Query    url.Values
}

type Transport interface {
	RoundTrip(ctx context.Context, c *Call) (*http.Response, error)
}

type HTTPTransport struct {
	Root   *url.URL
	Client *http.Client
}

func NewHTTPTransport(root string) (*HTTPTransport, error) { // want NewHTTPTransport:`effects\(result 1 fields, receiver 0 fields\)`
	u, err := url.Parse(root)
	if err != nil {
		return nil, err
	}
	return &HTTPTransport{Root: u, Client: http.DefaultClient}, nil
}

func (t *HTTPTransport) RoundTrip(ctx context.Context, c *Call) (*http.Response, error) { // want RoundTrip:`requests\(\{\$1280\} \{\}\?\{\} \(callers: \{\$192\}\?\{\}, 1 deferred\)\)`
	u := t.Root.JoinPath(c.Resource...)
	u.RawQuery = c.Query.Encode()
	req, err := http.NewRequestWithContext(ctx, c.Verb, u.String(), nil)
	if err != nil {
		return nil, err
	}
	return t.Client.Do(req)
}
