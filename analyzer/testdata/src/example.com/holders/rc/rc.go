package rc // want package:`needs\(\[ReadAccounts\]\) wrappers=true module=""`

// A repository of generic collections, each a Resource{path} a Repos
// field holds: a read of repos.CallLog.path is of the collection that
// field holds, here and, through the field's fact, in other packages.

import (
	"context"
	"net/http"
	"path"
)

type Client struct {
	base string
	hc   *http.Client
}

func NewClient() *Client { // want NewClient:`effects\(result 1 fields, receiver 0 fields\)`
	return &Client{base: "https://platform.ringcentral.com", hc: http.DefaultClient}
}

func (c *Client) do(ctx context.Context, method, route string) error { // want do:`requests\(\{\$1\} https://platform\.ringcentral\.com\{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, c.base+route, nil)
	if err != nil {
		return err
	}
	_, err = c.hc.Do(req)
	return err
}

// Resource is a collection of T at path.
type Resource[T any] struct {
	path string
	c    *Client
}

func (r Resource[T]) List(ctx context.Context) error { return r.c.do(ctx, http.MethodGet, r.path) } // want List:`requests\(GET https://platform\.ringcentral\.com\{\$256\}\)`

func (r Resource[T]) Delete(ctx context.Context, id string) error { // want Delete:`requests\(DELETE https://platform\.ringcentral\.com\{\$256\}/\{\$1\}\)`
	return r.c.do(ctx, http.MethodDelete, r.path+"/"+id)
}

type (
	CallRecord struct{ ID string }
	Extension  struct{ ID string }
	Chat       struct{ ID string }
	Post       struct{ ID string }
)

// Repos holds one collection of each kind.
type Repos struct {
	CallLog    Resource[CallRecord] // want CallLog:`global\(1 fields\)`
	Extensions Resource[Extension]  // want Extensions:`global\(1 fields\)`
	chats      Resource[Chat]       // no other package stores it
}

func NewRepos(c *Client) *Repos { // want NewRepos:`effects\(result 3 fields, receiver 0 fields\)`
	return &Repos{
		CallLog:    Resource[CallRecord]{path: "/restapi/v1.0/account/~/call-log", c: c},
		Extensions: Resource[Extension]{path: "/restapi/v1.0/account/~/extension", c: c},
		chats:      Resource[Chat]{path: "/team-messaging/v1/chats", c: c},
	}
}

// Posts is the collection of one chat's posts.
func (r *Repos) Posts(chatID string) Resource[Post] { // want Posts:`effects\(result 2 fields, receiver 0 fields\)`
	return Resource[Post]{path: path.Join(r.chats.path, chatID, "posts"), c: r.chats.c}
}

func (r *Repos) Chats() Resource[Chat] { return r.chats } // want Chats:`effects\(result 2 fields, receiver 0 fields\)`

func (r *Repos) Directory(ctx context.Context) error { return r.Extensions.List(ctx) } // want `GET /restapi/v1\.0/account/~/extension \(listExtensions\) needs \[ReadAccounts\]` Directory:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension\)`
