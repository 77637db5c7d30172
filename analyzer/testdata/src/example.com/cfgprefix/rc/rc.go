package rc // want package:`needs\(\[\]\) wrappers=true module=""`

import (
	"context"
	"net/http"
	"net/url"
	"path"

	"example.com/cfgprefix/config"
)

type API int

const (
	REST API = iota
	Team
)

type Client struct {
	scheme, host string
	prefixes     map[API]string
	account      string
	hc           *http.Client
}

func New(cfg config.Config) (*Client, error) {
	base, err := url.Parse(cfg.Server)
	if err != nil {
		return nil, err
	}
	return &Client{
		scheme:   base.Scheme,
		host:     base.Host,
		prefixes: map[API]string{REST: cfg.RestPrefix, Team: cfg.TeamPrefix},
		account:  cfg.Account,
		hc:       http.DefaultClient,
	}, nil
}

func (c *Client) Account() string { return c.account }

// URL joins the API's prefix and elem.
func (c *Client) URL(api API, elem ...string) *url.URL { // want URL:`route\(\) or \{\}/\{\}/\{\} or \{\}/\{\}/\{\} variadic\(13\) specialized\(26\)`
	return &url.URL{Scheme: c.scheme, Host: c.host, Path: path.Join(c.prefixes[api], path.Join(elem...))}
}

// FilterPath is a REST path as a subscription's event filter names it.
func (c *Client) FilterPath(elem ...string) string { // want FilterPath:`route\(\{\}/\{\}\) variadic\(13\)`
	return path.Join(c.prefixes[REST], path.Join(elem...))
}

func (c *Client) Do(ctx context.Context, method string, u *url.URL) (*http.Response, error) { // want Do:`requests\(\{\$1\} \{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, u.String(), nil)
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req)
}

func (c *Client) RestPath() string { return c.prefixes[REST] + "/x" } // want RestPath:`route\(\{\}/x\)`

func (c *Client) PathOf(api API) string { return c.prefixes[api] + "/x" } // want PathOf:`route\(\) or \{\}/x or \{\}/x specialized\(2\)`
