// Package rcwrap stands for a RingCentral client library of another team,
// in another module: rcperm follows its wrappers through facts.
package rcwrap

import (
	"context"
	"net/http"
)

// Client sends requests to RingCentral.
type Client struct {
	Server string
}

// Get forwards a path into a request.
func (c *Client) Get(ctx context.Context, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Server+path, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

// Presence reads the user's presence: its operation is fixed inside.
func (c *Client) Presence(ctx context.Context) (*http.Response, error) {
	return c.Get(ctx, "/restapi/v1.0/account/~/extension/~/presence")
}
