package api // want package:`needs\(\[\]\) wrappers=true module=""`

// Package api resolves paths against the server its constructor parses:
// the server is a field its callers' constructor call fills in.

import (
	"context"
	"net/http"
	"net/url"
)

type Client struct {
	base *url.URL
	hc   *http.Client
}

func New(server string) (*Client, error) { // want New:`effects\(result 1 fields, receiver 0 fields\)`
	base, err := url.Parse(server)
	if err != nil {
		return nil, err
	}
	return &Client{base: base, hc: http.DefaultClient}, nil
}

func (c *Client) Do(ctx context.Context, method, path string) error { // want Do:`requests\(\{\$1\} \{\$256\}/\{\$2\}\)`
	ref, err := url.Parse(path)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base.ResolveReference(ref).String(), nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err == nil {
		resp.Body.Close()
	}
	return err
}
