package rcapi // want package:`needs\(\[\]\) wrappers=true module=""`

// Package rcapi takes an enum and hands it, with the arguments it was
// given, to the enum's Path: each call passing a constant makes that
// constant's request.

import (
	"context"
	"net/http"
	"net/url"
	"strconv"

	"example.com/enumwrap/kind"
)

type Client struct {
	base *url.URL
	hc   *http.Client
}

func New(server string) (*Client, error) { // want New:`effects\(result 1 fields, receiver 0 fields\)`
	u, err := url.Parse(server)
	if err != nil {
		return nil, err
	}
	return &Client{base: u, hc: http.DefaultClient}, nil
}

func (c *Client) do(ctx context.Context, method, path string, q url.Values) error { // want do:`requests\(\{\$1\} \{\$256\}\{\$2\}\?\{\}\)`
	u := *c.base
	u.Path, u.RawQuery = path, q.Encode()
	req, err := http.NewRequestWithContext(ctx, method, u.String(), nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Fetch reads one page of a resource.
func Fetch[T any](ctx context.Context, c *Client, r kind.Resource, q url.Values, args ...any) (T, error) { // want Fetch:`dispatch\(2, 3 cases\)` Fetch:`requests\(GET \{\$1280\}/restapi/v1\.0/account/~/call-log\?\{\}, GET \{\$1280\}/restapi/v1\.0/account/~/extension\?\{\}, GET \{\$1280\}/restapi/v1\.0/account/~/call-queues/%s/members\?\{\}, GET \{\$1280\}/restapi/v1\.0/account/~/call-queues/\{\}/members\?\{\}\)`
	var out T
	err := c.do(ctx, http.MethodGet, r.Path(args...), q)
	return out, err
}

// FetchAll reads every page, through Fetch.
func FetchAll[T any](ctx context.Context, c *Client, r kind.Resource, args ...any) ([]T, error) { // want FetchAll:`dispatch\(2, 3 cases\)` FetchAll:`requests\(GET \{\$1280\}/restapi/v1\.0/account/~/call-log\?\{\}, GET \{\$1280\}/restapi/v1\.0/account/~/extension\?\{\}, GET \{\$1280\}/restapi/v1\.0/account/~/call-queues/%s/members\?\{\}, GET \{\$1280\}/restapi/v1\.0/account/~/call-queues/\{\}/members\?\{\}\)`
	var all []T
	for page := 1; page < 10; page++ {
		batch, err := Fetch[[]T](ctx, c, r, url.Values{"page": {strconv.Itoa(page)}}, args...)
		if err != nil || len(batch) == 0 {
			return all, err
		}
		all = append(all, batch...)
	}
	return all, nil
}

// Send makes a write: its method and path are the constant's.
func (c *Client) Send(ctx context.Context, w kind.Write) error { // want Send:`dispatch\(2, 2 cases\)` Send:`requests\(POST \{\$256\}/restapi/v1\.0/account/~/extension/~/sms\?\{\}, PUT \{\$256\}/restapi/v1\.0/account/~/extension/~/presence\?\{\}\)`
	return c.do(ctx, w.Method(), w.Path(), nil)
}
