// Package rc keeps the server: its URL method hands on the route it is // want package:`needs\(\[\]\) wrappers=true module=""`
// given after it, with no route text of its own.
package rc

import (
	"context"
	"net/http"
)

type Client struct{ server string }

func New(server string) *Client { return &Client{server: server} }

func (c *Client) URL(route string) string { return c.server + route } // want URL:`route\(\{\$256\}\{\$0\}\)`

func (c *Client) Get(ctx context.Context, url string) error { // want Get:`requests\(GET \{\$1\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
