package requestlit // want package:`needs\(\[EditCallLog, ReadAccounts, ReadCallLog\]\) wrappers=true module=""`

// Package requestlit builds its requests as http.Request literals around a
// *url.URL, and sends them with a client's Do or a transport's RoundTrip.

import (
	"context"
	"net/http"
	"net/url"
)

// companyCallLog sets every field a request needs, as hand-written clients
// do when they skip http.NewRequest.
func companyCallLog(ctx context.Context, c *http.Client) (*http.Response, error) { // want companyCallLog:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/call-log\?\{\}\)`
	u, err := url.Parse("https://platform.ringcentral.com/restapi/v1.0/account/~/call-log")
	if err != nil {
		return nil, err
	}
	u.RawQuery = url.Values{"view": {"Detailed"}}.Encode()
	req := &http.Request{Method: http.MethodGet, URL: u, Header: http.Header{"Accept": {"application/json"}}} // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\], which rcperm.yaml does not grant`
	return c.Do(req.WithContext(ctx))
}

// activeCalls leaves Method empty: net/http sends GET.
func activeCalls(c *http.Client) (*http.Response, error) { // want activeCalls:`requests\(GET .*/active-calls\)`
	u, _ := url.Parse("https://platform.ringcentral.com/restapi/v1.0/account/~/active-calls")
	return c.Do(&http.Request{URL: u}) // want `GET /restapi/v1.0/account/~/active-calls \(listCompanyActiveCalls\) needs \[ReadCallLog\]`
}

// deleteCallLog builds a request value, sets its path afterwards, and sends
// it through a transport.
func deleteCallLog(t http.RoundTripper) (*http.Response, error) { // want deleteCallLog:`requests\(DELETE .*/extension/~/call-log\)`
	req := http.Request{Method: "delete", URL: &url.URL{Scheme: "https", Host: "platform.ringcentral.com"}} // want `DELETE /restapi/v1.0/account/~/extension/~/call-log \(deleteUserCallLog\) needs \[EditCallLog\]`
	req.URL.Path = "/restapi/v1.0/account/~/extension/~/call-log"
	return t.RoundTrip(&req)
}

// send is a wrapper: the route comes with u, from its callers.
func send(c *http.Client, method string, u *url.URL) (*http.Response, error) { // want send:`requests\(\{\$1\} \{\$2\}\)`
	return c.Do(&http.Request{Method: method, URL: u})
}

func accountInfo(c *http.Client) { // want accountInfo:`requests\(GET .*/account/~, GET .*/call-log-sync\)`
	u, _ := url.Parse("https://platform.ringcentral.com/restapi/v1.0/account/~")
	send(c, "GET", u) // granted: checked, not reported

	v, _ := url.Parse("https://platform.ringcentral.com/restapi/v1.0/account/~/call-log-sync")
	send(c, "GET", v) // want `GET /restapi/v1.0/account/~/call-log-sync \(syncAccountCallLog\) needs \[ReadCallLog\]`
}
