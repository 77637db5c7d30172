package app // want package:`needs\(\[EditCallLog, ReadCallLog, ReadPresence\]\) wrappers=true module=""`

// Package app sends lib's descriptors.

import (
	"context"
	"net/http"

	"descr/lib"
)

func Calls(ctx context.Context) error { // want Calls:`requests\(.*`
	return lib.Invoke(ctx, lib.ReadCallLog, map[string]string{"accountId": "~"}) // want `GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

func Clear(ctx context.Context, ext string) error { // want Clear:`requests\(.*`
	op := lib.DeleteUserCallLog
	return lib.Invoke(ctx, op, map[string]string{"accountId": "~", "extensionId": ext}) // want `DELETE /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/call-log \(deleteUserCallLog\) needs \[EditCallLog\]`
}

// Presence reads another package's route table by a constant key.
func Presence() { // want Presence:`requests\(.*`
	http.Get("https://platform.ringcentral.com" + lib.Routes[lib.KeyPresence]) // want `GET /restapi/v1.0/account/~/presence \(readAccountPresence\) needs \[ReadPresence\]`
}

// Described is a trap: a descriptor only logged is no request.
func Described() {
	println(lib.ReadCallLog.Method, lib.ReadCallLog.Path)
}
