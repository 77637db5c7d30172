package rc

import (
	"context"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
)

// Request is a value: each builder method changes a copy, so a partly
// built request kept as a base is never changed by what extends it.
type Request struct {
	client *Client
	verb   string
	prefix string
	parts  []string
	params url.Values
}

func New(c *Client) Request { // want New:`effects\(result 4 fields, receiver 0 fields\)`
	return Request{client: c, verb: http.MethodGet, prefix: "/restapi/v1.0"}
}

func (r Request) Get() Request  { r.verb = http.MethodGet; return r }  // want Get:`effects\(result 4 fields, receiver 0 fields\)`
func (r Request) Post() Request { r.verb = http.MethodPost; return r } // want Post:`effects\(result 4 fields, receiver 0 fields\)`
func (r Request) Put() Request  { r.verb = http.MethodPut; return r }  // want Put:`effects\(result 4 fields, receiver 0 fields\)`

func (r Request) API(prefix string) Request { // want API:`effects\(result 4 fields, receiver 0 fields\)`
	r.prefix, r.parts = prefix, nil
	return r
}

func (r Request) Account(id string) Request   { return r.Segment("account", id) }   // want Account:`effects\(result 4 fields, receiver 0 fields\)`
func (r Request) Extension(id string) Request { return r.Segment("extension", id) } // want Extension:`effects\(result 4 fields, receiver 0 fields\)`

// Segment appends to a clipped copy: a base's parts are never shared.
func (r Request) Segment(s ...string) Request { // want Segment:`effects\(result 4 fields, receiver 0 fields\)`
	r.parts = append(slices.Clip(r.parts), s...)
	return r
}

func (r Request) Param(k, v string) Request { // want Param:`effects\(result 4 fields, receiver 0 fields\)`
	q := url.Values{}
	for key, vs := range r.params {
		q[key] = slices.Clone(vs)
	}
	q.Add(k, v)
	r.params = q
	return r
}

func (r Request) Do(ctx context.Context) error { // want Do:`requests\(\{\$257\} \{\}\{\}\?\{\} \(callers: \{\}\{\$192\}\?\{\}, 1 deferred\)\)`
	return r.client.send(ctx, r.verb, path.Join(append([]string{r.prefix}, r.parts...)...), r.params)
}

// Typed decodes into T.
type Typed[T any] struct{ r Request }

func As[T any](r Request) Typed[T] { return Typed[T]{r: r} } // want As:`effects\(result 3 fields, receiver 0 fields\)`

func (t Typed[T]) Do(ctx context.Context) (T, error) { // want Do:`requests\(\{\$321\} \{\}\{\}\?\{\} \(callers: \{\}\{\$192\}\?\{\}, 1 deferred\)\)`
	var out T
	return out, t.r.Do(ctx)
}

// All pages through a list.
func All[T any](ctx context.Context, r Request, size int) ([]T, error) { // want All:`requests\(\{\$1281\} \{\}\{\}\?\{\} \(callers: \{\}\{\$192\}\?\{\}, 1 deferred\)\)`
	var out []T
	for page := 1; page < 100; page++ {
		p, err := As[[]T](r.Param("page", strconv.Itoa(page)).Param("perPage", strconv.Itoa(size))).Do(ctx)
		if err != nil || len(p) == 0 {
			return out, err
		}
		out = append(out, p...)
	}
	return out, nil
}
