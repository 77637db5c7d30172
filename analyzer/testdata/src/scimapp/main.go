package main // want package:`needs\(\[EditAccounts, ReadAccounts\]\) wrappers=true module=""`

// Command scimapp provisions users through the SCIM client: the operations
// are fixed inside the client, in another module.

import (
	"context"

	"scimclient"
)

func main() { // want main:`requests\(GET https://platform.ringcentral.com/scim/v2/Users\?\{\}, DELETE https://platform.ringcentral.com/scim/v2/Users/42\?\{\}\)`
	ctx := context.Background()
	c := scimclient.NewAPIClient(scimclient.NewConfiguration())
	c.UserApi.SearchViaGet(ctx, map[string]interface{}{"filter": `userName eq "a@example.com"`})
	c.UserApi.DeleteUser(ctx, "42") // want `DELETE /scim/v2/Users/42 \(scimDeleteUser2\) needs \[EditAccounts\], which rcperm.yaml does not grant`
}
