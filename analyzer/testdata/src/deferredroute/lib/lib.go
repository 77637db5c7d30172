package lib // want package:`needs\(\[\]\) wrappers=true module=""`

// Package lib sends typed endpoints: Do fills an endpoint's {placeholders}
// from its path arguments in a loop, which only a caller can say.

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// Endpoint is an operation's method and path template.
type Endpoint[Resp any] struct {
	Method string
	Path   string // want Path:`field stores\(3\)`
}

var (
	CallLog          = Endpoint[int]{Method: http.MethodGet, Path: "/restapi/v1.0/account/{accountId}/call-log"}                         // want CallLog:`global\(2 fields\)`
	ExtensionCallLog = Endpoint[int]{Method: http.MethodGet, Path: "/restapi/v1.0/account/{accountId}/extension/{extensionId}/call-log"} // want ExtensionCallLog:`global\(2 fields\)`
	Extension        = Endpoint[int]{Method: http.MethodGet, Path: "/restapi/v1.0/account/{accountId}/extension/{extensionId}"}          // want Extension:`global\(2 fields\)`
)

// Client sends to one server.
type Client struct {
	HTTP *http.Client
}

const server = "https://platform.ringcentral.com"

// Do sends ep with its placeholders filled from pathArgs, in order.
func Do[Resp any](ctx context.Context, c *Client, ep Endpoint[Resp], pathArgs ...string) (Resp, error) { // want Do:`requests\(\{\$1792\} https://platform.ringcentral.com\{\$1793\}\{\} \(callers: https://platform.ringcentral.com\{\$192\}, 1 deferred\)\)`
	var resp Resp
	p, err := expand(ep.Path, pathArgs)
	if err != nil {
		return resp, err
	}
	req, err := http.NewRequestWithContext(ctx, ep.Method, server+p, nil)
	if err != nil {
		return resp, err
	}
	_, err = c.HTTP.Do(req)
	return resp, err
}

// expand fills each {placeholder} of tmpl with the next argument.
func expand(tmpl string, args []string) (string, error) {
	var b strings.Builder
	rest := tmpl
	for i := 0; ; i++ {
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			if i != len(args) {
				return "", fmt.Errorf("%s: %d arguments for %d placeholders", tmpl, len(args), i)
			}
			b.WriteString(rest)
			return b.String(), nil
		}
		end := strings.IndexByte(rest[open:], '}')
		if end < 0 || i >= len(args) {
			return "", fmt.Errorf("%s: missing argument %d", tmpl, i)
		}
		b.WriteString(rest[:open])
		b.WriteString(args[i])
		rest = rest[open+end+1:]
	}
}

// WithQuery adds params to route as its query: the route is route's.
func WithQuery(route string, params map[string]string) string { // want WithQuery:`route\(\{\$0\}\)`
	if len(params) == 0 {
		return route
	}
	q := url.Values{}
	for k, v := range params {
		q.Set(k, v)
	}
	sep := "?"
	if strings.Contains(route, "?") {
		sep = "&"
	}
	return route + sep + q.Encode()
}

// Get sends a GET of route.
func (c *Client) Get(ctx context.Context, route string) error { // want Get:`requests\(GET https://platform.ringcentral.com\{\$1\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, server+route, nil)
	if err != nil {
		return err
	}
	_, err = c.HTTP.Do(req)
	return err
}
