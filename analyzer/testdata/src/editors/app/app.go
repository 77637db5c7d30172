package app // want package:`needs\(\[EditAccounts, ReadAccounts, ReadCallLog, ReadCallRecording, ReadMessages\]\) wrappers=true module=""`

import (
	"context"
	"log"
	"net/http"

	"editors/lib"
)

// The options of another package's client, made by its constructors,
// applied in order to the request it makes.
func Run(ctx context.Context, id string) { // want Run:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-log, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/\{\}/call-log\)`
	lib.Send(ctx, http.MethodGet, lib.WithPath("/restapi/v1.0/account/~/call-log"))                                                                // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	lib.Send(ctx, http.MethodGet, lib.WithHeader("Accept", "application/json"), lib.WithPath("/restapi/v1.0/account/~/extension/%s/call-log", id)) // want `GET /restapi/v1.0/account/~/extension/\{extensionId\}/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
}

// recording's options, with a suffix appended by the caller.
func recording(id string) []lib.Option {
	return []lib.Option{lib.WithPath("/restapi/v1.0/account/~/recording/%s", id)}
}

func Download(ctx context.Context, id string) { // want Download:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/recording/\{\}/content\)`
	opts := append(recording(id), lib.WithSuffix("content"))
	lib.SendJSON(ctx, http.MethodGet, nil, opts...) // want `GET /restapi/v1.0/account/~/recording/\{recordingId\}/content \(readCallRecordingContent\) needs \[ReadCallRecording\]`
}

// A package-level option, and a list grown in a branch: each list it may be.
var messageStore = lib.WithPath("/restapi/v1.0/account/~/extension/~/message-store")

func Messages(ctx context.Context, id string) { // want Messages:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/message-store, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/message-store/\{\$1\}\)`
	opts := []lib.Option{messageStore}
	if id != "" {
		opts = append(opts, lib.WithSuffix(id))
	}
	lib.Send(ctx, http.MethodGet, opts...) // want `GET /restapi/v1.0/account/~/extension/~/message-store \(listMessages\) needs \[ReadMessages\]` `GET /restapi/v1.0/account/~/extension/~/message-store/\{messageId\} \(readMessage\) needs \[ReadMessages\]`
}

// A helper of the client's that edits the request it is handed.
func Account(ctx context.Context) { // want Account:`requests\(POST https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension\)`
	lib.Edited(ctx, "/restapi/v1.0/account/~/extension") // want `POST /restapi/v1.0/account/~/extension \(createExtension\) needs \[EditAccounts\]`
}

// The app's own wrapper hands its callers' options on.
func get(ctx context.Context, opts ...lib.Option) error { // want get:`requests\(GET https://platform\.ringcentral\.com\{\$178\}\)`
	return lib.Send(ctx, http.MethodGet, opts...)
}

func Info(ctx context.Context) { // want Info:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~\)`
	get(ctx, lib.WithPath("/restapi/v1.0/account/~")) // granted: no finding
}

// Traps: the same route to another server, and an option that reaches no
// request.
func Archive(ctx context.Context) {
	lib.SendTo(ctx, "https://archive.example.com", lib.WithPath("/restapi/v1.0/account/~/call-log"))
	unused := lib.WithPath("/restapi/v1.0/account/~/call-log")
	log.Printf("would send %p", unused)
}

// An option nobody can tell: unresolved, not passed over.
var registry map[string]lib.Option

func ByName(ctx context.Context, name string) { // want ByName:`requests\(GET https://platform\.ringcentral\.com/\{\}\)`
	lib.Send(ctx, http.MethodGet, registry[name]) // want `GET /\{\}: rcperm cannot tell which RingCentral operation this request calls`
}
