package rc // want package:`needs\(\[\]\) wrappers=true module=""`

// Package rc is a client whose helpers build *url.URL values from a base
// known only at run time: the services of another package embed it and
// call the promoted helpers.

import (
	"context"
	"net/http"
	"net/url"
)

type Client struct {
	*http.Client
	Base    *url.URL
	Account string
}

// Resolve takes a path rooted or not: against a base with no path, both
// are the same route.
func (c *Client) Resolve(p string) *url.URL { // want Resolve:`route\(\{\$257\}/\{\$0\}\)`
	return c.Base.ResolveReference(&url.URL{Path: p})
}

// AccountURL joins the account's prefix and the elements.
func (c *Client) AccountURL(elem ...string) *url.URL { // want AccountURL:`route\(\) variadic\(13\)`
	return c.Base.JoinPath(append([]string{"restapi", "v1.0", "account", c.Account}, elem...)...)
}

// URL resolves a path, or puts it after the base when it does not parse.
func (c *Client) URL(path string) string { // want URL:`route\(\) or \{\$257\}/\{\$0\} or \{\$257\}\{\$0\}`
	if ref, err := url.Parse(path); err == nil {
		return c.Base.ResolveReference(ref).String()
	}
	return c.Base.String() + path
}

func (c *Client) GetJSON(ctx context.Context, u *url.URL) error { // want GetJSON:`requests\(GET \{\$1\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}
