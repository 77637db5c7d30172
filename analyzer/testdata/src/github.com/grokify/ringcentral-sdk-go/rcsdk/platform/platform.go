// Package platform stands in for
// github.com/grokify/ringcentral-sdk-go/rcsdk/platform v0.3.10 in rcperm's
// tests. Platform has the real signatures of the request methods, whose url
// argument is a path relative to /restapi/v1.0 (the real APIURL prepends the
// server, "/restapi/" and "v1.0"); the bodies do nothing, since rcperm never
// runs or reads them.
package platform

import (
	"context"
	"io"
	"net/http"
	"net/url"

	"github.com/grokify/ringcentral-sdk-go/rcsdk/core"
)

// Platform sends the requests. The real one also has an exported Auth field,
// which the stand-in leaves out.
type Platform struct{}

// NewPlatform has the real signature.
func NewPlatform(context core.Context, appKey string, appSecret string, server string) Platform {
	return Platform{}
}

// Authorize obtains a token; the real one POSTs to /restapi/oauth/token.
func (p *Platform) Authorize(ctx context.Context, username string, extension string, password string, remember bool) (*http.Response, error) {
	return nil, nil
}

// Get sends GET to /restapi/v1.0 + url.
func (p *Platform) Get(url string, queryParameters url.Values, body io.Reader, headers http.Header) (*http.Response, error) {
	return nil, nil
}

// Post sends POST to /restapi/v1.0 + url.
func (p *Platform) Post(url string, queryParameters url.Values, body io.Reader, headers http.Header) (*http.Response, error) {
	return nil, nil
}

// Put sends PUT to /restapi/v1.0 + url.
func (p *Platform) Put(url string, queryParameters url.Values, body io.Reader, headers http.Header) (*http.Response, error) {
	return nil, nil
}

// Delete sends DELETE to /restapi/v1.0 + url.
func (p *Platform) Delete(url string, queryParameters url.Values, body io.Reader, headers http.Header) (*http.Response, error) {
	return nil, nil
}
