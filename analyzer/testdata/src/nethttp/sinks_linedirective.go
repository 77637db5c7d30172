package nethttp

import "net/http"

// A //line directive names a file for messages, not the file compiled: a
// request in a real file is the app's even when the directive calls it a
// test file.
//
//line fake_test.go:1
func lineDirective() { // want lineDirective:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/call-log\)`
	http.Get(callLog) // want `\(readCompanyCallLog\) needs \[ReadCallLog\]`
}
