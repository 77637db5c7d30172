package rc // want package:`needs\(\[\]\) wrappers=true module=""`

// rc is a client whose server its callers pick.

import (
	"context"
	"net/http"
)

const Production = "https://platform.ringcentral.com"

type Client struct{ Server string }

func (c *Client) Get(ctx context.Context, path string) error { // want Get:`requests\(GET \{\$256\}\{\$1\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Server+path, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err == nil {
		resp.Body.Close()
	}
	return err
}
