package rc // want package:`needs\(\[\]\) wrappers=true module=""`

import (
	"context"
	"net/http"
	"net/url"
	"path"
)

type Client struct {
	baseURL string
	hc      *http.Client
}

func New(base string) *Client { return &Client{baseURL: base, hc: http.DefaultClient} } // want New:`effects\(result 1 fields, receiver 0 fields\)`

// Request keeps its path as segments, joined when it is sent: the
// method and the segments its callers set are the request.
type Request struct {
	c        *Client
	method   string
	segments []string
	query    url.Values
}

func (c *Client) NewRequest() *Request { // want NewRequest:`effects\(result 3 fields, receiver 0 fields\)`
	return &Request{c: c, method: http.MethodGet, segments: []string{"restapi", "v1.0"}, query: url.Values{}}
}

func (r *Request) Get() *Request    { r.method = http.MethodGet; return r }    // want Get:`effects\(result 3 fields, receiver 1 fields\)`
func (r *Request) Post() *Request   { r.method = http.MethodPost; return r }   // want Post:`effects\(result 3 fields, receiver 1 fields\)`
func (r *Request) Delete() *Request { r.method = http.MethodDelete; return r } // want Delete:`effects\(result 3 fields, receiver 1 fields\)`

// Root replaces the default prefix.
func (r *Request) Root(segs ...string) *Request { // want Root:`effects\(result 3 fields, receiver 1 fields\)`
	r.segments = append([]string(nil), segs...)
	return r
}

func (r *Request) Segments(segs ...string) *Request { // want Segments:`effects\(result 3 fields, receiver 1 fields\)`
	r.segments = append(r.segments, segs...)
	return r
}

func (r *Request) Param(k, v string) *Request { r.query.Add(k, v); return r } // want Param:`effects\(result 3 fields, receiver 0 fields\)`

func (r *Request) Send(ctx context.Context) error { // want Send:`requests\(\{\$257\} \{\$320\}/\{\} \(callers: \{\$320\}/\{\$192\}, 1 deferred\)\)`
	target, err := url.JoinPath(r.c.baseURL, path.Join(r.segments...))
	if err != nil {
		return err
	}
	if len(r.query) > 0 {
		target += "?" + r.query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, r.method, target, nil)
	if err != nil {
		return err
	}
	resp, err := r.c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
