package svc // want package:`needs\(\[\]\) wrappers=true module=""`

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"path"

	"example.com/portstruct/bus"
	"example.com/portstruct/port"
)

const account = "/restapi/v1.0/account/~"

func CallLog(ctx context.Context, p port.Port, ext string) error { // want CallLog:`requests\(via Send\(\{\}, \{\}, \$1280=GET, \$1281=/restapi/v1\.0/account/~/call-log\), via Send\(\{\}, \{\}, \$1280=GET, \$1281=/restapi/v1\.0/account/~/extension/\{\$2\}/call-log\)\)`
	route := account + "/call-log"
	if ext != "" {
		route = fmt.Sprintf("%s/extension/%s/call-log", account, ext)
	}
	return p.Send(ctx, port.Request{Method: http.MethodGet, Path: route})
}

func SMS(ctx context.Context, p port.Port) error { // want SMS:`requests\(via Send\(\{\}, \{\}, \$1280=POST, \$1281=/restapi/v1\.0/account/~/extension/~/sms\)\)`
	r := &port.Request{Method: http.MethodPost}
	r.Path = account + "/extension/~/sms"
	return p.Send(ctx, *r)
}

func init() {
	bus.Register("recording", fetchRecording)
	bus.Register("read", markRead)
}

// fetchRecording is only ever dispatched: its command's ID is known at
// run time alone.
func fetchRecording(ctx context.Context, p port.Port, c bus.Command) error { // want fetchRecording:`requests\(via Send\(\{\}, \{\}, \$1280=GET, \$1281=/restapi/v1\.0/account/~/recording/\{\$1793\}/content\)\)`
	return p.Send(ctx, port.Request{Method: http.MethodGet, Path: path.Join(account, "recording", c.ID, "content")})
}

func markRead(ctx context.Context, p port.Port, c bus.Command) error { // want markRead:`requests\(via Send\(\{\}, \{\}, \$1280=PUT, \$1281=/restapi/v1\.0/account/~/extension/~/message-store/\{\$1793\}\)\)`
	req := port.Request{Method: http.MethodPut, Body: map[string]string{"readStatus": "Read"}}
	req.Path = account + "/extension/~/message-store/" + url.PathEscape(c.ID)
	return p.Send(ctx, req)
}

// Audit hands a descriptor to a port that only logs it: no request.
func Audit(ctx context.Context, l port.Logger) { // want Audit:`requests\(via Record\(\{\}, \{\}, \$1280=DELETE, \$1281=/restapi/v1\.0/account/~/call-log\)\)`
	l.Record(ctx, port.Request{Method: http.MethodDelete, Path: account + "/call-log"})
}
