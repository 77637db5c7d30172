package rc // want package:`needs\(\[ReadCallLog\]\) wrappers=true module=""`

// Package rc is a client whose server only an option sets: New has no
// default, WithBaseURL's closure stores what its caller passes. The
// package's own use of the option (an archive of its own) is no default
// of the field: the servers are its importers' to say, and a request on
// the field is RingCentral's when its path is.

import (
	"context"
	"net/http"
)

type Client struct {
	base string
	hc   *http.Client
}

type Option func(*Client)

func WithBaseURL(u string) Option { return func(c *Client) { c.base = u } } // want WithBaseURL:`option\(1 arities\)`

func WithHTTPClient(h *http.Client) Option { return func(c *Client) { c.hc = h } } // want WithHTTPClient:`option\(1 arities\)`

func New(opts ...Option) *Client { // want New:`effects\(result 1 fields, receiver 0 fields\)`
	c := &Client{hc: http.DefaultClient}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *Client) get(ctx context.Context, path string) error { // want get:`requests\(GET \{\$256\}\{\$1\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path, nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err == nil {
		resp.Body.Close()
	}
	return err
}

func (c *Client) CallLog(ctx context.Context) error { // want CallLog:`requests\(GET \{\$256\}/restapi/v1\.0/account/~/call-log\)`
	return c.get(ctx, "/restapi/v1.0/account/~/call-log") // want `GET /restapi/v1\.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

// Archive reads the company's own archive with the same client.
func Archive(ctx context.Context) error {
	return New(WithBaseURL("https://archive.example.com")).get(ctx, "/v2/calls")
}
