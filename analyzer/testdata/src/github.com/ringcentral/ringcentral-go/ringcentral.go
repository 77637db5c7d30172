// Package ringcentral stands in for github.com/ringcentral/ringcentral-go
// v0.8.0 in rcperm's tests. RestClient has the real fields and the real
// signatures of the request methods, whose endpoint argument is the path
// rcperm checks. The bodies do nothing: rcperm never runs or reads them, and
// bodies that called Request would be requests of their own to analyze.
//
// The one liberty: a body is a Reader, io.Reader's method set spelled out,
// so that the stand-in imports nothing. Any io.Reader is one, and rcperm
// never looks at the body; but go vet runs its tool on every std package
// under a module's imports, and io's are 35 of them, which cost each go
// vet run of the end-to-end tests 2.6 s of CPU.
package ringcentral

// Reader is io.Reader.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// RestClient is the real client type; its README builds one as a struct
// literal and then calls Authorize.
type RestClient struct {
	ClientID     string
	ClientSecret string
	Server       string
	Token        *TokenInfo
}

// Request sends method to endpoint, a path such as
// "/restapi/v1.0/account/~/extension/~", and returns the response body.
func (rc RestClient) Request(method, endpoint, contentType string, body Reader) []byte {
	return nil
}

// Get sends GET to endpoint.
func (rc RestClient) Get(endpoint string) []byte {
	return nil
}

// Delete sends DELETE to endpoint.
func (rc RestClient) Delete(endpoint string) []byte {
	return nil
}

// Post sends POST to endpoint.
func (rc RestClient) Post(endpoint string, body Reader) []byte {
	return nil
}

// Put sends PUT to endpoint.
func (rc RestClient) Put(endpoint string, body Reader) []byte {
	return nil
}

// Patch sends PATCH to endpoint.
func (rc RestClient) Patch(endpoint string, body Reader) []byte {
	return nil
}

// Authorize obtains a token; the real one POSTs to /restapi/oauth/token.
func (rc *RestClient) Authorize(getTokenRequest GetTokenRequest) {}

// Revoke drops the token; the real one POSTs to /restapi/oauth/revoke.
func (rc *RestClient) Revoke() {}
