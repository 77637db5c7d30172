package app // want package:`needs\(\[ReadAccounts, ReadCallLog\]\) wrappers=true module=""`

// Package app makes its calls through the transport: concretely, and
// through the interface it implements.

import (
	"context"
	"net/http"

	"example.com/segcall/rpc"
)

func CallLog(ctx context.Context) { // want CallLog:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-log\?\{\}\)`
	t, _ := rpc.NewHTTPTransport("https://platform.ringcentral.com")
	t.RoundTrip(ctx, &rpc.Call{Verb: http.MethodGet, Resource: []string{"restapi", "v1.0", "account", "~", "call-log"}}) // want `GET /restapi/v1\.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

func Extensions(ctx context.Context) { // want Extensions:`requests\(GET \{\}/restapi/v1\.0/account/~/extension\?\{\}, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension\?\{\}\)`
	t, _ := rpc.NewHTTPTransport("https://platform.ringcentral.com")
	var tr rpc.Transport = t
	tr.RoundTrip(ctx, &rpc.Call{Verb: http.MethodGet, Resource: []string{"restapi", "v1.0", "account", "~", "extension"}})
}

// Archive joins RingCentral's segments under another company's root.
func Archive(ctx context.Context) {
	t, _ := rpc.NewHTTPTransport("https://archive.example.com")
	t.RoundTrip(ctx, &rpc.Call{Verb: http.MethodGet, Resource: []string{"restapi", "v1.0", "account", "~", "call-log"}})
}
