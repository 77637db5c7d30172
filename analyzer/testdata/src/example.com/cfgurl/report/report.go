package report // want package:`needs\(\[ReadCallLog, ReadMessages, ReadPresence\]\) wrappers=true module=""`

import (
	"net/http"
	"os"

	"example.com/cfgurl/config"
)

type Reporter struct{ cfg config.Config }

func New(cfg config.Config) *Reporter { return &Reporter{cfg: cfg} } // want New:`effects\(result 4 fields, receiver 0 fields\)`

func Run() { // want Run:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/presence, GET https://platform.ringcentral.com/restapi/v1.0/account/~/call-log, .*\)`
	http.Get(config.Default.URL("/restapi/v1.0/account/{accountId}/extension/{extensionId}/presence", "{extensionId}", "~")) // want `GET /restapi/v1.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
	http.Get(config.Default.URL(config.Default.CallLog))                                                                     // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	c := config.Config{BaseURL: "https://platform.ringcentral.com", AccountID: "~"}
	http.Get(c.URL("/restapi/v1.0/account/{accountId}/call-log/{callRecordId}", "{callRecordId}", "x")) // want `GET /restapi/v1.0/account/~/call-log/x \(readCompanyCallRecord\) needs \[ReadCallLog\]`
}

// The receiver holds the configuration its maker was given, one of
// several the program makes: its callers, who hold the object, tell which.
// The operation is fixed whichever it is.
func (r *Reporter) Messages() { // want Messages:`requests\(GET \{\$320\}/restapi/v1.0/account/\{\$321\}/extension/~/message-store\)`
	http.Get(r.cfg.URL("/restapi/v1.0/account/{accountId}/extension/~/message-store")) // want `GET /restapi/v1.0/account/\{accountId\}/extension/~/message-store \(listMessages\) needs \[ReadMessages\]`
}

// Another host: no request of RingCentral's.
func Elsewhere() {
	c := config.Config{BaseURL: "https://api.example.com", AccountID: "~"}
	http.Get(c.URL("/restapi/v1.0/account/{accountId}/call-log"))
}

// A template read off the configuration the package is handed, filled
// in with an ID known at run time: the templates the configuration's
// package stores there.
func (r *Reporter) Record() { // want Record:`requests\(GET \{\$320\}/restapi/v1.0/account/\{\$321\}/call-log/\{\}\)`
	http.Get(r.cfg.URL(r.cfg.Record, "{callRecordId}", os.Getenv("RECORD"))) // want `GET /restapi/v1.0/account/\{accountId\}/call-log/\{callRecordId\} \(readCompanyCallRecord\) needs \[ReadCallLog\]`
}
