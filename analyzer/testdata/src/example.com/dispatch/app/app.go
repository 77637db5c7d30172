package app // want package:`needs\(\[EditAccounts, ReadCallLog, ReadPresence\]\) wrappers=true module=""`

// Package app calls another package's dispatcher with operation names:
// each call is the case its constant names, or the cases of the
// constants a variable may hold.

import (
	"context"

	"example.com/dispatch/rc"
)

func Run(ctx context.Context, c *rc.Client, ext string) { // want Run:`requests\(GET .*/presence, DELETE .*, GET .*/call-log\)`
	c.Invoke(ctx, rc.ReadPresence, map[string]string{"accountId": "~", "extensionId": ext})   // want `GET .*/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
	c.Invoke(ctx, "deleteExtension", map[string]string{"accountId": "~", "extensionId": ext}) // want `DELETE .*\(deleteExtension\) needs \[EditAccounts\]`
	op := "listCompanyCallLog"
	if ext != "" {
		op = rc.ReadPresence
	}
	c.Invoke(ctx, op, map[string]string{"accountId": "~"}) // want `GET .*/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]` `GET .*/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
}

func Forwarded(ctx context.Context, c *rc.Client) { // want Forwarded:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/presence\)`
	c.Do(ctx, rc.ReadPresence) // want `GET /restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
}
