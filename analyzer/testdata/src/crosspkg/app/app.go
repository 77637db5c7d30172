package app // want package:`needs\(\[ReadCallLog\]\) wrappers=true module=""`

// Package app imports neither net/http nor a package with wrappers: its
// requests go through another package's *http.Client and a promoted
// wrapper method.

import (
	"crosspkg/embed"
	"crosspkg/httpvar"
)

func Sync() { // want Sync:`requests\(GET .*`
	httpvar.HTTP.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/call-log-sync") // want `GET /restapi/v1.0/account/~/call-log-sync \(syncAccountCallLog\) needs \[ReadCallLog\]`
}

func Active(a *embed.App) { // want Active:`requests\(GET .*`
	a.Get("/restapi/v1.0/account/~/active-calls") // want `GET /restapi/v1.0/account/~/active-calls \(listCompanyActiveCalls\) needs \[ReadCallLog\]`
}
