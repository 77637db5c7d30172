package calls // want package:`needs\(\[Contacts, ReadCallLog, ReadCallRecording\]\) wrappers=true module=""`

import (
	"net/http"
	"path"

	"example.com/registry/ops"
)

const callLog = "/restapi/v1.0/account/{accountId}/call-log"

// under is a joiner rooted at prefix.
func under(prefix string) func(...string) string {
	return func(elem ...string) string { return path.Join(append([]string{prefix}, elem...)...) }
}

func init() { // want init:`requests\(GET /restapi/v1.0/account/\{accountId\}/call-log\)`
	ops.Add("calls.list", http.MethodGet, callLog)                                                                                   // want `GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	ops.Register(ops.Op{Name: "recording", Method: http.MethodGet, Path: "/restapi/v1.0/account/~/recording/{recordingId}/content"}) // want `GET /restapi/v1.0/account/~/recording/\{recordingId\}/content \(readCallRecordingContent\) needs \[ReadCallRecording\]`
	ext := under("/restapi/v1.0/account/~/extension/{extensionId}")
	contacts := ext("address-book", "contact")
	ops.Register(ops.Op{Name: "contacts.create", Method: http.MethodPost, Path: contacts}) // want `POST /restapi/v1.0/account/~/extension/\{extensionId\}/address-book/contact \(createContact\) needs \[Contacts\]`
	// Another company's API, registered alike: no finding.
	ops.Register(ops.Op{Name: "zoom.calls", Method: http.MethodGet, Base: "https://api.zoom.us", Path: "/restapi/v1.0/account/{accountId}/call-log"})
	// Logged only: no request.
	println("registered", callLog)
}
