package app // want package:`needs\(\[CallControl, ReadCallLog, ReadPresence, SMS\]\) wrappers=true module=""`

// Package app calls lib's enum path builders with constants.

import (
	"net/http"

	"enumroute/lib"
)

const server = "https://platform.ringcentral.com"

func run(h *http.Client, c *lib.Client, session, party string, company bool) { // want run:`requests\(.*`
	h.Get(server + c.Path(lib.RouteCallLog))                                            // want `GET /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
	h.Get(server + c.Path(lib.RoutePresence))                                           // want `GET /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
	h.Post(server+c.Path(lib.RouteSession, session, "parties", party, "hold"), "", nil) // want `POST /restapi/v1.0/account/\{accountId\}/telephony/sessions/\{telephonySessionId\}/parties/\{partyId\}/hold \(holdCallParty\) needs \[CallControl\]`
	h.Post(server+c.Path(lib.RouteSMS), "application/json", nil)                        // want `POST /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/sms \(createSMSMessage\) needs \[SMS\]`
	// A scope chosen in a branch may be either: the call log of the
	// company or of the user, both ReadCallLog.
	scope := lib.ScopeExtension
	if company {
		scope = lib.ScopeAccount
	}
	h.Get(server + c.PathIn(scope, lib.RouteCallLog)) // want `GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]` `GET /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
}
