package traps

import (
	"encoding/json"
	"net/http"
	str "strings"
)

// notification is what RingCentral posts to a webhook: its event is the
// filter that matched, a string to compare, not a subscription.
type notification struct {
	Event string `json:"event"`
}

// subscriptionInfo is RingCentral's answer to a subscription: reading its
// eventFilters is no subscription either.
type subscriptionInfo struct {
	EventFilters    []string `json:"eventFilters"`
	DisabledFilters []string `json:"disabledFilters"`
}

// A webhook handler: its route is the app's own, and the filters it
// compares with events are not subscribed to here.
func webhook(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhook/ringcentral", func(w http.ResponseWriter, r *http.Request) {
		var evt notification
		if json.NewDecoder(r.Body).Decode(&evt) != nil {
			return
		}
		switch {
		case str.HasPrefix(evt.Event, "/restapi/v1.0/account/~/extension/~/presence"):
		case evt.Event == "/restapi/v1.0/account/~/telephony/sessions":
		}
	})
}

func disabled(body []byte) bool {
	var info subscriptionInfo
	if json.Unmarshal(body, &info) != nil {
		return false
	}
	for _, f := range info.EventFilters {
		if f == "/restapi/v1.0/account/~/extension/~/message-store" {
			return true
		}
	}
	return len(info.DisabledFilters) > 0
}
