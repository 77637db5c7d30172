package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	ringcentral "github.com/grokify/go-ringcentral-client/office/v1/client"
)

// subscribe asks RingCentral to post the supervisors' presence and the
// account's calls to the app's webhook.
func subscribe(ctx context.Context, sdk *ringcentral.APIClient) {
	sdk.PushNotificationsApi.CreateSubscription(ctx, ringcentral.CreateSubscriptionRequest{
		EventFilters: []string{
			"/restapi/v1.0/account/~/extension/~/presence?detailedTelephonyState=true",
			"/restapi/v1.0/account/~/telephony/sessions",
		},
		DeliveryMode: ringcentral.NotificationDeliveryModeRequest{
			TransportType: "WebHook",
			Address:       "https://callcenter.example.com/ringcentral/webhook",
		},
	})
}

// subscribeMessages does the same for new texts, with net/http.
func subscribeMessages(ctx context.Context) error {
	body, err := json.Marshal(map[string]any{
		"eventFilters": []string{"/restapi/v1.0/account/~/extension/~/message-store/instant?type=SMS"},
		"deliveryMode": map[string]string{"transportType": "WebHook", "address": "https://callcenter.example.com/ringcentral/webhook"},
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
