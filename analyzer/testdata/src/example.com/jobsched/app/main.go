// The command wires the client in: the jobs the planner queued meet it // want package:`needs\(\[EditPresence, ReadAccounts, ReadCallLog\]\) wrappers=false module=""`
// here, each checked with the store that wrote its route.
package main

import (
	"context"

	"example.com/jobsched/plan"
	"example.com/jobsched/rc"
	"example.com/jobsched/sched"
)

func main() {
	s := &sched.Scheduler{Doer: &rc.Client{Server: "https://platform.ringcentral.com"}}
	p := &plan.Planner{Q: s}
	p.Plan("42")
	s.Run(context.Background()) // want `PUT /restapi/v1\.0/account/~/extension/\{extensionId\}/presence \(updateUserPresenceStatus\) needs \[EditPresence\]` `GET /restapi/v1\.0/account/~/extension \(listExtensions\) needs \[ReadAccounts\]`
}
