package teambot // want package:`needs\(\[SubscriptionWebhook, TeamMessaging\]\) wrappers=true module=""`

// teambot is a team-messaging bot written in the style of the
// RingCentral samples: its subscription's filters are the team-messaging
// ones whose documentation names no app permission (UnifiedAppDesktop), and
// the legacy Glip ones older bots still use. Each needs TeamMessaging, the
// permission of its API family, which rcperm.yaml does not grant.

import (
	"bytes"
	"encoding/json"
	"net/http"
)

func subscribe() error { // want subscribe:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)`
	body, err := json.Marshal(map[string]any{
		"eventFilters": []string{
			"/team-messaging/v1/posts",                         // want `event filter /team-messaging/v1/posts needs \[TeamMessaging\], which rcperm.yaml does not grant`
			"/team-messaging/v1/groups",                        // want `event filter /team-messaging/v1/groups needs \[TeamMessaging\], which rcperm.yaml does not grant`
			"/restapi/v1.0/glip/posts",                         // want `event filter /restapi/v1.0/glip/posts \(getGlipPosts\) needs \[TeamMessaging\], which rcperm.yaml does not grant`
			"/restapi/v1.0/subscription/~?threshold=60",        // the spec declares that it needs none
			"/restapi/v1.0/account/~/extension/~/missed-calls", // want `event filter /restapi/v1.0/account/~/extension/~/missed-calls: RingCentral has this filter, but neither its documentation nor its spec says which app permission it needs`
		},
		"deliveryMode": map[string]string{"transportType": "WebHook", "address": "https://example.com/hook"},
	})
	if err != nil {
		return err
	}
	_, err = http.Post("https://platform.ringcentral.com/restapi/v1.0/subscription", "application/json", bytes.NewReader(body))
	return err
}

// post is how bots posted before /team-messaging/v1: a legacy route, whose
// finding names the route that replaced it.
func post(groupID string) error { // want post:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/glip/posts\)`
	_, err := http.Post("https://platform.ringcentral.com/restapi/v1.0/glip/posts", "application/json", bytes.NewReader([]byte(`{"groupId":"`+groupID+`"}`))) // want `POST /restapi/v1.0/glip/posts \(postGlipPosts\) is missing from RingCentral's current API reference: a legacy route RingCentral still serves, which needs \[TeamMessaging\]; its current equivalent is POST /team-messaging/v1/chats/\{chatId\}/posts \(createGlipPostNew\)` `POST /restapi/v1.0/glip/posts \(postGlipPosts\) needs \[TeamMessaging\], which rcperm.yaml does not grant`
	return err
}
