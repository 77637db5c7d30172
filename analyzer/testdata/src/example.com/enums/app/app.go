package app // want package:`needs\(\[ReadAccounts, ReadCallLog, ReadMessages, ReadPresence\]\) wrappers=true module=""`

import (
	"context"
	"net/http"

	"example.com/enums/api"
)

func Run(ctx context.Context) { // want Run:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/call-log, GET https://platform.ringcentral.com/restapi/v1.0/account/~/extension, GET https://platform.ringcentral.com/restapi/v1.0/account/~/device, .*\)`
	c := &api.Client{Base: "https://platform.ringcentral.com", HC: http.DefaultClient}
	c.Get(ctx, api.CallLog, "~")
	c.List(ctx, api.Extensions)      // want `GET /restapi/v1.0/account/~/extension \(listExtensions\) needs \[ReadAccounts\]`
	c.ListArea(ctx, api.AreaDevices) // want `GET /restapi/v1.0/account/~/device \(listAccountDevices\) is missing from RingCentral's current API reference` `GET /restapi/v1.0/account/~/device \(listAccountDevices\) needs \[ReadAccounts\]`
	c.Messages(ctx, "~")             // want `GET /restapi/v1.0/account/~/extension/~/message-store \(listMessages\) needs \[ReadMessages\]`
	for _, r := range []api.Resource{api.Extensions, api.Sites} {
		c.List(ctx, r) // want `GET /restapi/v1.0/account/~/extension \(listExtensions\) needs \[ReadAccounts\]` `GET /restapi/v1.0/account/~/sites \(listSites\) needs \[ReadAccounts\]`
	}
}
