package app // want package:`needs\(\[ReadAccounts, ReadCallLog\]\) wrappers=true module=""`

import (
	"context"

	"example.com/linked/rc"
)

func Sync(ctx context.Context) { // want Sync:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\{\}/extension/\{\}, GET https://platform\.ringcentral\.com/restapi/\{\}/account/\{\}/extension/\{\}/call-log\)`
	api := rc.New()
	api.Account("~").Extension("~").Get(ctx)
	api.Account("~").Extension("~").CallLog().List(ctx) // want `GET /restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
}
