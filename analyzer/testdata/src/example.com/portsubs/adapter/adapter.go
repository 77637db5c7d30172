package adapter // want package:`needs\(\[SubscriptionWebhook\]\) wrappers=true module=""`

// Package adapter implements the ports with RingCentral's API.

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

type Events struct{ Server string }

func (e *Events) Subscribe(ctx context.Context, webhook string, filters []string) error { // want Subscribe:`filters\(2\)` Subscribe:`requests\(POST https://platform\.ringcentral\.com/restapi/v1\.0/subscription\)`
	body, err := json.Marshal(map[string]any{
		"eventFilters": filters,
		"deliveryMode": map[string]string{"transportType": "WebHook", "address": webhook}, // want `subscription transport WebHook needs \[SubscriptionWebhook\]`
	})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://platform.ringcentral.com/restapi/v1.0/subscription", bytes.NewReader(body))
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Tags keeps tags in memory: its list is no subscription's.
type Tags struct{ seen []string }

func (t *Tags) Tag(_ context.Context, tags []string) error {
	t.seen = append(t.seen, tags...)
	return nil
}
