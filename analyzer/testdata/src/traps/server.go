package traps // want package:`needs\(\[ReadAccounts, ReadCallLog\]\) wrappers=true module=""`

// Package traps holds code that looks like RingCentral requests and is not:
// rcperm must report nothing here (the facts are what rcperm learns of the
// functions for their callers).

import (
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"net/url"
)

// A server that serves RingCentral-shaped routes (a mock, a proxy) registers
// them; it does not call them.
func routes(mux *http.ServeMux, h http.HandlerFunc) {
	mux.HandleFunc("GET /restapi/v1.0/account/{accountId}/call-log", h)
	mux.Handle("/restapi/v1.0/account/~/extension/~/call-log", h)
	http.HandleFunc("/restapi/v1.0/account/~/recording/", h)
	http.Handle("DELETE /restapi/v1.0/account/~/call-recordings", h)
	_ = httptest.NewRequest("GET", "/restapi/v1.0/account/~/call-log", nil) // a request for a handler under test
}

// Strings that never reach a request.
func strings() {
	const doc = "/restapi/v1.0/account/~/call-log"
	log.Printf("calling %s", doc)
	fmt.Println("https://platform.ringcentral.com/restapi/v1.0/account/~/call-log")
	_ = map[string]string{"callLog": "/restapi/v1.0/account/~/call-log"}
	_ = fmt.Sprintf("%s/restapi/v1.0/account/~/call-log", "x")
}

// Look-alike hosts and paths are not RingCentral's.
func lookAlikes() {
	http.Get("https://api.example.com/restapi/v1.0/account/~/call-log")
	http.Get("https://ringcentral.com.evil.example/restapi/v1.0/account/~/call-log")
	http.Get("https://notringcentral.com/restapi/v1.0/account/~/call-log")
	http.Get("https://platform.ringcentral.com.example.org/restapi/v1.0/account/~/call-log")
	http.Get("http://localhost:8080/restapi/v1.0/account/~/call-log")
	http.Get("https://example.com/restapis/v1.0/account/~/call-log")
	http.Get("/api/v1/restapi/call-log")
	http.Get("/proxy/restapi/v1.0/account/~/call-log")
	http.Get("https://login.example.com/.well-known/openid-configuration")
}

// Routes rcperm cannot know are not guessed at.
func unknowns(u, method string, c *http.Client) { // want unknowns:`requests\(GET \{\$0\}, GET \{\$0\}\?page=2, \{\$1\} \{\$0\}\)`
	http.Get(u)
	c.Get(u + "?page=2")
	http.NewRequest(method, u, nil)
	var routes []string
	for _, r := range routes {
		http.Get(r)
	}
}

// A variable assigned in a branch is each of its values: both requests are
// made (the granted one is no finding).
func branches(debug bool) { // want branches:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/call-log, GET https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~\)`
	u := "https://platform.ringcentral.com/restapi/v1.0/account/~/call-log"
	if debug {
		u = "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~"
	}
	http.Get(u) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`

	v := url.URL{Scheme: "https", Host: "platform.ringcentral.com", Path: "/restapi/v1.0/account/~/extension/~"}
	if debug {
		v = url.URL{Scheme: "https", Host: "platform.ringcentral.com", Path: "/restapi/v1.0/account/~/call-log"}
	}
	http.Get(v.String()) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

// A request for a RingCentral operation the app may call.
func granted() { // want granted:`requests\(.*`
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~")
	http.Post("https://platform.ringcentral.com/restapi/oauth/token", "application/x-www-form-urlencoded", nil) // needs no permission
	http.Post("https://platform.ringcentral.com/restapi/v1.0/subscription", "application/json", nil)            // needs no permission
}
