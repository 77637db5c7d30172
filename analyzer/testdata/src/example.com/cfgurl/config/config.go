package config

// Package config keeps its routes as templates and expands them with
// methods that hand the receiver on: URL calls Expand on it, which reads
// its fields and the pairs it is given in a loop. Other packages run them
// as Go does.

import (
	"net/url"
	"strings"
)

type Config struct {
	BaseURL         string // want BaseURL:`field stores\(1\)`
	AccountID       string
	CallLog, Record string // want CallLog:`field stores\(1\)` Record:`field stores\(1\)`
}

var Default = Config{ // want Default:`global\(4 fields\)`
	BaseURL:   "https://platform.ringcentral.com",
	AccountID: "~",
	CallLog:   "/restapi/v1.0/account/{accountId}/call-log", Record: "/restapi/v1.0/account/{accountId}/call-log/{callRecordId}",
}

// Expand fills {accountId} in tmpl, and the placeholder/value pairs.
func (c Config) Expand(tmpl string, pairs ...string) string { // want Expand:`code\(4 blocks\)`
	all := append([]string{"{accountId}", c.AccountID}, pairs...)
	for i := 1; i < len(all); i += 2 {
		all[i] = url.PathEscape(all[i])
	}
	return strings.NewReplacer(all...).Replace(tmpl)
}

// URL expands tmpl and joins it to BaseURL.
func (c Config) URL(tmpl string, pairs ...string) string { // want URL:`code\(3 blocks\)`
	p := c.Expand(tmpl, pairs...)
	u, err := url.JoinPath(c.BaseURL, p)
	if err != nil {
		return strings.TrimRight(c.BaseURL, "/") + p
	}
	return u
}
