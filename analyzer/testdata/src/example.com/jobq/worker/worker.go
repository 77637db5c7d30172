package worker // want package:`needs\(\[EditMessages, ReadCallLog, ReadCallRecording, ReadPresence, SMS\]\) wrappers=true module=""`

// Package worker performs jobs it receives on a channel: each store of
// the jobs package into Job.URL is a request here, with the store as the
// first step.

import (
	"context"
	"log"
	"net/http"

	"example.com/jobq/jobs"
)

func Run(ctx context.Context, h *http.Client, work <-chan jobs.Job) {
	for j := range work {
		log.Printf("job %s: %s", j.Kind, j.URL)                           // logged: no request
		req, err := http.NewRequestWithContext(ctx, j.Method, j.URL, nil) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]` `POST /restapi/v1.0/account/~/extension/\{extensionId\}/sms \(createSMSMessage\) needs \[SMS\]` `GET /restapi/v1.0/account/~/recording/\{recordingId\}/content \(readCallRecordingContent\) needs \[ReadCallRecording\]` `GET /restapi/v1.0/account/~/extension/\{extensionId\}/presence \(readUserPresenceStatus\) needs \[ReadPresence\]` `DELETE /restapi/v1.0/account/~/extension/\{extensionId\}/message-store/\{messageId\} \(deleteMessage\) needs \[EditMessages\]`
		if err != nil {
			continue
		}
		if resp, err := h.Do(req); err == nil {
			resp.Body.Close()
		}
	}
}

// Presences reads the presence of each extension it is sent: the
// lookups' fields are segments of its route, which no store here tells.
func Presences(ctx context.Context, h *http.Client, in <-chan jobs.Lookup) { // want Presences:`requests\(GET .*/account/\{\}/extension/\{\}/presence\)`
	for l := range in {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://platform.ringcentral.com/restapi/v1.0/account/"+l.Account+"/extension/"+l.Ext+"/presence", nil) // want `GET /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
		if err == nil {
			h.Do(req)
		}
	}
}
