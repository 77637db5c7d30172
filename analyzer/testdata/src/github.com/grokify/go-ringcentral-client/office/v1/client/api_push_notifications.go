package ringcentral

import (
	"context"
	"net/http"

	"github.com/antihax/optional"
)

// PushNotificationsApiService has the subscription methods of the real one.
type PushNotificationsApiService service

// CreateSubscription requests POST /restapi/v1.0/subscription.
func (a *PushNotificationsApiService) CreateSubscription(ctx context.Context, createSubscriptionRequest CreateSubscriptionRequest) (SubscriptionInfo, *http.Response, error) {
	return SubscriptionInfo{}, nil, nil
}

// UpdateSubscriptionOpts are the optional parameters of UpdateSubscription.
type UpdateSubscriptionOpts struct {
	Aggregated optional.Bool
}

// UpdateSubscription requests PUT /restapi/v1.0/subscription/{subscriptionId}.
func (a *PushNotificationsApiService) UpdateSubscription(ctx context.Context, subscriptionId string, modifySubscriptionRequest ModifySubscriptionRequest, localVarOptionals *UpdateSubscriptionOpts) (SubscriptionInfo, *http.Response, error) {
	return SubscriptionInfo{}, nil, nil
}

// The subscription models, with the fields rcperm reads (their JSON tags
// are what it matches) as the real SDK declares them.
type (
	CreateSubscriptionRequest struct {
		EventFilters []string                        `json:"eventFilters,omitempty"`
		DeliveryMode NotificationDeliveryModeRequest `json:"deliveryMode"`
		ExpiresIn    int32                           `json:"expiresIn,omitempty"`
	}
	ModifySubscriptionRequest struct {
		EventFilters []string `json:"eventFilters,omitempty"`
	}
	NotificationDeliveryModeRequest struct {
		TransportType   string `json:"transportType,omitempty"`
		Address         string `json:"address,omitempty"`
		Encryption      bool   `json:"encryption,omitempty"`
		CertificateName string `json:"certificateName,omitempty"`
		RegistrationId  string `json:"registrationId,omitempty"`
	}
	SubscriptionInfo struct{}
)
