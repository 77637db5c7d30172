package app // want package:`needs\(\[ReadAccounts\]\) wrappers=true module=""`

import (
	"context"

	"example.com/scimlate/idp"
	"example.com/scimlate/pager"
	"example.com/scimlate/rc"
)

type User struct{ ID string }

// Users pages RingCentral's SCIM users.
func Users(ctx context.Context, c *rc.Client) ([]User, error) { // want Users:`requests\(GET https://platform\.ringcentral\.com/scim/v2/Users\?\{\}\)`
	return pager.SCIM[User](c, "/scim/v2/Users", 100).First(ctx) // want `GET /scim/v2/Users \(scimSearchViaGet2\) needs \[ReadAccounts\]`
}

// Mirror pages the identity provider's: the same path, another server.
func Mirror(ctx context.Context, c *idp.Client) ([]User, error) {
	return pager.SCIM[User](c, "/scim/v2/Users", 100).First(ctx)
}
