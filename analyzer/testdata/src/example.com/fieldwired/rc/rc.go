package rc // want package:`needs\(\[\]\) wrappers=true module=""`

import (
	"context"
	"net/http"
	"strings"
)

type Client struct{ Server string }

func (c *Client) Post(ctx context.Context, path string, body string) error { // want Post:`requests\(POST \{\$256\}\{\$1\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Server+path, strings.NewReader(body))
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
