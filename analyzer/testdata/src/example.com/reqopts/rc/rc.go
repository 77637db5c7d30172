package rc // want package:`needs\(\[ReadCallLog, SMS\]\) wrappers=true module=""`

// Package rc builds requests from functional options: NewRequest applies
// its callers' options, in order, to a spec whose method and route they
// set, and sends what they leave there.

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

const DefaultServer = "https://platform.ringcentral.com"

type spec struct {
	server, method, path string
	header               http.Header
	body                 io.Reader
}

type Option func(*spec)

func Method(m string) Option { return func(s *spec) { s.method = m } } // want Method:`option\(1 arities\)`

func Server(base string) Option { return func(s *spec) { s.server = strings.TrimRight(base, "/") } } // want Server:`option\(1 arities\)`

func Path(format string, args ...any) Option { // want Path:`option\(5 arities\)`
	return func(s *spec) { s.path = fmt.Sprintf(format, args...) }
}

// Post sets the method and the path together.
func Post(path string) Option { // want Post:`option\(1 arities\)`
	return func(s *spec) {
		s.method = http.MethodPost
		s.path = path
	}
}

// JSON sets a body: no field the route is made of.
func JSON(v any) Option { // want JSON:`option\(1 arities\)`
	return func(s *spec) {
		b, _ := json.Marshal(v)
		s.body = strings.NewReader(string(b))
		s.header.Set("Content-Type", "application/json")
	}
}

func NewRequest(ctx context.Context, opts ...Option) (*http.Request, error) { // want NewRequest:`requests\(\{\$opts2\.1\} \{\$opts2\.0\}\{\$opts2\.2\}\)`
	s := spec{server: DefaultServer, method: http.MethodGet, header: http.Header{}}
	for _, opt := range opts {
		opt(&s)
	}
	req, err := http.NewRequestWithContext(ctx, s.method, s.server+s.path, s.body)
	if err != nil {
		return nil, err
	}
	req.Header = s.header
	return req, nil
}

func Do(req *http.Request) error {
	resp, err := http.DefaultClient.Do(req)
	if err == nil {
		resp.Body.Close()
	}
	return err
}

// Fetch hands its callers' options on.
func Fetch[T any](ctx context.Context, opts ...Option) (T, error) { // want Fetch:`requests\(\{\$opts2\.1\} \{\$opts2\.0\}\{\$opts2\.2\}\)`
	var out T
	req, err := NewRequest(ctx, opts...)
	if err != nil {
		return out, err
	}
	return out, Do(req)
}

// SendSMS and CallLog call NewRequest in its own package: the method
// of each is its own options'.
func SendSMS(ctx context.Context, acc, ext, text string) error { // want SendSMS:`requests\(POST https://platform\.ringcentral\.com/restapi/v1\.0/account/\{\}/extension/\{\}/sms\)`
	req, err := NewRequest(ctx, Method(http.MethodPost), Path("/restapi/v1.0/account/%s/extension/%s/sms", acc, ext), JSON(text)) // want `POST /restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/sms \(createSMSMessage\) needs \[SMS\]`
	if err != nil {
		return err
	}
	return Do(req)
}

func CallLog(ctx context.Context, acc string) error { // want CallLog:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\{\}/call-log\)`
	req, err := NewRequest(ctx, Path("/restapi/v1.0/account/%s/call-log", acc)) // want `GET /restapi/v1\.0/account/\{accountId\}/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	if err != nil {
		return err
	}
	return Do(req)
}

// Doer sends what a Sender's options leave; the app wires one in.
type Doer interface {
	Do(ctx context.Context, method, url string) error
}

type Sender struct{ D Doer }

// Send hands the method and URL its callers' options leave to a Doer
// out of its sight: the app's, where the call is resolved.
func (c *Sender) Send(ctx context.Context, opts ...Option) error { // want Send:`requests\(via Do\(\{\}, \{\$opts2\.1\}, \{\$opts2\.0\}\{\$opts2\.2\}\)\)`
	s := spec{server: DefaultServer, method: http.MethodGet}
	for _, opt := range opts {
		opt(&s)
	}
	return c.D.Do(ctx, s.method, s.server+s.path)
}
