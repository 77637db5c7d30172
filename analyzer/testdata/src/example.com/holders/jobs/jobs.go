package jobs // want package:`needs\(\[EditCallLog, ReadAccounts, ReadCallLog, TeamMessaging\]\) wrappers=true module=""`

import (
	"context"

	"example.com/holders/rc"
)

type Runner struct {
	Repos *rc.Repos
}

func (j *Runner) Export(ctx context.Context) error { // want Export:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-log, DELETE https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-log/1\)`
	if err := j.Repos.CallLog.List(ctx); err != nil { // want `GET /restapi/v1\.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
		return err
	}
	return j.Repos.CallLog.Delete(ctx, "1") // want `DELETE /restapi/v1\.0/account/~/call-log/1 \(deleteAccountCallLogRecord\) is missing from RingCentral's current API reference: a legacy route RingCentral still serves` `DELETE /restapi/v1\.0/account/~/call-log/1 \(deleteAccountCallLogRecord\) needs \[EditCallLog\]`
}

func (j *Runner) Announce(ctx context.Context, chat string) error { // want Announce:`requests\(GET https://platform\.ringcentral\.com/team-messaging/v1/chats/\{\$1\}/posts\)`
	return j.Repos.Posts(chat).List(ctx)
}

func Directory(ctx context.Context, repos *rc.Repos) error { // want Directory:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension\)`
	return repos.Extensions.List(ctx) // want `GET /restapi/v1\.0/account/~/extension \(listExtensions\) needs \[ReadAccounts\]`
}
