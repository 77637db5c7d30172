// Package rc is the client main wires into the scheduler. // want package:`needs\(\[\]\) wrappers=true module=""`
package rc

import (
	"context"
	"net/http"
)

type Client struct{ Server string }

func (c *Client) Do(ctx context.Context, method, path string) (*http.Response, error) { // want Do:`requests\(\{\$1\} \{\$256\}\{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, c.Server+path, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
