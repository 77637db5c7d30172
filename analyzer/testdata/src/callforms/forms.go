package callforms // want package:`needs\(\[ReadCallLog\]\) wrappers=true module=""`

// Package callforms makes requests in the call forms real clients use.

import (
	"net/http"
	"time"
)

type Client struct {
	Server string
	HTTP   *http.Client
}

func (c *Client) Get(route string) (*http.Response, error) { // want Get:`requests\(GET \{\$256\}\{\$0\}\)`
	return c.HTTP.Get(c.Server + route)
}

// A method expression: the receiver is the first argument.
func methodExpr(c *Client) { // want methodExpr:`requests\(GET .*`
	(*Client).Get(c, "/restapi/v1.0/account/~/call-log") // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

// get and getRetry call each other, get first: when getRetry is
// summarized, get's request is not known yet.
func (c *Client) get(route string, tries int) (*http.Response, error) { // want get:`requests\(GET \{\$256\}\{\$0\}\)`
	if tries > 1 {
		return c.getRetry(route, tries)
	}
	return c.HTTP.Get(c.Server + route)
}

func (c *Client) getRetry(route string, tries int) (*http.Response, error) { // want getRetry:`requests\(GET \{\$256\}\{\$0\}\)`
	resp, err := c.get(route, 1)
	for i := 1; err != nil && i < tries; i++ {
		time.Sleep(time.Second)
		resp, err = c.get(route, 1)
	}
	return resp, err
}

func retried(c *Client) { // want retried:`requests\(GET .*`
	c.getRetry("/restapi/v1.0/account/~/active-calls", 3) // want `GET /restapi/v1.0/account/~/active-calls \(listCompanyActiveCalls\) needs \[ReadCallLog\]`
}

// Requests in package-level initializers and function literals.
var (
	syncResp, _ = http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/call-log-sync") // want `GET /restapi/v1.0/account/~/call-log-sync \(syncAccountCallLog\) needs \[ReadCallLog\]`

	fetchExtensionLog = func(c *Client) {
		c.Get("/restapi/v1.0/account/~/extension/~/call-log") // want `GET /restapi/v1.0/account/~/extension/~/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
	}
)

// A route and many query pairs in one expression: the route is known.
func longQuery(c *Client, a, b string) { // want longQuery:`requests\(GET .*`
	c.Get("/restapi/v1.0/account/~/call-log?dateFrom=" + a + "&dateTo=" + b + "&view=" + a + "&type=" + b + // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
		"&direction=" + a + "&withRecording=" + b + "&recordingType=" + a + "&page=" + b + "&perPage=" + a +
		"&showBlocked=" + b + "&showDeleted=" + a + "&sessionId=" + b + "&telephonySessionId=" + a +
		"&phoneNumber=" + b + "&extensionNumber=" + a + "&conferenceType=" + b + "&transport=" + a)
}
