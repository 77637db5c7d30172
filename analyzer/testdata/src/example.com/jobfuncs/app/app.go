// Package app wires the jobs to the scheduler and its client.
package app

import (
	"context"
	"net/http"

	"example.com/jobfuncs/httpx"
	"example.com/jobfuncs/jobs"
	"example.com/jobfuncs/sched"
)

func Main(ctx context.Context) {
	all := []sched.Job{jobs.CallLog(), jobs.Presence()}
	s := &sched.Scheduler{Base: "https://platform.ringcentral.com", HTTP: &httpx.Client{HC: http.DefaultClient}}
	s.Run(ctx, all)
}
