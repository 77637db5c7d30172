package httpx // want package:`needs\(\[\]\) wrappers=true module=""`

// httpx is the HTTP client the scheduler is given.

import (
	"context"
	"net/http"
)

type Client struct{ HC *http.Client }

func (c *Client) Do(ctx context.Context, method, target string) error { // want Do:`requests\(\{\$1\} \{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, target, nil)
	if err != nil {
		return err
	}
	resp, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
