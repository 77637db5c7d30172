package app // want package:`needs\(\[ReadAccounts, ReadCallLog\]\) wrappers=true module=""`

import (
	"context"

	"example.com/rcserver/rc"
)

func Sync(ctx context.Context, c *rc.Client, d *rc.Directory) { // want Sync:`requests\(GET \{\$1280\}/restapi/v1\.0/account/\~/call\-log, GET https://platform\.ringcentral\.com/scim/v2/Users, GET \{\$1792\}/scim/v2/Users\)`
	_ = c.CallLog(ctx)
	_ = c.Users(ctx) // want `GET /scim/v2/Users \(scimSearchViaGet2\) needs \[ReadAccounts\], which rcperm\.yaml does not grant: RingCentral answers 403 InsufficientPermissions \(CMN\-401\); grant ReadAccounts in the RingCentral Developer Console \(what RingCentral checks\) and in rcperm\.yaml at line 2`
	_ = d.Users(ctx) // another server's SCIM, as far as rcperm can tell: not reported
}
