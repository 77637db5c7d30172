package producer // want package:`needs\(\[EditCallLog, EditMessages, EditPresence, ReadCallLog, ReadCallRecording, ReadPresence, SMS\]\) wrappers=true module=""`

// Package producer builds jobs of its own and hands them to the worker
// pool it imports: the pool reads Job.Method and Job.URL off objects it
// cannot trace, and never sees these stores. The pool's package fact
// lists the read, and each store here is its request, reported at the
// store.

import (
	"context"
	"net/http"

	"example.com/jobq/jobs"
	"example.com/jobq/worker"
)

const api = "https://platform.ringcentral.com/restapi/v1.0/account/~"

func Produce(ctx context.Context, exts []string) { // want Produce:`requests\(GET .*/account/\{\}/extension/\{\}/presence, PUT .*/extension/\{\$\d+\}/presence\)`
	work := make(chan jobs.Job, len(exts)+2)
	for _, ext := range exts {
		work <- jobs.Job{
			Kind:   "dnd",
			Method: http.MethodPut,
			URL:    api + "/extension/" + ext + "/presence", // want `PUT /restapi/v1.0/account/~/extension/\{extensionId\}/presence \(updateUserPresenceStatus\) needs \[EditPresence\]`
		}
	}
	var purge jobs.Job
	purge.Method = http.MethodDelete
	purge.URL = api + "/call-log" // want `DELETE /restapi/v1.0/account/~/call-log \(deleteAccountCallLog\) is missing` `DELETE /restapi/v1.0/account/~/call-log \(deleteAccountCallLog\) needs \[EditCallLog\]`
	work <- purge
	// Another host with RingCentral's layout: no request to RingCentral.
	work <- jobs.Job{Method: http.MethodGet, URL: "https://archive.example.com/restapi/v1.0/account/~/call-log"}
	close(work)
	worker.Run(ctx, http.DefaultClient, work)
	// An ID stored into a field the worker's route reads, the account
	// left to the worker's configuration: no route of its own here.
	lookups := make(chan jobs.Lookup, 1)
	lookups <- jobs.Lookup{
		Ext: exts[0],
	}
	close(lookups)
	worker.Presences(ctx, http.DefaultClient, lookups) // want `GET /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
}
