package api // want package:`needs\(\[EditPresence, ReadCallLog, SMS\]\) wrappers=false module=""`

// api describes each operation as a typed descriptor whose path is a
// function of the request; one generic helper runs any of them. Each
// descriptor is its request, with its own method.

import (
	"context"
	"fmt"
	"net/http"
	"path"
)

type Endpoint[Req, Resp any] struct {
	Method string
	Path   func(Req) string // want Path:`field stores\(5\)`
}

type Client struct{ Server string }

type CallLogQuery struct{ Account, Extension string }

var ListCallLog = Endpoint[CallLogQuery, []string]{ // want ListCallLog:`global\(1 fields\)`
	Method: http.MethodGet,
	Path: func(q CallLogQuery) string {
		return fmt.Sprintf("/restapi/v1.0/account/%s/extension/%s/call-log", q.Account, q.Extension) // want `GET /restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
	},
}

var ListCompanyCallLog = Endpoint[CallLogQuery, []string]{ // want ListCompanyCallLog:`global\(1 fields\)`
	Method: http.MethodGet,
	Path:   func(q CallLogQuery) string { return path.Join("/restapi/v1.0/account", q.Account, "call-log") }, // want `GET /restapi/v1\.0/account/\{accountId\}/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

type SMS struct{ From, To string }

var SendSMS = Endpoint[SMS, string]{ // want SendSMS:`global\(1 fields\)`
	Method: http.MethodPost,
	Path:   func(SMS) string { return "/restapi/v1.0/account/~/extension/~/sms" }, // want `POST /restapi/v1\.0/account/~/extension/~/sms \(createSMSMessage\) needs \[SMS\]`
}

var UpdatePresence = Endpoint[string, string]{ // want UpdatePresence:`global\(1 fields\)`
	Method: http.MethodPut,
	Path:   func(ext string) string { return "/restapi/v1.0/account/~/extension/" + ext + "/presence" }, // want `PUT /restapi/v1\.0/account/~/extension/\{extensionId\}/presence \(updateUserPresenceStatus\) needs \[EditPresence\]`
}

// Status is another company's API described the same way: no finding.
var Status = Endpoint[string, string]{ // want Status:`global\(1 fields\)`
	Method: http.MethodGet,
	Path:   func(string) string { return "https://status.example.com/api/v2/status.json" },
}

func Call[Req, Resp any](ctx context.Context, c *Client, ep Endpoint[Req, Resp], req Req) (Resp, error) {
	var out Resp
	r, err := http.NewRequestWithContext(ctx, ep.Method, c.Server+ep.Path(req), nil)
	if err != nil {
		return out, err
	}
	resp, err := http.DefaultClient.Do(r)
	if err == nil {
		resp.Body.Close()
	}
	return out, err
}
