package app // want package:`needs\(\[EditPresence, ReadCallLog, TeamMessaging\]\) wrappers=true module=""`

// A caller that knows its actions: each call is its own action's request.

import (
	"context"

	"example.com/routepairs/actions"
	"example.com/routepairs/exec"
)

func Offboard(ctx context.Context, ext string) { // want Offboard:`requests\(PUT .*/presence, GET .*/call-log\)`
	exec.Do(ctx, actions.SetDND{Ext: actions.Ext{AccountID: "~", ExtensionID: ext}})        // want `PUT /restapi/v1.0/account/~/extension/\{extensionId\}/presence \(updateUserPresenceStatus\)`
	exec.Do(ctx, actions.ExportCallLog{Ext: actions.Ext{AccountID: "~", ExtensionID: ext}}) // want `GET /restapi/v1.0/account/~/extension/\{extensionId\}/call-log \(readUserCallLog\)`
}
