package app // want package:`needs\(\[CallControl, ReadMessages, SubscriptionWebhook\]\) wrappers=false module=""`

import (
	"context"

	"example.com/portsubs/adapter"
	"example.com/portsubs/svc"
)

func Main(ctx context.Context) error {
	s := &svc.Service{Events: &adapter.Events{}, Tags: &adapter.Tags{}} // want `event filter /restapi/v1\.0/account/~/telephony/sessions needs \[CallControl\]` `event filter /restapi/v1\.0/account/~/extension/~/message-store needs \[ReadMessages\]`
	return s.Start(ctx, "https://hooks.example.com/rc")
}
