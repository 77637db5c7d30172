package app // want package:`needs\(\[SMS\]\) wrappers=true module=""`

import (
	"context"

	"example.com/callerserver/rest"
)

// Deps are the clients main wires in.
type Deps struct {
	Vault *rest.Client // another company's archive, with RingCentral-like paths // want Vault:`global\(1 fields\)`
}

type handler struct {
	vault *rest.Client
	rc    *rest.Client
}

func newHandler(d Deps) *handler {
	return &handler{vault: d.Vault, rc: rest.New()}
}

func (h *handler) sync(ctx context.Context) { // want sync:`requests\(POST \{\}/v1.0/account/acme/call-log, POST https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/sms\)`
	// The archive's server is the one Run's option sets, or, Deps.Vault
	// being an exported field, whatever another package stores there:
	// unknown, at a call that sends the same path to a server known not
	// to be RingCentral's. No RingCentral path, so not RingCentral's
	// request.
	h.vault.Post(ctx, "/v1.0/account/acme/call-log")
	h.rc.Post(ctx, "/restapi/v1.0/account/~/extension/~/sms") // want `POST /restapi/v1.0/account/~/extension/~/sms \(createSMSMessage\) needs \[SMS\]`
}

func Run(ctx context.Context) { // want Run:`requests\(POST \{\}/v1.0/account/acme/call-log, POST https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/sms\)`
	newHandler(Deps{Vault: rest.New(rest.WithBaseURL("https://api.callvault.example.com"))}).sync(ctx)
}
