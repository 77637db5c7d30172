package idp // want package:`needs\(\[\]\) wrappers=true module=""`

// Package idp is another company's SCIM server: the same paths.

import (
	"context"
	"net/http"
	"net/url"
)

type Client struct{ hc *http.Client }

func (c *Client) GetJSON(ctx context.Context, path string, q url.Values, out any) error { // want GetJSON:`requests\(GET https://idp\.example\.com\{\$1\}\?\{\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://idp.example.com"+path+"?"+q.Encode(), nil)
	if err != nil {
		return err
	}
	_, err = c.hc.Do(req)
	return err
}
