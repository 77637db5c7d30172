package app // want package:`needs\(\[ReadAccounts, ReadCallLog, ReadCallRecording, ReadPresence\]\) wrappers=true module=""`

// Package app calls URL helpers of another package through a struct that
// embeds their client.

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"

	"example.com/urlembed/rc"
)

type Calls struct{ *rc.Client }

func (s Calls) Company(ctx context.Context) error { // want Company:`requests\(GET \{\}/restapi/v1.0/account/\{\}/call-log\)`
	return s.GetJSON(ctx, s.AccountURL("call-log")) // want `GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

func (s Calls) Extensions(ctx context.Context) error { // want Extensions:`requests\(GET \{\$321\}//restapi/v1\.0/account/\~/extension\)`
	return s.GetJSON(ctx, s.Resolve("/restapi/v1.0/account/~/extension"))
}

// A relative path against a base with no path: net/url roots it.
func (s Calls) Relative(ctx context.Context) error { // want Relative:`requests\(GET \{\$321\}/restapi/v1\.0/account/\~/extension/\~/presence\)`
	return s.GetJSON(ctx, s.Resolve("restapi/v1.0/account/~/extension/~/presence")) // want `GET /restapi/v1.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
}

// A path many servers have, on the server of the client the caller
// gives.
func (s Calls) Users(ctx context.Context) error { // want Users:`requests\(GET \{\$321\}//scim/v2/Users\)`
	return s.GetJSON(ctx, s.Resolve("/scim/v2/Users"))
}

// A client whose server is known only at run time.
func Directory(ctx context.Context) error { // want Directory:`requests\(GET \{\}//scim/v2/Users\)`
	base, err := url.Parse(os.Getenv("DIRECTORY_URL"))
	if err != nil {
		return err
	}
	return Calls{&rc.Client{Base: base}}.Users(ctx) // want `GET /scim/v2/Users: rcperm cannot tell which RingCentral operation`
}

// A string helper that puts the route after the base.
func (s Calls) Recording(ctx context.Context, id string) error { // want Recording:`requests\(GET \{\$321\}//restapi/v1\.0/account/\~/recording/\{\$1\}/content, GET \{\$321\}/restapi/v1\.0/account/\~/recording/\{\$1\}/content\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.URL(fmt.Sprintf("/restapi/v1.0/account/~/recording/%s/content", id)), nil) // want `GET /restapi/v1.0/account/~/recording/\{recordingId\}/content \(readCallRecordingContent\) needs \[ReadCallRecording\]`
	if err != nil {
		return err
	}
	_, err = s.Do(req)
	return err
}

// A client of the package's own whose base is another server: no
// request to RingCentral.
type pbxClient struct {
	base *url.URL
	hc   *http.Client
}

func (p pbxClient) endpoint(elem ...string) *url.URL { return p.base.JoinPath(elem...) }

func Mirror(ctx context.Context) error {
	p := pbxClient{base: &url.URL{Scheme: "https", Host: "pbx.example.com"}, hc: http.DefaultClient}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.endpoint("restapi/v1.0/account/~/call-log").String(), nil)
	if err != nil {
		return err
	}
	_, err = p.hc.Do(req)
	return err
}
