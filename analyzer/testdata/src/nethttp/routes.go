package nethttp // want package:`needs\(\[EditCallLog, ReadAccounts, ReadCallLog\]\) wrappers=true module=""`

import (
	"fmt"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"strconv"
	"strings"
)

// The ways programs build routes; each is found, with unknown parts matching
// any segment.

func routes(server, accountID, extensionID, recordID string, v url.Values, debug bool) { // want routes:`requests\(.*`
	http.Get("/restapi/v1.0/account/~/extension/~/call-log-sync") // want `GET /restapi/v1.0/account/~/extension/~/call-log-sync \(syncUserCallLog\) needs \[ReadCallLog\]`

	http.Get(server + "/restapi/v1.0/account/" + accountID + "/active-calls") // want `GET /restapi/v1.0/account/\{accountId\}/active-calls \(listCompanyActiveCalls\) needs \[ReadCallLog\]`

	http.Get(fmt.Sprintf("%s/restapi/v1.0/account/%s/extension/%d/active-calls", server, accountID, 42)) // want `GET /restapi/v1.0/account/\{accountId\}/extension/42/active-calls \(listExtensionActiveCalls\)`

	tmpl := "/restapi/v1.0/account/{accountId}/extension/{extensionId}/call-log/{callRecordId}"
	p := strings.Replace(tmpl, "{accountId}", "~", -1)
	p = strings.ReplaceAll(p, "{extensionId}", extensionID)
	p = strings.Replace(p, "{callRecordId}", url.PathEscape(recordID), 1)
	http.Get(server + p) // want `GET /restapi/v1.0/account/~/extension/\{extensionId\}/call-log/\{callRecordId\} \(readUserCallRecord\) needs \[ReadCallLog\]`

	http.Get(strings.Join([]string{server, "restapi", "v1.0", "account", "~", "call-log-sync"}, "/")) // want `\(syncAccountCallLog\) needs \[ReadCallLog\]`

	http.Get(server + path.Join("/restapi/v1.0/account", accountID, "call-log-extract-sync")) // want `\(extractSyncAccountCallLog\) needs \[ReadCallLog\]`

	joined, err := url.JoinPath(server, "restapi/v1.0/account/~/extension", extensionID, "call-log")
	if err == nil {
		http.Get(joined) // want `\(readUserCallLog\) needs \[ReadCallLog\]`
	}

	u := url.URL{Scheme: "https", Host: "platform.ringcentral.com", Path: "/restapi/v1.0/account/~/call-log/" + url.QueryEscape(recordID), RawQuery: v.Encode()}
	http.Get(u.String()) // want `\(readCompanyCallRecord\) needs \[ReadCallLog\]`

	http.Get((&url.URL{Scheme: "https", Host: "platform.ringcentral.com", Path: "/restapi/v1.0/account/~/call-log"}).String()) // want `\(readCompanyCallLog\) needs \[ReadCallLog\]`

	http.Get(server + "/restapi/v1.0/account/~/call-log?" + v.Encode()) // want `\(readCompanyCallLog\) needs \[ReadCallLog\]`

	// Straight-line reassignment.
	route := "/restapi/v1.0/account/~"
	route += "/extension/~"
	route = route + "/call-log"
	if debug {
		route += "?view=Detailed" // only the query changes: still the same route
	}
	http.Get(server + route) // want `\(readUserCallLog\) needs \[ReadCallLog\]`

	// A route that differs by branch is each of its values.
	other := "/restapi/v1.0/account/~/call-log"
	if debug {
		other = "/restapi/v1.0/account/~/extension/~"
	}
	http.Get(server + other) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

var slashes = regexp.MustCompile("/+")

// Pure functions of the standard library, run on the route with a
// placeholder for each part known only at run time.
func pureFuncs(base, accountID string, n int) { // want pureFuncs:`requests\(.*`
	http.Get(base + "/" + strings.Trim("/restapi/v1.0/account/~/call-log-sync/", "/")) // want `GET /restapi/v1.0/account/~/call-log-sync \(syncAccountCallLog\) needs \[ReadCallLog\]`

	http.Get(base + strings.TrimRight(path.Clean("/restapi//v1.0/account/"+accountID+"/./active-calls/"), "/")) // want `GET /restapi/v1.0/account/\{accountId\}/active-calls \(listCompanyActiveCalls\) needs \[ReadCallLog\]`

	http.Get(base + "/restapi/v1.0/account/~/extension/" + strconv.Itoa(42) + "/active-calls") // want `GET /restapi/v1.0/account/~/extension/42/active-calls \(listExtensionActiveCalls\) needs \[ReadCallLog\]`

	http.Get(base + "/restapi/v1.0/account/~/extension/" + strconv.Itoa(n) + "/call-log") // want `GET /restapi/v1.0/account/~/extension/\{extensionId\}/call-log \(readUserCallLog\) needs \[ReadCallLog\]`

	// A third-party joiner: the doubled slashes after the base collapse.
	http.Get(regexp.MustCompile(`([^:])/{2,}`).ReplaceAllString(base+"/"+path.Join("/restapi/v1.0/", "account", accountID, "call-log"), "$1/")) // want `GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`

	http.Get(base + slashes.ReplaceAllString(path.Join("/", "restapi/v1.0//account/~/", "call-log-sync"), "/")) // want `\(syncAccountCallLog\) needs \[ReadCallLog\]`

	// url.JoinPath of a base known only at run time that ends in a slash:
	// one slash after it, not two.
	if joined, err := url.JoinPath(base+"/restapi/", "/v1.0/account/~/call-log"); err == nil {
		http.Get(joined) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	}
}

func methods(server, method string) { // want methods:`requests\(.*`
	const del = "delete"
	http.NewRequest(strings.ToUpper(del), server+"/restapi/v1.0/account/~/extension/~/call-log", nil) // want `DELETE /restapi/v1.0/account/~/extension/~/call-log \(deleteUserCallLog\) needs \[EditCallLog\]`
	m := http.MethodDelete
	http.NewRequest(m, server+"/restapi/v1.0/account/~/call-recordings", nil) // want `DELETE /restapi/v1.0/account/~/call-recordings \(deleteCompanyCallRecordings\) needs \[EditCallLog\]`
	// The method is a parameter: every method of the path is a candidate,
	// and they need different permissions.
	http.NewRequest(method, server+"/restapi/v1.0/account/~/extension/~/call-log", nil)
}
