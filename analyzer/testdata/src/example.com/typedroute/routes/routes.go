package routes // want package:`needs\(\[\]\) wrappers=true module=""`

// Package routes names its routes with a string type whose methods take
// the route as their receiver.

import (
	"fmt"
	"net/url"
)

type Route string

const (
	CallLog    Route = "/restapi/v1.0/account/~/call-log"
	Extensions Route = "/restapi/v1.0/account/~/extension"
)

func Presence(ext string) Route { // want Presence:`route\(/restapi/v1.0/account/~/extension/\{\$0\}/presence\)`
	return Route(fmt.Sprintf("/restapi/v1.0/account/~/extension/%s/presence", ext))
}

// With appends an encoded query.
func (r Route) With(q url.Values) string { // want With:`route\(\{\$766\}\)`
	if len(q) == 0 {
		return string(r)
	}
	return string(r) + "?" + q.Encode()
}

// Under puts the route under a server.
func (r Route) Under(server string) string { return server + string(r) } // want Under:`route\(\{\$0\}\{\$766\}\)`
