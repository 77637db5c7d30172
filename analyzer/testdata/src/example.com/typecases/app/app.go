package app // want package:`needs\(\[ReadAccounts, ReadCallLog, ReadPresence, SMS\]\) wrappers=true module=""`

// Package app sends commands through another package's Execute: each
// call is its command type's request.

import (
	"context"

	"example.com/typecases/rc"
)

func Digest(ctx context.Context, c *rc.Client) { // want Digest:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/extension/\{\}/call\-log, POST https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/extension/\~/sms, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~\)`
	_ = c.Execute(ctx, rc.ListCallLog{ExtensionID: "~"}) // want `GET /restapi/v1\.0/account/\~/extension/\{extensionId\}/call\-log \(readUserCallLog\) needs \[ReadCallLog\]`
	_ = c.Execute(ctx, &rc.SendSMS{Text: "hi"})          // want `POST /restapi/v1\.0/account/\~/extension/\~/sms \(createSMSMessage\) needs \[SMS\]`
	_ = c.Execute(ctx, rc.ReadAccount{})                 // want `GET /restapi/v1\.0/account/\~ \(readAccountInfo\) needs \[ReadAccounts\]`
	// A command no case handles: no request.
	_ = c.Execute(ctx, rc.Ping{})
}

// A command of a type known only at run time: each case's request.
func Any(ctx context.Context, c *rc.Client, cmd rc.Command) { // want Any:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/extension/\{\}/call\-log, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/extension/\{\}/presence, POST https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/extension/\~/sms, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~\)`
	_ = c.Execute(ctx, cmd) // want `GET /restapi/v1\.0/account/\~/extension/\{extensionId\}/call\-log \(readUserCallLog\) needs \[ReadCallLog\]` `GET /restapi/v1\.0/account/\~/extension/\{extensionId\}/presence \(readUserPresenceStatus\) needs \[ReadPresence\]` `POST /restapi/v1\.0/account/\~/extension/\~/sms \(createSMSMessage\) needs \[SMS\]` `GET /restapi/v1\.0/account/\~ \(readAccountInfo\) needs \[ReadAccounts\]`
}
