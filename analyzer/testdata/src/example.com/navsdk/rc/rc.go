package rc // want package:`needs\(\[\]\) wrappers=true module=""`

// Package rc is a navigation SDK: a Resource is a place in the API tree,
// Account and Extension embed one (through an alias) and add children,
// and Child joins segments onto the embedded path.

import (
	"context"
	"net/http"
	"path"
)

type Client struct{ server string }

func New(server string) *Client { return &Client{server: server} } // want New:`effects\(result 1 fields, receiver 0 fields\)`

type Resource struct {
	c    *Client
	path string
}

func (r Resource) Child(elem ...string) Resource { // want Child:`effects\(result 2 fields, receiver 0 fields\)`
	return Resource{c: r.c, path: path.Join(append([]string{r.path}, elem...)...)}
}

func (r Resource) Get(ctx context.Context) error  { return r.c.do(ctx, http.MethodGet, r.path) }  // want Get:`requests\(GET \{\}\{\$257\}\)`
func (r Resource) Post(ctx context.Context) error { return r.c.do(ctx, http.MethodPost, r.path) } // want Post:`requests\(POST \{\}\{\$257\}\)`

type node = Resource

type Account struct{ node }

func (c *Client) Account(id string) Account { // want Account:`effects\(result 1 fields, receiver 0 fields\)`
	return Account{node{c: c, path: "/restapi/v1.0/account/" + id}}
}

func (a Account) Extension(id string) Extension    { return Extension{a.Child("extension", id)} } // want Extension:`effects\(result 1 fields, receiver 0 fields\)`
func (a Account) Resource(elem ...string) Resource { return a.Child(elem...) }                    // want Resource:`effects\(result 2 fields, receiver 0 fields\)`

type Extension struct{ node }

func (e Extension) Resource(elem ...string) Resource { return e.Child(elem...) } // want Resource:`effects\(result 2 fields, receiver 0 fields\)`

func (c *Client) Subscriptions() Resource { return Resource{c, "/restapi/v1.0/subscription"} } // want Subscriptions:`effects\(result 2 fields, receiver 0 fields\)`

func (c *Client) do(ctx context.Context, method, p string) error { // want do:`requests\(\{\$1\} \{\$256\}\{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, c.server+p, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
