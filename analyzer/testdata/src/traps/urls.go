package traps

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
)

// A URL parsed from another service's address stays that service's, and a
// helper that replaces the path drops the route it was given (and keeps
// the server: another service's here).
func urlLookAlikes(c *http.Client, route string) {
	u, _ := url.Parse("https://api.example.com/restapi/v1.0/account/~/call-log")
	u.RawQuery = "view=Detailed"
	c.Get(u.String())

	v, _ := url.Parse("https://platform.ringcentral.com/restapi/v1.0/account/~/call-log")
	v.Host = "mock.example.com"
	c.Get(v.String())

	c.Get(healthURL("https://api.example.com/restapi/v1.0/account/~/call-log"))

	req, _ := http.NewRequest(http.MethodGet, "https://api.example.com", nil)
	req.URL.Path = "/restapi/v1.0/account/~/call-log"
	c.Do(req)
}

// healthURL keeps the server of raw and replaces its path entirely: a
// route builder whose route is its own, whatever raw is (no fact: only
// this package can call it).
func healthURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	u.Path = "/healthz"
	u.RawQuery = ""
	return u.String()
}

// Request literals that are no RingCentral request: another service's URL,
// and a RingCentral route moved to another host.
func requestLiteralLookAlikes(c *http.Client) {
	u, _ := url.Parse("https://api.example.com/restapi/v1.0/account/~/call-log")
	c.Do(&http.Request{Method: http.MethodDelete, URL: u})

	req := &http.Request{URL: &url.URL{Scheme: "https", Host: "platform.ringcentral.com", Path: "/restapi/v1.0/account/~/call-log"}}
	req.URL.Host = "mock.example.com"
	c.Do(req)
}

// A server field the package sets to two servers has no default: the
// route's host is unknown, and /scim is a path many servers have.
type scimConfig struct{ BasePath string }

var (
	prodSCIM = scimConfig{BasePath: "https://platform.ringcentral.com/scim/v2"}
	mockSCIM = scimConfig{BasePath: "https://scim.example.com/scim/v2"}
)

// The value flow gives the field both its values: the RingCentral one is
// a request, granted; the other server's is none.
func (c scimConfig) users(h *http.Client) { h.Get(c.BasePath + "/Users") } // want users:`requests\(GET https://platform.ringcentral.com/scim/v2/Users\)`

// A field the package sets to one route, of a type only the package can
// fill, holds that route: the value flow follows it.
type preset struct{ Path string }

var callLogPreset = preset{Path: "/restapi/v1.0/account/~/call-log"}

func (p preset) get(h *http.Client) { // want get:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/call-log\)`
	h.Get("https://platform.ringcentral.com" + p.Path) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

// An exported field of an exported type may be set by the packages using
// it, with any route: its method is a wrapper of the field, which each
// call fills in (a projection of the receiver).
type Endpoint struct{ Path string }

func (e Endpoint) Get(h *http.Client) { // want Get:`requests\(GET https://platform.ringcentral.com\{\$256\}\)`
	h.Get("https://platform.ringcentral.com" + e.Path)
}

// A self-check of the program's own listener, over plain HTTP, which
// RingCentral's API never is.
func selfCheck(h *http.Client, ln net.Listener) {
	addr := ln.Addr().String()
	h.Get("http://" + addr + "/restapi/v1.0/account/~/call-log")
	h.Get(fmt.Sprintf("http://%s/restapi/v1.0/account/~/extension/%d/call-log", addr, 7))
}

// A mock platform's readiness probe in non-test code: a test server's URL
// is the loopback address.
type mockServer struct{ *httptest.Server }

func (s *mockServer) ready(h *http.Client) {
	h.Get(s.URL + "/restapi/v1.0/account/~/call-log")
}
