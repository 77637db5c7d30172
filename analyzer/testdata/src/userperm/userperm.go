package userperm // want package:`needs\(\[ReadCallLog\]\) wrappers=true module=""`

import "net/http"

// With user-permissions declared, each request is checked against the
// role of the user the app runs as, too.
func callLog() { // want callLog:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log, GET https://platform.ringcentral.com/restapi/v1.0/account/~/call-log\)`
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log") // the role grants ReadCallLog
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/call-log")             // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs the user permission FullCompanyCallLog, which the user-permissions of rcperm.yaml do not grant: RingCentral answers 403 CMN-408 "In order to call this API endpoint, user needs to have \[FullCompanyCallLog\] permission for requested resource."`
}
