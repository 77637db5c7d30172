package rc // want package:`needs\(\[\]\) wrappers=true module=""`

import (
	"context"
	"net/http"
	"net/url"
)

type Client struct {
	server string
	hc     *http.Client
}

func (c *Client) send(ctx context.Context, method, p string, q url.Values) error { // want send:`requests\(\{\$1\} \{\}\{\$2\}\?\{\}\)`
	u := url.URL{Path: p, RawQuery: q.Encode()}
	req, err := http.NewRequestWithContext(ctx, method, c.server+u.String(), nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
