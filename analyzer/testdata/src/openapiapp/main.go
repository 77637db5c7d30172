package main // want package:`needs\(\[ReadAccounts, ReadCallLog\]\) wrappers=true module=""`

// Command openapiapp calls the generated client's methods: their
// operations are fixed inside the client, in another module.

import (
	"context"

	"openapiclient"
)

func main() { // want main:`requests\(GET .*`
	ctx := context.Background()
	c := &openapiclient.CallLogApiService{}
	c.ReadCompanyCallLog(ctx, "~", "Detailed") // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\], which rcperm.yaml does not grant`
	c.ReadAccountInfo(ctx, "~")
}
