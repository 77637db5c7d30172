package app // want package:`needs\(\[EditAccounts, ReadAccounts, ReadCallLog, ReadPresence\]\) wrappers=true module=""`

// Package app drives another package's fluent builder through its
// interface: in one chain, a variable reassigned in branches, a builder
// kept in a struct field.

import (
	"context"

	"example.com/fluent/rc"
)

func Chain(ctx context.Context, c *rc.Client, ext string) error { // want Chain:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/presence\)`
	return c.R().Get("/restapi/v1.0/account/{accountId}/extension/{extensionId}/presence").Param("accountId", "~").Param("extensionId", ext).Do(ctx) // want `GET .*/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
}

func Paged(ctx context.Context, c *rc.Client, all bool) error { // want Paged:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/call-log\)`
	req := c.R().Get("/restapi/v1.0/account/~/call-log")
	if all {
		req = req.Query("view", "Detailed")
	}
	for page := 0; page < 3; page++ {
		if err := req.Query("page", "1").Do(ctx); err != nil { // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
			return err
		}
	}
	return nil
}

// Each branch's method goes with its own route: no GET of the second.
func Branches(ctx context.Context, c *rc.Client, id string) error { // want Branches:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/extension, DELETE https://platform.ringcentral.com/restapi/v1.0/account/~/extension/\{extensionId\}\)`
	var req rc.Builder
	if id == "" {
		req = c.R().Get("/restapi/v1.0/account/~/extension")
	} else {
		req = c.R().Delete("/restapi/v1.0/account/~/extension/{extensionId}").Param("extensionId", id)
	}
	return req.Do(ctx) // want `DELETE /restapi/v1.0/account/~/extension/\{extensionId\} \(deleteExtension\) needs \[EditAccounts\]`
}

type Directory struct{ acct rc.Builder }

func NewDirectory(c *rc.Client) *Directory {
	return &Directory{acct: c.R().Param("accountId", "~")}
}

func (d *Directory) Account(ctx context.Context) error { // want Account:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/\{accountId\}\)`
	return d.acct.Get("/restapi/v1.0/account/{accountId}").Do(ctx)
}
