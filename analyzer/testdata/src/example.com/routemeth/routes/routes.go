package routes // want package:`needs\(\[\]\) wrappers=true module=""`

// Package routes names endpoints as a string type whose methods fill
// their {placeholders}: Me fills the caller's own account and extension
// through With, a loop over key/value pairs.

import (
	"net/url"
	"strings"
)

type Route string

const (
	SMS           Route = "/restapi/v1.0/account/{accountId}/extension/{extensionId}/sms"
	MessageStore  Route = "/restapi/v1.0/account/{accountId}/extension/{extensionId}/message-store"
	CallLog       Route = "/restapi/v1.0/account/{accountId}/call-log"
	Presence      Route = "/restapi/v1.0/account/{accountId}/extension/{extensionId}/presence"
	Subscriptions Route = "/restapi/v1.0/subscription"
)

func (r Route) With(kv ...string) Route { // want With:`code\(6 blocks\)` With:`route\(\{\$766\}\) \{\$766\} \{\$766\} \{\$766\} \{\$766\} \{\$766\} \{\$766\} \{\$766\} \{\$766\} \{\$766\} \{\$766\} \{\$766\} \{\$766\} \{\$766\}`
	if len(kv)%2 != 0 {
		panic("routes: With needs pairs: " + strings.Join(kv, ","))
	}
	s := string(r)
	for i := 0; i < len(kv); i += 2 {
		s = strings.ReplaceAll(s, "{"+kv[i]+"}", url.PathEscape(kv[i+1]))
	}
	return Route(s)
}

func (r Route) Query(v url.Values) Route { // want Query:`route\(\{\$766\}\)`
	if len(v) == 0 {
		return r
	}
	return Route(string(r) + "?" + v.Encode())
}

// Me is r for the token's owner.
func (r Route) Me() Route { return r.With("accountId", "~", "extensionId", "~") } // want Me:`code\(1 blocks\)` Me:`route\(\{\$766\}\)`
