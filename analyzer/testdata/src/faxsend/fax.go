package faxsend // want package:`needs\(\[Faxes\]\) wrappers=true module=""`

// Package faxsend's Post completes the route itself when its caller passes
// only the server: both branches are requests.

import (
	"io"
	"net/http"
	"strings"
)

const FaxPath = "/restapi/v1.0/account/~/extension/~/fax"

func join(base, path string) string {
	return strings.TrimSuffix(base, "/") + "/" + strings.TrimPrefix(path, "/")
}

func Post(client *http.Client, url string, body io.Reader) (*http.Response, error) { // want Post:`requests\(POST \{\$1\}, POST \{\$1\}/restapi/v1.0/account/~/extension/~/fax\)`
	if !strings.Contains(url, "fax") {
		url = join(url, FaxPath)
	}
	return client.Post(url, "multipart/mixed", body) // want `POST /restapi/v1.0/account/~/extension/~/fax \(createFaxMessage\) needs \[Faxes\]`
}

// send passes the server only: the call is the fax operation, checked in
// Post.
func send(client *http.Client, body io.Reader) { // want send:`requests\(POST https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/fax\)`
	Post(client, "https://platform.ringcentral.com", body)
}
