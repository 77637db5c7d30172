package routes // want package:`needs\(\[\]\) wrappers=true module=""`

// Package routes keeps its path templates as constants of a string type.
// For binds the account with strings.Replace; Expand fills the other
// placeholders in a loop slicing the template at each brace, which no
// template in terms of its parameters says. Their Code is a fact, run at
// each call in another package on its arguments.

import (
	"net/url"
	"strings"
)

type Route string

const (
	Contacts Route = "/restapi/v1.0/account/{accountId}/extension/{extensionId}/address-book/contact"
	Session  Route = "/restapi/v1.0/account/{accountId}/telephony/sessions/{telephonySessionId}"
	Archive  Route = "/archive/v1/account/{accountId}/calls/{callId}"
)

func (r Route) For(account string) Route { // want For:`code\(1 blocks\)` For:`route\(\) specialized\(3\)`
	return Route(strings.Replace(string(r), "{accountId}", url.PathEscape(account), 1))
}

func (r Route) Expand(params ...string) string { // want Expand:`code\(6 blocks\)`
	s := string(r)
	var b strings.Builder
	for _, p := range params {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(s[open:], '}')
		if end < 0 {
			break
		}
		b.WriteString(s[:open])
		b.WriteString(url.PathEscape(p))
		s = s[open+end+1:]
	}
	b.WriteString(s)
	return b.String()
}
