package rest // want package:`needs\(\[\]\) wrappers=true module=""`

// A client whose server defaults to RingCentral's and
// whose option points it elsewhere: the option's closure stores what its
// maker is passed, so the server is its callers' to tell.

import (
	"context"
	"net/http"
)

type Client struct {
	base string
	h    *http.Client
}

type Option func(*Client)

func WithBaseURL(u string) Option { return func(c *Client) { c.base = u } } // want WithBaseURL:`option\(1 arities\)`

func New(opts ...Option) *Client { // want New:`effects\(result 1 fields, receiver 0 fields\)`
	c := &Client{base: "https://platform.ringcentral.com", h: http.DefaultClient}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *Client) Post(ctx context.Context, route string) error { // want Post:`requests\(POST \{\$256\}\{\$1\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+route, nil)
	if err != nil {
		return err
	}
	_, err = c.h.Do(req)
	return err
}
