package app // want package:`needs\(\[ReadCallLog, ReadPresence\]\)`

import (
	"context"
	"net/http"
	"strings"

	"example.com/resultchain/result"
)

const base = "https://platform.ringcentral.com"

// newReq returns the step that makes the request for a path: Then calls it
// with the path the chain carries.
func newReq(ctx context.Context) func(string) (*http.Request, error) { // want newReq:`requests\(GET https://platform\.ringcentral\.com\{\$1048576\}\)`
	return func(path string) (*http.Request, error) {
		return http.NewRequestWithContext(ctx, http.MethodGet, base+path, nil)
	}
}

func send(req *http.Request) (*http.Response, error) { return http.DefaultClient.Do(req) }

func CallLog(ctx context.Context) (*http.Response, error) { // want CallLog:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-log\)`
	r := result.Of("/restapi/v1.0/account/~/call-log")
	req := result.Then(r, newReq(ctx)) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	return result.Then(req, send).Get()
}

func Presence(ctx context.Context) (*http.Response, error) { // want Presence:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/presence\)`
	r := result.Then(result.Of("/restapi/v1.0/account/~/extension/~/presence"), func(p string) (*http.Request, error) {
		return http.NewRequestWithContext(ctx, http.MethodGet, base+p, nil) // want `GET /restapi/v1.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
	})
	return result.Then(r, send).Get()
}

// Each chain's closure gets its own chain's value: the call-log route
// above reaches neither this closure nor Presence's. Here the value is
// what trim returned inside Then, which Then's summary does not follow:
// unresolved, and no other chain's route.
func Extension(ctx context.Context) (*http.Response, error) { // want Extension:`requests\(GET https://platform\.ringcentral\.com\{\}\)`
	r := result.Then(result.Of("/restapi/v1.0/account/~/extension/~"), trim)
	req := result.Then(r, func(p string) (*http.Request, error) {
		return http.NewRequestWithContext(ctx, http.MethodGet, base+p, nil) // want `GET /\{\}: rcperm cannot tell which RingCentral operation`
	})
	return result.Then(req, send).Get()
}

// Later calls nothing: what the step is run with is out of sight, and its
// request is unresolved rather than lost.
func Deferred(ctx context.Context) func(string) error { // want Deferred:`requests\(GET https://platform\.ringcentral\.com\{\}\)`
	step := result.Later(func(p string) error {
		_, err := newReq(ctx)(p) // want `GET /\{\}: rcperm cannot tell which RingCentral operation`
		return err
	})
	return step
}

// A factory's step handed to Later: unresolved at the hand-over.
func DeferredFactory(ctx context.Context) { // want DeferredFactory:`requests\(GET https://platform\.ringcentral\.com\{\}\)`
	_ = result.Later(adapt(newReq(ctx))) // want `GET /\{\}: rcperm cannot tell which RingCentral operation`
}

func trim(s string) (string, error) { return strings.TrimSpace(s), nil }

func adapt(f func(string) (*http.Request, error)) func(string) error {
	return func(p string) error { _, err := f(p); return err }
}
