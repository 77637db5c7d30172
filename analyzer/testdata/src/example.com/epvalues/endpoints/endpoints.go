package endpoints // want package:`needs\(\[\]\) wrappers=false module=""`

// Package endpoints names operations: each constructor returns a method
// and a path, which another package sends.

import (
	"net/http"
	"path"
)

type Endpoint struct {
	Method string
	Path   string // want Path:`field stores\(3\)`
}

const rest = "/restapi/v1.0"

func account(acct string) string { return rest + "/account/" + acct }

func Token() Endpoint { return Endpoint{http.MethodPost, "/restapi/oauth/token"} } // want Token:`effects\(result 2 fields, receiver 0 fields\)`

func CompanyCallLog(acct string) Endpoint { // want CompanyCallLog:`effects\(result 2 fields, receiver 0 fields\)`
	return Endpoint{http.MethodGet, path.Join(account(acct), "call-log")}
}

func Presence(acct string) Endpoint { // want Presence:`effects\(result 2 fields, receiver 0 fields\)`
	return Endpoint{Method: http.MethodGet, Path: account(acct) + "/presence"}
}
