// Package rcapi describes requests without making any: its constructors // want package:`needs\(\[\]\) wrappers=false module=""`
// return descriptors whose fields hold the routes.
package rcapi

import "net/http"

type Req struct {
	Method string
	Path   string
}

const me = "/restapi/v1.0/account/~/extension/~"

func get(p string) Req { return Req{Method: http.MethodGet, Path: p} }

func Whoami() Req { return get(me) } // want Whoami:`effects\(result 2 fields, receiver 0 fields\)`

func CallLog() Req { return get("/restapi/v1.0/account/~/call-log") } // want CallLog:`effects\(result 2 fields, receiver 0 fields\)`
