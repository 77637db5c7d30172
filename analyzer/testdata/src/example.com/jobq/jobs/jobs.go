// Package jobs makes the jobs a worker pool in another package performs: // want package:`needs\(\[\]\) wrappers=false module=""`
// each job carries its method and URL in fields, and reaches the worker
// through a registry of constructors and a channel, which the value flow
// cannot trace. Its stores into Job.URL are the requests.
package jobs

import (
	"fmt"
	"net/http"
)

type Job struct {
	Kind   string
	Method string
	URL    string // want URL:`field stores\(6\)`
}

const base = "https://platform.ringcentral.com/restapi/v1.0/account/~"

// endpoint passes its ...any on to fmt.Sprintf.
func endpoint(format string, args ...any) string { return base + fmt.Sprintf(format, args...) }

var registry = map[string]func(id string) Job{}

func init() {
	registry["calllog"] = func(string) Job {
		return Job{Kind: "calllog", Method: http.MethodGet, URL: endpoint("/call-log")}
	}
	registry["sms"] = func(id string) Job {
		return Job{Method: http.MethodPost, URL: endpoint("/extension/%s/sms", id)}
	}
}

// Recording leaves Method unset: net/http sends "" as GET.
func Recording(id string) Job { // want Recording:`effects\(result 3 fields, receiver 0 fields\)`
	return Job{URL: endpoint("/recording/%s/content", id)}
}

// Presence is positional.
func Presence(ext string) Job { // want Presence:`effects\(result 3 fields, receiver 0 fields\)`
	return Job{"presence", http.MethodGet, base + "/extension/" + ext + "/presence"}
}

// Archive goes to another host that mirrors RingCentral's layout: no
// request to RingCentral.
func Archive() Job { // want Archive:`effects\(result 3 fields, receiver 0 fields\)`
	return Job{Method: http.MethodGet, URL: "https://archive.example.com/restapi/v1.0/account/~/call-log"}
}

// NextPage extends what the field holds: no request of its own.
func NextPage(j *Job, page string) { j.URL = j.URL + "&page=" + page }

// Seeds are the jobs a run starts with.
func Seeds(ids []string) []Job {
	var out []Job
	for name, make := range registry {
		_ = name
		for _, id := range ids {
			out = append(out, make(id))
		}
	}
	var j Job
	j.Method = http.MethodDelete
	j.URL = endpoint("/extension/%s/message-store/%s", ids[0], ids[1])
	return append(out, j)
}

// A Lookup names an extension whose presence the worker reads: its
// fields are IDs in the worker's route, not routes of their own.
type Lookup struct{ Account, Ext string }
