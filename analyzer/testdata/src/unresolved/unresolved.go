package unresolved // want package:`needs\(.*`

// Package unresolved makes requests whose operation rcperm cannot tell:
// each is accounted for, as a finding when it surely goes to RingCentral,
// and //rcperm:route resolves it.

import (
	"net/http"
	"os"
	"path"

	"github.com/ringcentral/ringcentral-go"
)

const rcServer = "https://platform.ringcentral.com"

func runTime(rc *ringcentral.RestClient) { // want runTime:`requests\(.*`
	name := os.Getenv("NAME")
	http.Get(rcServer + os.Getenv("RC_REPORT_PATH"))                               // want `GET /\{\}: rcperm cannot tell which RingCentral operation this request calls: the path is known only at run time`
	rc.Post(path.Join("/", name), nil)                                             // want `POST /\{\}: rcperm cannot tell which RingCentral operation this request calls: the path is known only at run time`
	http.Get(rcServer + "/restapi/v1.0/" + name)                                   // want `GET /restapi/v1.0/\{\}: rcperm cannot tell which RingCentral operation this request calls: the path after /restapi/v1.0/ is known only at run time`
	http.Get(rcServer + "/restapi/v1.0/account/~/" + name)                         // want `the path after /restapi/v1.0/account/~/ is known only at run time`
	http.NewRequest(os.Getenv("M"), rcServer+"/restapi/v1.0/account/~/"+name, nil) // want `\{\} /restapi/v1.0/account/~/\{\}: .* the path after /restapi/v1.0/account/~/ and the method is known only at run time, .*; name the operation with //rcperm:route GET /restapi/v1.0/account/~/\.\.\.`

	// An ID where every operation the route can be has one is no gap.
	http.Get(rcServer + "/restapi/v1.0/account/~/extension/" + name)
}

// Requests that may not go to RingCentral count, but are no findings.
func maybe() { // want maybe:`requests\(GET \{\}/call-log\)`
	http.Get(os.Getenv("URL"))
	http.Get(os.Getenv("BASE") + "/call-log")
	//rcperm:ignore the status page of our own service
	http.Get(os.Getenv("STATUS_URL"))
}

// Most of a RingCentral path after a run-time start: a finding.
func mostOfAPath() { // want mostOfAPath:`requests\(GET \{\}/v1.0/account/~/extension\)`
	http.Get(os.Getenv("BASE") + "/v1.0/account/~/extension") // want `GET /v1.0/account/~/extension: rcperm cannot tell which RingCentral operation this request calls: the start of the URL is known only at run time`
}

// Requests that surely do not go to RingCentral: nothing.
func elsewhere() {
	name := os.Getenv("NAME")
	http.Get("https://api.example.com/" + name)
	http.Get("/api/v2/users")
	http.Get(os.Getenv("BASE") + "/api/v2/widgets/" + name)
	http.Get(rcServer + "/restapi/v1.0/account/~/no-such-thing/" + name) // want `no such RingCentral operation`
}

// A wrapper's request is accounted at its callers.
func get(p string) (*http.Response, error) { // want get:`requests\(.*`
	return http.Get(rcServer + p)
}

func callers() { // want callers:`requests\(.*`
	name := os.Getenv("NAME")
	get("/restapi/v1.0/account/~/extension")
	get("/restapi/v1.0/" + name) // want `GET /restapi/v1.0/\{\}: rcperm cannot tell`
}

// //rcperm:route names the operations of a request rcperm cannot resolve.
func directives() { // want directives:`requests\(.*`
	name := os.Getenv("NAME")
	//rcperm:route GET /restapi/v1.0/account/~/call-log
	get("/restapi/v1.0/" + name) // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`

	//rcperm:route GET /restapi/v1.0/account/~/extension
	//rcperm:route GET /restapi/v1.0/account/~/no-such
	get("/restapi/v1.0/" + name) // want `GET /restapi/v1.0/account/~/no-such: no such RingCentral operation`

	get("/restapi/v1.0/" + name) //rcperm:route GET /restapi/v1.0/account/~/extension

	//rcperm:route GET /restapi/v1.0/account/~/extension // want `rcperm:route is stale: rcperm resolves this request itself`
	get("/restapi/v1.0/account/~/extension")

	//rcperm:route GET /restapi/v1.0/account/~/extension // want `rcperm:route names no unresolved request on this line or the next`

	//rcperm:route /restapi/v1.0/account/~/extension // want `rcperm:route takes a method and a path`
	get("/restapi/v1.0/account/~/extension")
}
