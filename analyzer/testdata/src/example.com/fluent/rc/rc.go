package rc // want package:`needs\(\[\]\) wrappers=true module=""`

// Package rc is a fluent request builder behind an interface: its methods
// take a value receiver and return it boxed, and Do sends what the
// builder holds.

import (
	"context"
	"net/http"
	"net/url"
	"strings"
)

type Builder interface {
	Get(path string) Builder
	Delete(path string) Builder
	Param(k, v string) Builder
	Query(k, v string) Builder
	Do(ctx context.Context) error
}

type Client struct{ hc *http.Client }

func (c *Client) R() Builder { return request{c: c} } // want R:`effects\(result 2 fields, receiver 0 fields\)`

type request struct {
	c      *Client
	method string
	path   string
	params map[string]string
	query  url.Values
}

func (r request) Get(path string) Builder    { return r.route(http.MethodGet, path) }    // want Get:`effects\(result 2 fields, receiver 0 fields\)`
func (r request) Delete(path string) Builder { return r.route(http.MethodDelete, path) } // want Delete:`effects\(result 2 fields, receiver 0 fields\)`

func (r request) route(method, path string) request {
	r.method = method
	r.path = path
	return r
}

func (r request) Param(k, v string) Builder { // want Param:`effects\(result 2 fields, receiver 0 fields\)`
	params := map[string]string{k: v}
	for key, val := range r.params {
		params[key] = val
	}
	r.params = params
	return r
}

func (r request) Query(k, v string) Builder { // want Query:`effects\(result 2 fields, receiver 0 fields\)`
	q := url.Values{}
	for key, vals := range r.query {
		q[key] = vals
	}
	q.Add(k, v)
	r.query = q
	return r
}

func (r request) Do(ctx context.Context) error { // want Do:`requests\(\{\$257\} https://platform.ringcentral.com\{\$258\}\)`
	p := r.path
	for k, v := range r.params {
		p = strings.ReplaceAll(p, "{"+k+"}", v)
	}
	u := "https://platform.ringcentral.com" + p
	if len(r.query) > 0 {
		u += "?" + r.query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, r.method, u, nil)
	if err != nil {
		return err
	}
	_, err = r.c.hc.Do(req)
	return err
}
