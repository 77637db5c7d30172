// Package retryablehttp stands in for github.com/hashicorp/go-retryablehttp
// (v0.7.8): its request constructors and Client methods, with the real
// bodies down to net/http. rcperm has no model of it: it follows it as a
// wrapper, through facts.
package retryablehttp

import (
	"context"
	"net/http"
)

type Request struct {
	*http.Request
}

type Client struct {
	HTTPClient *http.Client
}

func NewClient() *Client { return &Client{HTTPClient: &http.Client{}} }

func NewRequest(method, url string, rawBody interface{}) (*Request, error) {
	return NewRequestWithContext(context.Background(), method, url, rawBody)
}

func NewRequestWithContext(ctx context.Context, method, url string, rawBody interface{}) (*Request, error) {
	httpReq, err := http.NewRequestWithContext(ctx, method, url, nil)
	if err != nil {
		return nil, err
	}
	return &Request{Request: httpReq}, nil
}

func (c *Client) Do(req *Request) (*http.Response, error) { return c.HTTPClient.Do(req.Request) }

func (c *Client) Get(url string) (*http.Response, error) {
	req, err := NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

func (c *Client) Head(url string) (*http.Response, error) {
	req, err := NewRequest("HEAD", url, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

func (c *Client) Post(url, bodyType string, body interface{}) (*http.Response, error) {
	req, err := NewRequest("POST", url, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", bodyType)
	return c.Do(req)
}
