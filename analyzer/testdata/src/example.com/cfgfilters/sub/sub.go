package sub // want package:`needs\(\[CallControl, ReadMessages, SubscriptionWebhook\]\) wrappers=true module=""`

// The subscription's filters are a field of another package's
// configuration: what that package stores there, defaults and options.

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"example.com/cfgfilters/config"
)

type Manager struct {
	cfg config.Config
	hc  *http.Client
}

func (m *Manager) Create(ctx context.Context) error { // want Create:`requests\(POST \{\}/restapi/v1.0/subscription\)`
	body, err := json.Marshal(map[string]any{
		"eventFilters": m.cfg.EventFilters,                                                                   // want `event filter .*/message-store needs \[ReadMessages\]` `event filter .*/telephony/sessions needs \[CallControl\]`
		"deliveryMode": map[string]string{"transportType": "WebHook", "address": "https://example.com/hook"}, // want `subscription transport WebHook needs \[SubscriptionWebhook\]`
	})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, m.cfg.ServerURL+"/restapi/v1.0/subscription", bytes.NewReader(body))
	if err != nil {
		return err
	}
	_, err = m.hc.Do(req)
	return err
}
