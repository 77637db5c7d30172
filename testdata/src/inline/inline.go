package inline // want package:`needs\(.*`

// Package inline has no rcperm.yaml anywhere above it: its permissions come
// from analyzer flags, as under Bazel nogo, which gives analyzers no files.

import "net/http"

func calls() { // want calls:`requests\(.*`
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~")          // needs ReadAccounts
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log") // want `\(readUserCallLog\) needs \[ReadCallLog\], which -(permissions|scope) does not grant`
}
