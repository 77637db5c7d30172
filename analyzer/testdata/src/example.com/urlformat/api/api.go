package api // want package:`needs\(\[\]\) wrappers=true module=""`

// Package api formats its callers' routes: URL(format, args...) puts the
// server before the format's text, each verb filled at run time.

import (
	"context"
	"fmt"
	"net/http"
)

type Client struct {
	Server string
	HTTP   *http.Client
}

func (c *Client) URL(format string, args ...any) string { // want URL:`route\(\{\$256\}\{\$128258\}\)`
	return c.Server + fmt.Sprintf(format, args...)
}

func (c *Client) Get(ctx context.Context, url string) error { // want Get:`requests\(GET \{\$1\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	_, err = c.HTTP.Do(req)
	return err
}
