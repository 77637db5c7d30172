package sched // want package:`needs\(\[EditPresence, ReadAccounts, ReadCallLog\]\) wrappers=true module=""`

import (
	"fmt"
	"net/http"
	"strings"

	"example.com/fieldbound/jobs"
)

const server = "https://platform.ringcentral.com"

func target(j jobs.Job, account string) string {
	p := fmt.Sprintf(j.Path, account)
	if strings.HasPrefix(p, "https://") {
		return p
	}
	return server + p
}

func Run(account string) { // want Run:`requests\(GET /restapi/v1.0/account/\{\$0\}/call-log, GET https://platform.ringcentral.com/restapi/v1.0/account/\{\$0\}/call-log, PUT .*`
	for _, j := range jobs.All() {
		req, _ := http.NewRequest(j.Method, target(j, account), nil) // want `GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]` `PUT /restapi/v1.0/account/\{accountId\}/extension/~/presence \(updateUserPresenceStatus\) needs \[EditPresence\]`
		http.DefaultClient.Do(req)
	}
}
