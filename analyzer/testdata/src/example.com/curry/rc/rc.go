package rc // want package:`needs\(\[\]\) wrappers=true module=""`

// rc is a client of closure factories: callers bind the prefix, then the
// resource, and get the function that makes the request.

import (
	"context"
	"net/http"
	"path"
)

type Lister func(ctx context.Context) error

type Client struct{ Base string }

// Under returns the resources below prefix.
func (c *Client) Under(prefix string) func(rel string) Lister { // want Under:`requests\(GET \{\}\{\$0\}/\{\$1048576\}\)`
	return func(rel string) Lister {
		p := path.Join(prefix, rel)
		return func(ctx context.Context) error { return c.do(ctx, http.MethodGet, p) }
	}
}

// Sending curries a write: Sending(method)(prefix)(rel).
func (c *Client) Sending(method string) func(prefix string) func(rel string) Lister { // want Sending:`requests\(\{\$0\} \{\}\{\$1048576\}/\{\$1048640\}\)`
	return func(prefix string) func(rel string) Lister {
		return func(rel string) Lister {
			p := path.Join(prefix, rel)
			return func(ctx context.Context) error { return c.do(ctx, method, p) }
		}
	}
}

// Account partially applies an account ID: Account("~")("~") is "me".
func Account(id string) func(ext string) string { // want Account:`route\(/restapi/v1\.0/account/\{\$0\}/extension/\{\$1048576\}\)`
	root := "/restapi/v1.0/account/" + id
	return func(ext string) string { return root + "/extension/" + ext }
}

func (c *Client) do(ctx context.Context, method, p string) error { // want do:`requests\(\{\$1\} \{\$256\}\{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, c.Base+p, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err == nil {
		resp.Body.Close()
	}
	return err
}
