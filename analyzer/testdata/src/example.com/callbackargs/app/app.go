// Package app hands closures to another package's helpers, which call // want package:`needs\(\[ReadAccounts, ReadCallLog, ReadPresence\]\) wrappers=true module=""`
// them with the routes it gives: each closure's request is checked with
// them.
package app

import (
	"context"
	"log"
	"net/http"

	"example.com/callbackargs/work"
)

const server = "https://platform.ringcentral.com"

func get(ctx context.Context, url string) error { // want get:`requests\(GET \{\$1\}\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func Sync(ctx context.Context) error { // want Sync:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-log, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension\)`
	paths := []string{"/restapi/v1.0/account/~/call-log", "/restapi/v1.0/account/~/extension"}
	return work.Each(paths, func(p string) error {
		return get(ctx, server+p) // want `GET /restapi/v1\.0/account/~/extension \(listExtensions\) needs \[ReadAccounts\]`
	})
}

func Presence(ctx context.Context) error { // want Presence:`requests\(via \(\{\}, /restapi/v1\.0/account/~/extension/~/presence\), GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/presence\)`
	return work.Retry(ctx, "/account/~/extension/~/presence", func(ctx context.Context, p string) error {
		return get(ctx, server+p) // want `GET /restapi/v1\.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
	})
}

// Logged only: no request.
func Audit(ctx context.Context) error {
	return work.Each([]string{"/restapi/v1.0/account/~/extension/~/message-store"}, func(p string) error {
		log.Printf("would read %s", p)
		return nil
	})
}

// Another company's API through the same helper: no finding.
func Mirror(ctx context.Context) error {
	return work.Each([]string{"/restapi/v1.0/account/~/extension/~/sms"}, func(p string) error {
		return get(ctx, "https://archive.example.com"+p)
	})
}
