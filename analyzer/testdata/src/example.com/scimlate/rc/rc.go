package rc // want package:`needs\(\[\]\) wrappers=true module=""`

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
)

const server = "https://platform.ringcentral.com"

type Client struct{ hc *http.Client }

func (c *Client) GetJSON(ctx context.Context, path string, q url.Values, out any) error { // want GetJSON:`requests\(GET https://platform\.ringcentral\.com\{\$1\}\?\{\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, server+path+"?"+q.Encode(), nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}
