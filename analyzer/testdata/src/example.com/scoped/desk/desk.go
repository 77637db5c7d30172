package desk // want package:`needs\(\[ReadAccounts\]\) wrappers=true module=""`

// Package desk reaches the API through scopes: values that carry the
// path their parent built, stored in its fields or used at once.

import (
	"context"

	"example.com/scoped/rc"
)

type Desk struct{ acct rc.AccountScope }

func New(c *rc.Client) *Desk { return &Desk{acct: c.Account("~")} }

// Info reads the account through the scope New stored.
func (d *Desk) Info(ctx context.Context) error { // want Info:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~\)`
	return d.acct.Info(ctx) // want `GET /restapi/v1.0/account/~ \(readAccountInfo\) needs \[ReadAccounts\]`
}

func Direct(ctx context.Context, c *rc.Client) error { // want Direct:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/extension\)`
	return c.Account("~").Extensions(ctx) // want `GET /restapi/v1.0/account/~/extension \(listExtensions\) needs \[ReadAccounts\]`
}

func Local(ctx context.Context, c *rc.Client) error { // want Local:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~\)`
	a := c.Account("~")
	return a.Info(ctx) // want `GET /restapi/v1.0/account/~ \(readAccountInfo\) needs \[ReadAccounts\]`
}
