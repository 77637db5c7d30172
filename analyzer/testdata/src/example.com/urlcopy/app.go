package urlcopy // want package:`needs\(\[ReadCallLog\]\) wrappers=true module=""`

// A client copies its base URL and sets the copy's path from what the copy
// held: the read sees the copy as set so far, not the path it sets.

import (
	"context"
	"net/http"
	"net/url"
	"path"
)

type Client struct{ Base url.URL }

func New(server string) (*Client, error) {
	u, err := url.Parse(server)
	if err != nil {
		return nil, err
	}
	return &Client{Base: *u}, nil
}

func (c *Client) url(route string, q url.Values) string {
	u := c.Base
	u.Path = path.Join(u.Path, route)
	u.RawQuery = q.Encode()
	return u.String()
}

func (c *Client) do(ctx context.Context, method, route string) error { // want do:`requests\(\{\$1\} \{\}\{\$2\}\?\{\}\)`
	req, err := http.NewRequestWithContext(ctx, method, c.url(route, nil), nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func (c *Client) CallLog(ctx context.Context) error { // want CallLog:`requests\(GET \{\}/restapi/v1.0/account/~/call-log\?\{\}\)`
	return c.do(ctx, http.MethodGet, "/restapi/v1.0/account/~/call-log") // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

func (c *Client) Token(ctx context.Context) error { // want Token:`requests\(POST \{\}/restapi/oauth/token\?\{\}\)`
	return c.do(ctx, http.MethodPost, "/restapi/oauth/token")
}
