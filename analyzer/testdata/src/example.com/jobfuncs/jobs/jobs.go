// Package jobs builds the jobs: each a closure over its route.
package jobs

import "example.com/jobfuncs/sched"

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
