package rc // want package:`needs\(\[\]\) wrappers=true module=""`

// Package rc builds requests with a fluent query: each scope (account,
// extension, item id) is a segment only when it was set, so the path a
// query renders depends on which setters its callers chained.

import (
	"context"
	"net/http"
	"net/url"
	"strings"
)

const (
	restRoot = "/restapi/v1.0"
	teamRoot = "/team-messaging/v1"
)

type API struct {
	hc     *http.Client
	server string
}

func New(server string) *API { return &API{hc: http.DefaultClient, server: server} } // want New:`effects\(result 1 fields, receiver 0 fields\)`

type Query struct {
	api       *API
	root      string
	account   string
	extension string
	resource  []string
	id        string
	sub       []string
	owner     string
	values    url.Values
}

func (a *API) Resource(segments ...string) *Query { // want Resource:`effects\(result 8 fields, receiver 0 fields\)`
	return &Query{api: a, root: restRoot, resource: segments}
}

func (a *API) TeamMessaging(segments ...string) *Query { // want TeamMessaging:`effects\(result 8 fields, receiver 0 fields\)`
	return &Query{api: a, root: teamRoot, resource: segments}
}

func (q *Query) Account(id string) *Query   { q.account = id; return q }   // want Account:`effects\(result 8 fields, receiver 1 fields\)`
func (q *Query) Extension(id string) *Query { q.extension = id; return q } // want Extension:`effects\(result 8 fields, receiver 1 fields\)`
func (q *Query) ID(id string) *Query        { q.id = id; return q }        // want ID:`effects\(result 8 fields, receiver 1 fields\)`

// Where adds a query parameter.
func (q *Query) Where(key, value string) *Query { // want Where:`effects\(result 8 fields, receiver 0 fields\)`
	if q.values == nil {
		q.values = url.Values{}
	}
	q.values.Add(key, value)
	return q
}

// Filter renders the query as a subscription's event filter.
func (q *Query) Filter() string { // want Filter:`route\(\{\$193\}\)`
	if len(q.values) == 0 {
		return q.Path()
	}
	return q.Path() + "?" + q.values.Encode()
}

// Mine scopes the query to the caller's own extension.
func (q *Query) Mine() *Query { q.owner = "me"; return q } // want Mine:`effects\(result 8 fields, receiver 1 fields\)`
func (q *Query) Sub(segments ...string) *Query { // want Sub:`effects\(result 8 fields, receiver 1 fields\)`
	q.sub = append(q.sub, segments...)
	return q
}

// Path joins the segments that were set.
func (q *Query) Path() string { // want Path:`code\(9 blocks\)` Path:`route\(\{\$192\}\)`
	segs := []string{q.root}
	if q.account != "" {
		segs = append(segs, "account", url.PathEscape(q.account))
	}
	switch {
	case q.extension != "":
		segs = append(segs, "extension", url.PathEscape(q.extension))
	case q.owner == "me":
		segs = append(segs, "extension", "~")
	}
	segs = append(segs, q.resource...)
	if q.id != "" {
		segs = append(segs, url.PathEscape(q.id))
	}
	segs = append(segs, q.sub...)
	return strings.Join(segs, "/")
}

func (q *Query) Get(ctx context.Context) (*http.Response, error) { // want Get:`requests\(GET \{\$321\}\{\} \(callers: \{\$321\}\{\$192\}, 1 deferred\)\)`
	return q.send(ctx, http.MethodGet)
}

func (q *Query) Post(ctx context.Context) (*http.Response, error) { // want Post:`requests\(POST \{\$321\}\{\} \(callers: \{\$321\}\{\$192\}, 1 deferred\)\)`
	return q.send(ctx, http.MethodPost)
}

func (q *Query) Put(ctx context.Context) (*http.Response, error) { // want Put:`requests\(PUT \{\$321\}\{\} \(callers: \{\$321\}\{\$192\}, 1 deferred\)\)`
	return q.send(ctx, http.MethodPut)
}

func (q *Query) send(ctx context.Context, method string) (*http.Response, error) { // want send:`requests\(\{\$1\} \{\$321\}\{\$192\} \(callers: \{\$321\}\{\$192\}, 1 deferred\)\)`
	req, err := http.NewRequestWithContext(ctx, method, q.api.server+q.Path(), nil)
	if err != nil {
		return nil, err
	}
	return q.api.hc.Do(req)
}
