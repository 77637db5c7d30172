// Package resty stands in for github.com/go-resty/resty/v2 (v2.17.2): the
// API rcperm models, with the real signatures. The request is built from
// fields at send time, as in the real module.
package resty

import (
	"context"
	"net/http"
	"strings"
)

type Client struct {
	BaseURL    string
	httpClient *http.Client
}

type Request struct {
	URL         string
	Method      string
	PathParams  map[string]string
	QueryParams map[string][]string
	ctx         context.Context
	client      *Client
}

type Response struct {
	RawResponse *http.Response
}

func New() *Client { return &Client{httpClient: &http.Client{}} }

func (c *Client) SetBaseURL(url string) *Client {
	c.BaseURL = strings.TrimRight(url, "/")
	return c
}

func (c *Client) R() *Request {
	return &Request{client: c, PathParams: map[string]string{}, QueryParams: map[string][]string{}}
}

func (r *Request) SetContext(ctx context.Context) *Request {
	r.ctx = ctx
	return r
}

func (r *Request) SetQueryParam(param, value string) *Request {
	r.QueryParams[param] = []string{value}
	return r
}

func (r *Request) SetPathParam(param, value string) *Request {
	r.PathParams[param] = value
	return r
}

func (r *Request) SetPathParams(params map[string]string) *Request {
	for p, v := range params {
		r.SetPathParam(p, v)
	}
	return r
}

func (r *Request) SetBody(body interface{}) *Request { return r }

func (r *Request) Get(url string) (*Response, error)     { return r.Execute("GET", url) }
func (r *Request) Head(url string) (*Response, error)    { return r.Execute("HEAD", url) }
func (r *Request) Post(url string) (*Response, error)    { return r.Execute("POST", url) }
func (r *Request) Put(url string) (*Response, error)     { return r.Execute("PUT", url) }
func (r *Request) Delete(url string) (*Response, error)  { return r.Execute("DELETE", url) }
func (r *Request) Options(url string) (*Response, error) { return r.Execute("OPTIONS", url) }
func (r *Request) Patch(url string) (*Response, error)   { return r.Execute("PATCH", url) }

func (r *Request) Execute(method, url string) (*Response, error) {
	r.Method, r.URL = method, url
	for p, v := range r.PathParams {
		r.URL = strings.ReplaceAll(r.URL, "{"+p+"}", v)
	}
	req, err := http.NewRequest(r.Method, r.client.BaseURL+r.URL, nil)
	if err != nil {
		return nil, err
	}
	resp, err := r.client.httpClient.Do(req)
	return &Response{RawResponse: resp}, err
}
