package runner // want package:`needs\(\[SubscriptionWebhook\]\) wrappers=true module=""`

// Package runner subscribes with a job's filters: the field's stores, in
// whichever package makes them, are the filters.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"example.com/jobfilters/jobs"
)

func Subscribe(ctx context.Context, j *jobs.Subscribe) error { // want Subscribe:`requests\(POST https://platform\.ringcentral\.com/restapi/v1\.0/subscription\)`
	body, err := json.Marshal(map[string]any{
		"eventFilters": j.EventFilters,
		"deliveryMode": map[string]string{"transportType": "WebHook", "address": j.Address}, // want `subscription transport WebHook needs \[SubscriptionWebhook\]`
	})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://platform.ringcentral.com/restapi/v1.0/subscription", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Print(j *jobs.Report) {
	fmt.Println(j.Topics)
}
