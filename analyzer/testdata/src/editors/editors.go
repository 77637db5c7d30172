package editors // want package:`needs\(\[ReadCallLog, ReadCallRecording, ReadMessages, ReadPresence, SMS\]\) wrappers=true module=""`

// Package editors sends requests whose route is set after they are made,
// by the functions they are handed to: a helper, a closure, an option a
// constructor made, a function value that does not show.

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

const server = "https://platform.ringcentral.com"

// setPath is a helper that sets a request's route.
func setPath(req *http.Request, p string) { req.URL.Path = p }

// setURLPath sets the route on the URL alone.
func setURLPath(u *url.URL, p string) { u.Path = p }

// withHeader edits no route.
func withHeader(req *http.Request) { req.Header.Set("Accept", "application/json") }

func helper(ctx context.Context) { // want helper:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-log\)`
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, server, nil) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	setPath(req, "/restapi/v1.0/account/~/call-log")
	http.DefaultClient.Do(req)
}

func urlHelper(ctx context.Context) { // want urlHelper:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/presence\)`
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, server, nil) // want `GET /restapi/v1.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
	setURLPath(req.URL, "/restapi/v1.0/account/~/extension/~/presence")
	http.DefaultClient.Do(req)
}

func headerOnly(ctx context.Context) { // want headerOnly:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/message-store\)`
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, server+"/restapi/v1.0/account/~/extension/~/message-store", nil) // want `GET /restapi/v1.0/account/~/extension/~/message-store \(listMessages\) needs \[ReadMessages\]`
	withHeader(req)
	http.DefaultClient.Do(req)
}

// An option made here and applied to the request.
func closure(ctx context.Context) { // want closure:`requests\(POST https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/sms\)`
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, server, nil) // want `POST /restapi/v1.0/account/~/extension/~/sms \(createSMSMessage\) needs \[SMS\]`
	sms := func(r *http.Request) {
		r.URL = r.URL.ResolveReference(&url.URL{Path: "/restapi/v1.0/account/~/extension/~/sms"})
	}
	sms(req)
	http.DefaultClient.Do(req)
}

type option func(*http.Request)

// withPath makes an option that sets the route it is made with; each call
// of it its own.
func withPath(p string) option {
	return func(r *http.Request) { r.URL.Path = p }
}

// withSuffix makes an option that extends the route it is applied to.
func withSuffix(s string) option {
	return func(r *http.Request) { r.URL.Path = strings.TrimSuffix(r.URL.Path, "/") + "/" + s }
}

// withPathf formats the route it is made with, its arguments escaped.
func withPathf(format string, args ...any) option {
	return func(r *http.Request) {
		escaped := make([]any, len(args))
		for i, a := range args {
			escaped[i] = url.PathEscape(fmt.Sprint(a))
		}
		r.URL.Path = fmt.Sprintf(format, escaped...)
	}
}

func madeOptions(ctx context.Context) { // want madeOptions:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/recording/42/content\)`
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, server, nil) // want `GET /restapi/v1.0/account/~/recording/42/content \(readCallRecordingContent\) needs \[ReadCallRecording\]`
	for _, o := range []option{withPath("/restapi/v1.0/account/~/recording/42"), withSuffix("content")} {
		o(req)
	}
	http.DefaultClient.Do(req)
}

// An option another package may pass: its callers' edits ({$178}) set
// the route, at each call.
func Apply(ctx context.Context, edit func(*http.Request)) { // want Apply:`requests\(DELETE https://platform\.ringcentral\.com\{\$178\}\)`
	req, _ := http.NewRequestWithContext(ctx, http.MethodDelete, server, nil)
	edit(req)
	http.DefaultClient.Do(req)
}

// A request to another server, its route set by a helper, is none of
// RingCentral's.
func elsewhere(ctx context.Context) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://archive.example.com", nil)
	setPath(req, "/restapi/v1.0/account/~/call-log")
	http.DefaultClient.Do(req)
}

// send applies the options its callers pass: each call its own request.
func send(ctx context.Context, method string, opts ...option) error { // want send:`requests\(\{\$1\} https://platform\.ringcentral\.com\{\$179\}\)`
	req, err := http.NewRequestWithContext(ctx, method, server, nil)
	if err != nil {
		return err
	}
	for _, o := range opts {
		o(req)
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func callers(ctx context.Context) { // want callers:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/presence, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/\{\}/message-store, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/recording/7/content\)`
	send(ctx, http.MethodGet, withPath("/restapi/v1.0/account/~/extension/~/presence"))               // want `GET /restapi/v1.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
	send(ctx, http.MethodGet, withPathf("/restapi/v1.0/account/~/extension/%s/message-store", 42))    // want `GET /restapi/v1.0/account/~/extension/\{extensionId\}/message-store \(listMessages\) needs \[ReadMessages\]`
	send(ctx, http.MethodGet, withPath("/restapi/v1.0/account/~/recording/7"), withSuffix("content")) // want `GET /restapi/v1.0/account/~/recording/7/content \(readCallRecordingContent\) needs \[ReadCallRecording\]`
}
