package rcapi // want package:`needs\(\[\]\) wrappers=true module=""`

// Package rcapi is the client main hands the runner.

import (
	"context"
	"net/http"
)

type Client struct{ Base string }

func (c *Client) Do(ctx context.Context, method, path string) error { // want Do:`requests\(\{\$1\} \{\$256\}\{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, c.Base+path, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err == nil {
		resp.Body.Close()
	}
	return err
}
