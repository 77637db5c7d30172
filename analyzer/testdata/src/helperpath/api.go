package helperpath // want package:`needs\(\[ReadCallLog\]\) wrappers=true module=""`

// Package helperpath is a hand-written client whose forwarder passes its
// path through a helper that joins it to the endpoint and adds the query.

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

type API struct {
	server string
	http   *http.Client
}

func (a *API) endpoint() string { return strings.TrimSuffix(a.server, "/") }

// MakeURL returns early when there is no query: both returns build the
// same route.
func (a *API) MakeURL(urlStr string, params url.Values) string { // want MakeURL:`route\(\{\}/\{\$0\}\)`
	u := fmt.Sprintf("%s/%s", a.endpoint(), strings.TrimPrefix(urlStr, "/"))
	if len(params) == 0 {
		return u
	}
	return u + "?" + params.Encode()
}

func (a *API) get(urlStr string, params url.Values) (*http.Response, error) { // want get:`requests\(GET \{\}/\{\$0\}\)`
	req, err := http.NewRequest(http.MethodGet, a.MakeURL(urlStr, params), nil)
	if err != nil {
		return nil, err
	}
	return a.http.Do(req)
}

func (a *API) CallLog(params url.Values) (*http.Response, error) { // want CallLog:`requests\(GET .*`
	return a.get("/restapi/v1.0/account/~/call-log", params) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

func (a *API) ActiveCalls() (*http.Response, error) { // want ActiveCalls:`requests\(GET .*`
	return a.get("restapi/v1.0/account/~/active-calls/", nil) // want `GET /restapi/v1.0/account/~/active-calls \(listCompanyActiveCalls\) needs \[ReadCallLog\]`
}

// JoinServer returns "" when the server does not parse: no route, and the
// other return is still the route it builds.
func JoinServer(server, path string) string { // want JoinServer:`route\(\{\$0\}/\{\$1\}\)`
	u, err := url.Parse(server)
	if err != nil {
		return ""
	}
	return u.JoinPath(path).String()
}

func (a *API) CallLogSync() (*http.Response, error) { // want CallLogSync:`requests\(GET .*`
	return a.http.Get(JoinServer(a.server, "/restapi/v1.0/account/~/extension/~/call-log-sync")) // want `GET /restapi/v1.0/account/~/extension/~/call-log-sync \(syncUserCallLog\) needs \[ReadCallLog\]`
}
