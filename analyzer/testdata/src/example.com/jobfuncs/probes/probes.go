package probes // want package:`needs\(\[ReadAccounts\]\) wrappers=true module=""`

// probes builds the poller's probes: the poller requests each.

import (
	"strings"

	"example.com/jobfuncs/poll"
)

func All(account string) []poll.Probe { // want All:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\{\$0\}\)`
	return []poll.Probe{
		{Name: "account", URL: func() string {
			var b strings.Builder
			b.WriteString("https://platform.ringcentral.com/restapi/v1.0/account/")
			b.WriteString(account)
			return b.String() // want `GET /restapi/v1\.0/account/\{accountId\} \(readAccountInfo\) needs \[ReadAccounts\]`
		}},
		{Name: "status", URL: status},
	}
}

func status() string { return "https://status.example.com/api/v2/status.json" }

// Labels name routes that are only logged: no request.
func Labels() []poll.Label {
	return []poll.Label{{Text: func() string { return "/restapi/v1.0/account/~/call-log" }}}
}
