package rest // want package:`needs\(\[\]\) wrappers=true module=""`

// Package rest is a small JSON client of one host.

import (
	"context"
	"net/http"
)

type Client struct {
	BaseURL string
	HTTP    *http.Client
}

func New(baseURL string) *Client { return &Client{BaseURL: baseURL, HTTP: http.DefaultClient} } // want New:`effects\(result 1 fields, receiver 0 fields\)`

func (c *Client) Do(ctx context.Context, method, path string) error { // want Do:`requests\(\{\$1\} \{\$256\}\{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, c.BaseURL+path, nil)
	if err != nil {
		return err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
