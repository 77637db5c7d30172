package routes // want package:`needs\(\[\]\) wrappers=true module=""`

// The package holds route constants in each state the analyzer tells:
// those it may lose before a request are its Result's Routes; the others
// are known not to be requests. A route handed to an interface no type in
// sight implements is a late-bound call (latebound.go): the package's
// importers may see the implementation.

import (
	"fmt"
	"net/http"
	"path"
	"strings"
)

// Kept: the analyzer cannot tell whether these reach a request.
var byName = map[string]string{
	"messages": "/restapi/v1.0/account/~/extension/~/message-store",
}

type fetcher interface {
	Fetch(path string)
	// Get is a client's, with a callback: not a route registration.
	Get(path string, done func(*http.Response))
}

func viaInterface(f fetcher) { // want viaInterface:`requests\(via Fetch\(/restapi/v1.0/account/~/call-log\)\)`
	f.Fetch("/restapi/v1.0/account/~/call-log")
}

const presence = "/restapi/v1.0/account/~/extension/~/presence"

func usePresence(f fetcher) { f.Fetch(presence) } // want usePresence:`requests\(via Fetch\(/restapi/v1.0/account/~/extension/~/presence\)\)`

// Composites whose known text decides the permission: a format, the sides
// of a concatenation, the segments of a join.
func composites(f fetcher, id string) { // want composites:`requests\(via Fetch\(/restapi/v1.0/account/\{\$1\}/active-calls\), .*\)`
	f.Fetch(fmt.Sprintf("/restapi/v1.0/account/%s/active-calls", id))
	f.Fetch("/restapi/v1.0/account/~/extension/" + id + "/fax")
	f.Fetch(path.Join("/restapi/v1.0/account/~/extension", id, "sms"))
	f.Fetch(path.Join("/restapi/v1.0/account", id, "nothing")) // no route, and its prefix is none either
	f.Get("/restapi/v1.0/account/~/extension/~/greeting", func(*http.Response) {})
}

// Known not to be requests.
const devices = "/restapi/v1.0/account/~/device" // used only in a comparison

func known(r *http.Request, mux *http.ServeMux, base string) {
	mux.HandleFunc("/restapi/v1.0/account/~/extension/~/sms", func(http.ResponseWriter, *http.Request) {})
	http.Handle("/restapi/v1.0/account/~/recording/1/content", http.NotFoundHandler())
	if r.URL.Path == devices {
		return
	}
	switch r.URL.Path {
	case "/restapi/v1.0/account/~/extension/~/fax":
		return
	}
	if strings.HasPrefix(r.URL.Path, "/restapi/v1.0/account/~/extension/~/meeting") {
		return
	}
	_ = "/restapi/v1.0/account/~/extension/" + base // a prefix: the whole is the route
	//rcperm:ignore a route the webhook echoes back, not requested
	_ = "/restapi/v1.0/account/~/extension/~/answering-rule"
}
