package jobs // want package:`needs\(\[\]\) wrappers=false module=""`

// jobs builds the jobs: each a closure over its route.

import (
	"net/http"
	"net/url"

	"example.com/jobfuncs/sched"
)

func CallLog() sched.Job {
	return sched.Job{
		Name: "call-log",
		BuildURL: func(base string) string {
			return base + "/restapi/v1.0/account/~/call-log"
		},
	}
}

func presenceURL(base string) string {
	return base + "/restapi/v1.0/account/~/extension/~/presence"
}

func Presence() sched.Job {
	return sched.Job{Name: "presence", BuildURL: presenceURL}
}

// Post captures the chat it posts to; its method is the job's.
func Post(chat string) sched.Job {
	return sched.Job{
		Name:   "post",
		Method: http.MethodPost,
		BuildURL: func(base string) string {
			if chat == "" {
				return ""
			}
			u, _ := url.JoinPath(base, "team-messaging/v1/chats", chat, "posts")
			return u
		},
	}
}

// Incidents is another company's API, run by the same scheduler: no
// finding.
func Incidents() sched.Job {
	return sched.Job{Name: "incidents", BuildURL: func(string) string { return "https://api.pagerduty.com/incidents" }}
}
