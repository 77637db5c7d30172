package rc // want package:`needs\(\[ReadAccounts, ReadCallLog\]\) wrappers=true module=""`

// A path builder whose nodes point to their parents and render their
// path recursively, as RingCentral's SDKs in other languages do: each
// node's parent is the node its builder method was called on, and the
// chain ends where a parent is nil.

import (
	"context"
	"net/http"
)

type Client struct {
	server string
	hc     *http.Client
}

func (c *Client) do(ctx context.Context, method, path string) error { // want do:`requests\(\{\$1\} https://platform\.ringcentral\.com\{\$2\}\)`
	req, err := http.NewRequestWithContext(ctx, method, c.server+path, nil)
	if err != nil {
		return err
	}
	_, err = c.hc.Do(req)
	return err
}

// node is a segment of a path with a pointer to its parent segment.
type node struct {
	c      *Client
	parent *node
	seg    string
	id     string
}

func (n *node) path(withID bool) string {
	p := "/" + n.seg
	if n.parent != nil {
		p = n.parent.path(true) + p
	}
	if withID && n.id != "" {
		p += "/" + n.id
	}
	return p
}

func (n *node) child(seg, id string) node { return node{c: n.c, parent: n, seg: seg, id: id} }

type Restapi struct{ node }

func New() *Restapi {
	c := &Client{server: "https://platform.ringcentral.com", hc: http.DefaultClient}
	return &Restapi{node{c: c, seg: "restapi", id: "v1.0"}}
}

type Account struct{ node }

func (r *Restapi) Account(id string) *Account { return &Account{r.child("account", id)} }

type Extension struct{ node }

func (a *Account) Extension(id string) *Extension { return &Extension{a.child("extension", id)} }

func (e *Extension) Get(ctx context.Context) error { // want Get:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\{\}/extension/\{\}\)`
	return e.c.do(ctx, http.MethodGet, e.path(true))
}

type CallLog struct{ node }

func (e *Extension) CallLog() *CallLog { return &CallLog{e.child("call-log", "")} }

func (l *CallLog) List(ctx context.Context) error { // want List:`requests\(GET https://platform\.ringcentral\.com/restapi/\{\}/account/\{\}/extension/\{\}/call-log\)`
	return l.c.do(ctx, http.MethodGet, l.path(false)) // want `GET /restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
}
