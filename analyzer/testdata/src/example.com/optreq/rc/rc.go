// Package rc builds each request from functional options applied by its // want package:`needs\(\[\]\) wrappers=true module=""`
// constructor, and sends it three calls down from the method its callers
// use: the route is in the options the callers pass.
package rc

import (
	"context"
	"net/http"
	"net/url"
)

type Client struct {
	base *url.URL
	hc   *http.Client
}

func NewClient() *Client {
	base, _ := url.Parse("https://platform.ringcentral.com")
	return &Client{base: base, hc: http.DefaultClient}
}

type Request struct {
	method string
	path   string
	query  url.Values
}

type RequestOption func(*Request)

func NewRequest(opts ...RequestOption) *Request { // want NewRequest:`effects\(result 2 fields, receiver 0 fields\)`
	r := &Request{method: http.MethodGet, query: url.Values{}}
	for _, opt := range opts {
		opt(r)
	}
	return r
}

func WithMethod(m string) RequestOption { return func(r *Request) { r.method = m } } // want WithMethod:`option\(1 arities\)`

func WithPath(p string) RequestOption { return func(r *Request) { r.path = p } } // want WithPath:`option\(1 arities\)`

func WithQuery(k, v string) RequestOption { return func(r *Request) { r.query.Add(k, v) } } // want WithQuery:`option\(1 arities\)`

// Call sends the request its options describe.
func (c *Client) Call(ctx context.Context, opts ...RequestOption) error { // want Call:`requests\(\{\$opts2\.0\} https://platform\.ringcentral\.com/\{\$opts2\.1\}\?\{\}\)`
	return c.Do(ctx, NewRequest(opts...))
}

func (c *Client) Do(ctx context.Context, r *Request) error { // want Do:`requests\(\{\$1280\} https://platform\.ringcentral\.com/\{\$1281\}\?\{\}\)`
	req, err := r.build(ctx, c.base)
	if err != nil {
		return err
	}
	_, err = c.hc.Do(req)
	return err
}

func (r *Request) build(ctx context.Context, base *url.URL) (*http.Request, error) { // want build:`requests\(\{\$256\} \{\$1\}/\{\$257\}\?\{\}\)`
	u := base.JoinPath(r.path)
	u.RawQuery = r.query.Encode()
	return http.NewRequestWithContext(ctx, r.method, u.String(), nil)
}
