package openapiclient

import (
	"net/http"
	"net/url"
)

// The other ways a route reaches a request through a *url.URL.
func urlForms(c *http.Client, server *url.URL, id string) { // want urlForms:`requests\(.*`
	u, _ := url.ParseRequestURI("https://platform.ringcentral.com/restapi/v1.0/account/~")
	u.Path = "/restapi/v1.0/account/~/call-log"
	c.Get(u.String()) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`

	v, _ := url.Parse("https://platform.ringcentral.com")
	c.Get(v.JoinPath("restapi/v1.0/account/~/extension", id, "call-log").Redacted()) // want `GET /restapi/v1.0/account/~/extension/\{extensionId\}/call-log \(readUserCallLog\) needs \[ReadCallLog\]`

	ref, _ := url.Parse("/restapi/v1.0/account/~/call-log-sync")
	c.Get(server.ResolveReference(ref).String()) // want `GET /restapi/v1.0/account/~/call-log-sync \(syncAccountCallLog\) needs \[ReadCallLog\]`

	w := &url.URL{Scheme: "https", Host: "platform.ringcentral.com"}
	w.Path = "/restapi/v1.0/account/~/active-calls"
	w.Fragment = "top"
	req, _ := http.NewRequest(http.MethodGet, w.String(), nil) // want `GET /restapi/v1.0/account/~/active-calls \(listCompanyActiveCalls\) needs \[ReadCallLog\]`
	c.Do(req)

	req2, _ := http.NewRequest(http.MethodGet, "https://platform.ringcentral.com", nil) // want `GET /restapi/v1.0/account/~/extension/~/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
	req2.URL.Path = "/restapi/v1.0/account/~/extension/~/call-log"
	c.Do(req2)

	x, _ := url.Parse("https://media.example.com/restapi/v1.0/account/~/call-log")
	x.Host = "platform.ringcentral.com"
	c.Get(x.String()) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

// A request's URL edited through a variable holding it.
func editedThroughVariable(c *http.Client) { // want editedThroughVariable:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log-sync\)`
	req, _ := http.NewRequest(http.MethodGet, "https://platform.ringcentral.com", nil) // want `GET /restapi/v1.0/account/~/extension/~/call-log-sync \(syncUserCallLog\) needs \[ReadCallLog\]`
	u := req.URL
	u.Path = "/restapi/v1.0/account/~/extension/~/call-log-sync"
	c.Do(req)
}
