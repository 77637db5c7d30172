package rc // want package:`needs\(\[\]\) wrappers=true module=""`

// Package rc reaches the API through scopes: a scope carries the path
// its parent built, without a leading slash, which the client resolves
// against its base URL.

import (
	"context"
	"net/http"
	"net/url"
)

type Client struct{ base *url.URL }

func New() *Client { // want New:`effects\(result 1 fields, receiver 0 fields\)`
	u, _ := url.Parse("https://platform.ringcentral.com")
	return &Client{base: u}
}

func (c *Client) newRequest(ctx context.Context, method, rel string) (*http.Request, error) { // want newRequest:`requests\(\{\$1\} https://platform.ringcentral.com/\{\$2\}\)`
	u := c.base.JoinPath(rel)
	return http.NewRequestWithContext(ctx, method, u.String(), nil)
}

func (c *Client) send(ctx context.Context, method, rel string) error { // want send:`requests\(\{\$1\} https://platform.ringcentral.com/\{\$2\}\)`
	req, err := c.newRequest(ctx, method, rel)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

type AccountScope struct {
	c      *Client
	prefix string
}

func (c *Client) Account(id string) AccountScope { // want Account:`effects\(result 2 fields, receiver 0 fields\)`
	return AccountScope{c: c, prefix: "restapi/v1.0/account/" + url.PathEscape(id)}
}

func (a AccountScope) Info(ctx context.Context) error { // want Info:`requests\(GET https://platform.ringcentral.com/\{\$257\}\)`
	return a.c.send(ctx, http.MethodGet, a.prefix)
}

// Extensions lists the account's extensions: its template's path begins
// with the scope's prefix, which may be several segments, so it fixes no
// operation ("{}/extension" is no /restapi/{apiVersion}).
func (a AccountScope) Extensions(ctx context.Context) error { // want Extensions:`requests\(GET https://platform.ringcentral.com/\{\$257\}/extension\)`
	return a.c.send(ctx, http.MethodGet, a.prefix+"/extension")
}
