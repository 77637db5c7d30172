// Package tasks describes the batch's API calls as values: a Task carries // want package:`needs\(\[\]\) wrappers=false module=""`
// its method and path, and the package that executes tasks (through a
// client of a third package, in a closure it hands to a pool) never sees
// these stores. Each store into Task.Path is a request there, paired with
// the same literal's Method.
package tasks

import (
	"net/http"
	"net/url"
	"path"
)

type Task struct {
	Method string
	Path   string // want Path:`field stores\(4\)`
	Body   any
}

const root = "/restapi/v1.0"

func account(elem ...string) string {
	return path.Join(append([]string{root, "account", "~"}, elem...)...)
}

// withQuery adds a query when there is one: a helper whose result the
// flow leaves to its callers, and a store falls back on.
func withQuery(p string, q url.Values) string {
	if len(q) == 0 {
		return p
	}
	return p + "?" + q.Encode()
}

func CallLog(ext string) Task { // want CallLog:`effects\(result 2 fields, receiver 0 fields\)`
	return Task{Method: http.MethodGet, Path: withQuery(account("extension", ext, "call-log"), url.Values{"view": {"Detailed"}})}
}

// Purge shares its path with Messages: the method told apart by the
// literal that stores it.
func Purge(ext string) Task { // want Purge:`effects\(result 2 fields, receiver 0 fields\)`
	return Task{Method: http.MethodDelete, Path: withQuery(account("extension", ext, "message-store"), url.Values{"type": {"VoiceMail"}})}
}

func Messages(ext string) Task { // want Messages:`effects\(result 2 fields, receiver 0 fields\)`
	return Task{Method: http.MethodGet, Path: account("extension", ext, "message-store") + "?messageType=SMS"}
}

// Notify goes to another company's webhook by absolute URL: the client
// resolves it against nothing of RingCentral's.
func Notify(hook string) Task { // want Notify:`effects\(result 2 fields, receiver 0 fields\)`
	return Task{Method: http.MethodPost, Path: "https://hooks.example.com/services/" + hook}
}
