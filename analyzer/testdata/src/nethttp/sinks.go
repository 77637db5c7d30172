// Package nethttp exercises every net/http sink rcperm knows.
package nethttp

import (
	"context"
	"net/http"
	"net/url"
)

const callLog = "https://platform.ringcentral.com/restapi/v1.0/account/~/call-log"

func sinks(ctx context.Context, c *http.Client) { // want sinks:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/call-log, GET https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~\)`
	http.NewRequest("GET", callLog, nil)                          // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\], which rcperm.yaml does not grant: RingCentral answers 403 InsufficientPermissions \(CMN-401\)`
	http.NewRequestWithContext(ctx, http.MethodGet, callLog, nil) // want `\(readCompanyCallLog\) needs \[ReadCallLog\]`
	http.Get(callLog)                                             // want `\(readCompanyCallLog\) needs \[ReadCallLog\]`
	http.Head(callLog)                                            // want `HEAD /restapi/v1.0/account/~/call-log: RingCentral has this path, but not with method HEAD; did you mean GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\)\?`
	http.Post(callLog, "application/json", nil)                   // want `POST /restapi/v1.0/account/~/call-log: RingCentral has this path, but not with method POST`
	http.PostForm(callLog, url.Values{})                          // want `POST /restapi/v1.0/account/~/call-log: RingCentral has this path`
	c.Get(callLog)                                                // want `\(readCompanyCallLog\) needs \[ReadCallLog\]`
	c.Head(callLog)                                               // want `HEAD /restapi/v1.0/account/~/call-log: RingCentral has this path`
	c.Post(callLog, "application/json", nil)                      // want `POST /restapi/v1.0/account/~/call-log: RingCentral has this path`
	c.PostForm(callLog, url.Values{})                             // want `POST /restapi/v1.0/account/~/call-log: RingCentral has this path`

	req, _ := http.NewRequest("GET", "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~", nil) // granted: ReadAccounts
	c.Do(req)                                                                                                    // Do is not a sink: the request was checked where it was made
}
