package jobs

// Package jobs declares jobs whose paths are fmt templates: the scheduler
// in another package formats each with the account's ID, which loses
// the field in the value flow. Each store is asked again, its method
// beside its own formatted route, and reported where the scheduler sends
// it, with the store as the next step.

import "net/http"

type Job struct {
	Name   string
	Method string
	Path   string // want Path:`field stores\(4\)`
}

var registry []Job

func Register(j Job) { registry = append(registry, j) }

func All() []Job { return append([]Job(nil), registry...) }

func init() {
	Register(Job{Name: "calls", Method: http.MethodGet, Path: "/restapi/v1.0/account/%s/call-log"})
	Register(Job{Name: "dnd", Method: http.MethodPut, Path: "/restapi/v1.0/account/%s/extension/~/presence"})
	Register(Job{Name: "exts", Method: http.MethodGet, Path: "/restapi/v1.0/account/%s/extension"})
	// Another host that mirrors RingCentral's layout.
	Register(Job{Name: "archive", Method: http.MethodGet, Path: "https://archive.example.com/restapi/v1.0/account/%s/call-log"})
}
