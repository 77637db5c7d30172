package app // want package:`needs\(\[ReadAccounts, ReadCallLog, ReadPresence, TeamMessaging\]\) wrappers=true module=""`

// app wires the jobs to the scheduler and its client.

import (
	"context"
	"net/http"
	"os"
	"strings"

	"example.com/jobfuncs/httpx"
	"example.com/jobfuncs/jobs"
	"example.com/jobfuncs/poll"
	"example.com/jobfuncs/probes"
	"example.com/jobfuncs/sched"
)

func Main(ctx context.Context) { // want Main:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~\)`
	all := []sched.Job{jobs.CallLog(), jobs.Presence(), jobs.Post(os.Getenv("CHAT")), jobs.Incidents()}
	s := &sched.Scheduler{Base: "https://platform.ringcentral.com", HTTP: &httpx.Client{HC: http.DefaultClient}}
	s.Run(ctx, all) // want `GET /restapi/v1\.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]` `GET /restapi/v1\.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]` `POST /team-messaging/v1/chats/\{chatId\}/posts \(createGlipPostNew\) needs \[TeamMessaging\]`
	// URLs from the environment: rcperm cannot tell them.
	s.Fetch(ctx, strings.Split(os.Getenv("EXTRA_URLS"), ","))
	poll.Check(probes.All("~")) // want `GET /restapi/v1\.0/account/~ \(readAccountInfo\) needs \[ReadAccounts\]`
	poll.Describe(probes.Labels())
}
