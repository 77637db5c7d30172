package rc // want package:`needs\(\[\]\) wrappers=true module=""`

import (
	"context"
	"net/http"
)

type Client struct{ Server string }

func (c *Client) Get(ctx context.Context, path string) error { // want Get:`requests\(GET \{\$256\}\{\$1\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Server+path, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
