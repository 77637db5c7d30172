package nolint // want package:`needs\(.*`

// The findings here are silenced with golangci-lint's //nolint directive,
// which rcperm honours in every host but golangci-lint (which applies it
// itself).

import "net/http"

const callLog = "https://platform.ringcentral.com/restapi/v1.0/account/~/call-log"

func lines() { // want lines:`requests\(.*`
	http.Get(callLog) //nolint:rcperm // the admin build holds ReadCallLog

	//nolint:errcheck,rcperm
	http.Get(callLog)

	http.Get(callLog) //nolint
	http.Get(callLog) //nolint:all

	// A directive above a statement covers all its lines.
	//nolint:rcperm
	func() {
		http.Get(callLog)
	}()

	http.Get(callLog) //nolint:errcheck // want `\(readCompanyCallLog\) needs \[ReadCallLog\]`
	http.Get(callLog) //nolint:rcpermx // want `\(readCompanyCallLog\) needs \[ReadCallLog\]`
	// nolint:rcperm is not the directive (a space after //)
	http.Get(callLog) // want `\(readCompanyCallLog\) needs \[ReadCallLog\]`
}

// A directive above a function covers all of it.
//
//nolint:rcperm
func whole() { // want whole:`requests\(.*`
	http.Get(callLog)
	http.Get(callLog)
}
