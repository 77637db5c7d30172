package svc // want package:`needs\(\[ReadAccounts, ReadCallLog, ReadPresence\]\) wrappers=true module=""`

import (
	"net/http"
	"net/url"

	"example.com/typedroute/routes"
)

const server = "https://platform.ringcentral.com"

// get is handed the route: its request is each caller's.
func get(r routes.Route, q url.Values) error { // want get:`requests\(GET https://platform.ringcentral.com\{\$0\}\)`
	_, err := http.Get(server + r.With(q))
	return err
}

func fetch(r routes.Route) error { // want fetch:`requests\(GET https://platform.ringcentral.com\{\$0\}\)`
	_, err := http.Get(r.Under(server))
	return err
}

func Run(q url.Values) { // want Run:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/call-log, GET https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/presence, GET https://platform.ringcentral.com/restapi/v1.0/account/~/extension\)`
	get(routes.CallLog, q)         // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	get(routes.Presence("~"), nil) // want `GET /restapi/v1.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
	get(routes.Extensions, nil)
	fetch(routes.CallLog) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

// Another server: not RingCentral's.
func Elsewhere() {
	_, _ = http.Get(routes.CallLog.Under("https://api.example.com"))
}
