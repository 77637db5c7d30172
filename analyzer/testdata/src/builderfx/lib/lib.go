package lib // want package:`needs\(\[\]\) wrappers=true module=""`

// Package lib is a request builder whose requests other packages drive:
// the method and path are fields its setters set and Do reads.

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
)

type Client struct {
	baseURL string
	http    *http.Client
}

func New() *Client { // want New:`effects\(result 1 fields, receiver 0 fields\)`
	return &Client{baseURL: "https://platform.ringcentral.com", http: http.DefaultClient}
}

// Call is a request under construction.
type Call struct {
	c      *Client
	method string
	path   string
	query  url.Values
}

// NewCall starts a GET.
func (c *Client) NewCall() *Call { // want NewCall:`effects\(result 3 fields, receiver 0 fields\)`
	return &Call{c: c, method: http.MethodGet, query: url.Values{}}
}

func (b *Call) Method(m string) *Call { // want Method:`effects\(result 3 fields, receiver 1 fields\)`
	b.method = m
	return b
}

// Path fills %s verbs of tmpl with the ids.
func (b *Call) Path(tmpl string, ids ...string) *Call { // want Path:`effects\(result 3 fields, receiver 1 fields\)`
	if len(ids) == 0 {
		b.path = tmpl
		return b
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = url.PathEscape(id)
	}
	b.path = fmt.Sprintf(tmpl, args...)
	return b
}

func (b *Call) Query(k, v string) *Call { // want Query:`effects\(result 3 fields, receiver 0 fields\)`
	b.query.Add(k, v)
	return b
}

// SetPath is a setter that returns nothing.
func (b *Call) SetPath(p string) { // want SetPath:`effects\(result 0 fields, receiver 1 fields\)`
	b.path = p
}

// Do sends the request its fields describe.
func (b *Call) Do(ctx context.Context) error { // want Do:`requests\(.*`
	u := b.c.baseURL + b.path
	if len(b.query) > 0 {
		u += "?" + b.query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, b.method, u, nil)
	if err != nil {
		return err
	}
	resp, err := b.c.http.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
