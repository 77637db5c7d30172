package app // want package:`needs\(\[EditCallLog, ReadAccounts, ReadCallLog, ReadCallRecording, ReadMessages, ReadPresence\]\) wrappers=true module=""`

// Package app drives lib's request builder: every request's method and
// path are set here, in the ways Go code chains, stores and reassigns a
// builder.

import (
	"context"
	"net/http"

	"builderfx/lib"
)

var c = lib.New()

func Chain(ctx context.Context) error { // want Chain:`requests\(.*`
	return c.NewCall().Method(http.MethodGet).Path("/restapi/v1.0/account/~/call-log").Do(ctx) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

// DefaultMethod sets no method: the constructor's GET stands.
func DefaultMethod(ctx context.Context, id string) error { // want DefaultMethod:`requests\(.*`
	return c.NewCall().Path("/restapi/v1.0/account/~/extension/%s/message-store", id).Query("perPage", "100").Do(ctx) // want `GET /restapi/v1.0/account/~/extension/%s/message-store \(listMessages\) needs \[ReadMessages\]`
}

// Stored keeps the builder in a variable and adds to it in a branch.
func Stored(ctx context.Context, detailed bool) error { // want Stored:`requests\(.*`
	call := c.NewCall().Method("GET").Path("/restapi/v1.0/account/~/active-calls")
	if detailed {
		call.Query("view", "Detailed")
	}
	return call.Do(ctx) // want `GET /restapi/v1.0/account/~/active-calls \(listCompanyActiveCalls\) needs \[ReadCallLog\]`
}

// Replaced sets the method twice: the later setting is the request's.
func Replaced(ctx context.Context) error { // want Replaced:`requests\(.*`
	call := c.NewCall().Path("/restapi/v1.0/account/~/extension/~/call-log")
	call.Method(http.MethodDelete)
	return call.Do(ctx) // want `DELETE /restapi/v1.0/account/~/extension/~/call-log \(deleteUserCallLog\) needs \[EditCallLog\]`
}

// Setter sets the path with a method that returns nothing.
func Setter(ctx context.Context) error { // want Setter:`requests\(.*`
	call := c.NewCall()
	call.SetPath("/restapi/v1.0/account/~/call-log-sync")
	return call.Do(ctx) // want `GET /restapi/v1.0/account/~/call-log-sync \(syncAccountCallLog\) needs \[ReadCallLog\]`
}

type job struct{ method, path string }

var jobs = []job{
	{http.MethodGet, "/restapi/v1.0/account/~/extension"},
	{http.MethodGet, "/restapi/v1.0/account/~/presence"},
}

// Table runs a table of jobs.
func Table(ctx context.Context) error { // want Table:`requests\(.*`
	for _, j := range jobs {
		if err := c.NewCall().Method(j.method).Path(j.path).Do(ctx); err != nil { // want `GET /restapi/v1.0/account/~/presence \(readAccountPresence\) needs \[ReadPresence\]`
			return err
		}
	}
	return nil
}

// Forward hands the path on: its callers tell it.
func Forward(ctx context.Context, path string) error { // want Forward:`requests\(.*`
	return c.NewCall().Path(path).Do(ctx)
}

func UseForward(ctx context.Context) error { // want UseForward:`requests\(.*`
	return Forward(ctx, "/restapi/v1.0/account/~/recording/1/content") // want `GET /restapi/v1.0/account/~/recording/1/content \(readCallRecordingContent\) needs \[ReadCallRecording\]`
}

// Unsent is a trap: a builder never sent makes no request, and a path
// only logged is none.
func Unsent() {
	p := "/restapi/v1.0/account/~/call-log"
	println(p)
	_ = c.NewCall().Method(http.MethodDelete).Path(p)
}
