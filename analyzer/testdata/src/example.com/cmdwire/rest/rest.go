package rest // want package:`needs\(\[\]\) wrappers=true module=""`

import (
	"context"
	"net/http"
)

type Client struct {
	Server string
	HTTP   *http.Client
}

func (c *Client) Call(ctx context.Context, method, path string) error { // want Call:`requests\(\{\$1\} \{\$256\}\{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, c.Server+path, nil)
	if err != nil {
		return err
	}
	resp, err := c.HTTP.Do(req)
	if err == nil {
		resp.Body.Close()
	}
	return err
}
