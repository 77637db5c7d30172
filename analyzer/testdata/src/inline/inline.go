package inline // want package:`needs\(.*`

// Package inline has no rcperm.yaml anywhere above it: its permissions come
// from analyzer flags, as under Bazel nogo, which gives analyzers no files.
// It calls the official SDK's stand-in, which imports nothing: the flags
// are the subject here, not net/http, whose load from source is slow.

import rcgo "github.com/ringcentral/ringcentral-go"

func calls(rc rcgo.RestClient) { // want calls:`requests\(.*`
	rc.Get("/restapi/v1.0/account/~/extension/~")          // needs ReadAccounts
	rc.Get("/restapi/v1.0/account/~/extension/~/call-log") // want `\(readUserCallLog\) needs \[ReadCallLog\], which -(permissions|scope) does not grant`
}
