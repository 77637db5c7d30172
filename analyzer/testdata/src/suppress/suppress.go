package suppress // want package:`needs\(.*`

import "net/http"

const callLog = "https://platform.ringcentral.com/restapi/v1.0/account/~/call-log"

func suppressed() { // want suppressed:`requests\(.*`
	//rcperm:ignore this job runs with a separate admin app that holds ReadCallLog
	http.Get(callLog)

	http.Get(callLog) //rcperm:ignore same admin app

	//rcperm:ignore // want `rcperm:ignore needs a reason: write //rcperm:ignore <why this call is fine>`
	http.Get(callLog) // want `\(readCompanyCallLog\) needs \[ReadCallLog\]`

	// An ignore on a granted call keeps its grant out of the app: it is
	// not idle.
	//rcperm:ignore the admin app reads the extension
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~")

	//rcperm:ignore nothing to silence here // want `rcperm:ignore silences nothing on this line or the next: remove it`
	http.Get("https://example.com/")

	//rcperm:ignored is not the directive
	http.Get(callLog) // want `\(readCompanyCallLog\) needs \[ReadCallLog\]`
}
