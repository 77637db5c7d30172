package lib // want package:`needs\(\[\]\) wrappers=true module=""`

// Package lib builds its paths from enums: a Route constant indexes a
// table of segments, its default Scope another table, and a switch over
// the scope picks the prefix. No template in terms of the parameters says
// the route; the package evaluates Path and PathIn for each constant and
// exports the routes by constant.

import "strings"

type Route int

const (
	RouteCallLog Route = iota
	RoutePresence
	RouteSession
	RouteSMS
)

var segments = [...]string{
	RouteCallLog:  "call-log",
	RoutePresence: "presence",
	RouteSession:  "telephony/sessions",
	RouteSMS:      "sms",
}

type Scope int

const (
	ScopeAccount Scope = iota
	ScopeExtension
)

var defaultScope = [...]Scope{
	RouteCallLog:  ScopeExtension,
	RoutePresence: ScopeExtension,
	RouteSession:  ScopeAccount,
	RouteSMS:      ScopeExtension,
}

type Client struct{ Account, Extension string }

func (c *Client) Path(r Route, tail ...string) string { // want Path:`specialized\(52\)`
	return c.PathIn(defaultScope[r], r, tail...)
}

func (c *Client) PathIn(s Scope, r Route, tail ...string) string { // want PathIn:`specialized\(104\)`
	var parts []string
	switch s {
	case ScopeAccount:
		parts = []string{"/restapi/v1.0/account", c.Account, segments[r]}
	default:
		parts = []string{"/restapi/v1.0/account", c.Account, "extension", c.Extension, segments[r]}
	}
	return strings.Join(append(parts, tail...), "/")
}
