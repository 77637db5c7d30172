package api // want package:`needs\(\[\]\) wrappers=true module=""`

// Package api builds requests with setters, one of which formats its
// caller's format: the path it stores is the caller's text, each verb a
// part known only at run time.

import (
	"context"
	"fmt"
	"net/http"
)

type Request struct {
	method, path string
}

func NewRequest(method string) *Request { return &Request{method: method} } // want NewRequest:`effects\(result 2 fields, receiver 0 fields\)`

func (r *Request) Path(p string) *Request { r.path = p; return r } // want Path:`effects\(result 2 fields, receiver 1 fields\)`

func (r *Request) Pathf(format string, args ...any) *Request { // want Pathf:`effects\(result 2 fields, receiver 1 fields\)`
	return r.Path(fmt.Sprintf(format, args...))
}

type Client struct{ hc *http.Client }

func (c *Client) Do(ctx context.Context, r *Request) error { // want Do:`requests\(\{\$1280\} https://platform\.ringcentral\.com\{\$1281\}\)`
	req, err := http.NewRequestWithContext(ctx, r.method, "https://platform.ringcentral.com"+r.path, nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err == nil {
		resp.Body.Close()
	}
	return err
}
