package wrapper

import "net/http"

type Client struct {
	Server string
	HTTP   *http.Client
}

func (c *Client) Get(route string) (*http.Response, error) {
	return c.HTTP.Get(c.Server + route)
}
