package app // want package:`needs\(\[EditCallLog, ReadAccounts, ReadCallLog, TeamMessaging\]\) wrappers=true module=""`

import (
	"context"

	"example.com/holders/jobs"
	"example.com/holders/rc"
)

func Run(ctx context.Context) { // want Run:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-log, DELETE https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-log/1, GET https://platform\.ringcentral\.com/team-messaging/v1/chats/general/posts, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension, GET https://platform\.ringcentral\.com/team-messaging/v1/chats\)`
	repos := rc.NewRepos(rc.NewClient())
	runner := &jobs.Runner{Repos: repos}
	runner.Export(ctx) // want `GET /restapi/v1\.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]` `DELETE /restapi/v1\.0/account/~/call-log/1 \(deleteAccountCallLogRecord\) is missing from RingCentral's current API reference: a legacy route RingCentral still serves` `DELETE /restapi/v1\.0/account/~/call-log/1 \(deleteAccountCallLogRecord\) needs \[EditCallLog\]`
	runner.Announce(ctx, "general")
	jobs.Directory(ctx, repos) // want `GET /restapi/v1\.0/account/~/extension \(listExtensions\) needs \[ReadAccounts\]`
	repos.Chats().List(ctx)
}
