package app // want package:`needs\(\[CallControl, ReadAccounts, ReadMessages, ReadPresence\]\) wrappers=true module=""`

import (
	"bytes"
	"encoding/json"
	"net/http"

	"filterlists/lib"
)

type subscription struct {
	EventFilters []string `json:"eventFilters"`
}

type manager struct {
	ids []string
	h   *http.Client
}

func (m *manager) ensure() error { // want ensure:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)`
	return m.create(lib.ForExtensions(m.ids))
}

func (m *manager) features(names []string) error { // want features:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)`
	return m.create(lib.Features(names, m.ids))
}

func (m *manager) create(filters []string) error { // want create:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/subscription\)`
	b, _ := json.Marshal(subscription{EventFilters: filters}) // want `event filter /restapi/v1.0/account/~/telephony/sessions needs \[CallControl\]` `event filter /restapi/v1.0/account/~/extension/\{\}/voicemail needs \[ReadMessages\]` `event filter /restapi/v1.0/account/~/directory/entries needs \[ReadAccounts\]`
	_, err := m.h.Post("https://platform.ringcentral.com/restapi/v1.0/subscription", "application/json", bytes.NewReader(b))
	return err
}
