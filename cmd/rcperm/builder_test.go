package main_test

import (
	"strings"
	"testing"
)

// builderApp is a module whose client package keeps a request's method and
// path in the fields of a builder, set by chained setters and read by Do,
// and whose worker package, another package, drives it: the calls name the
// routes, the builder sends them.
var builderApp = map[string]string{
	"go.mod":      "module builderapp\n\ngo 1.26\n",
	"rcperm.yaml": "permissions: [ReadAccounts]\n",
	"rcapi/call.go": `package rcapi

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
)

type Client struct{ baseURL string }

func New() *Client { return &Client{baseURL: "https://platform.ringcentral.com"} }

// Call is a request under construction.
type Call struct {
	c            *Client
	method, path string
	query        url.Values
}

func (c *Client) NewCall() *Call { return &Call{c: c, method: http.MethodGet, query: url.Values{}} }

func (b *Call) Method(m string) *Call { b.method = m; return b }

func (b *Call) Path(tmpl string, ids ...string) *Call {
	if len(ids) == 0 {
		b.path = tmpl
		return b
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = url.PathEscape(id)
	}
	b.path = fmt.Sprintf(tmpl, args...)
	return b
}

func (b *Call) Query(k, v string) *Call { b.query.Add(k, v); return b }

func (b *Call) Do(ctx context.Context) error {
	u, err := url.Parse(b.c.baseURL + b.path)
	if err != nil {
		return err
	}
	u.RawQuery = b.query.Encode()
	req, err := http.NewRequestWithContext(ctx, b.method, u.String(), nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
`,
	"worker/worker.go": `package worker

import (
	"context"
	"net/http"

	"builderapp/rcapi"
)

type job struct{ name, method, path string }

var jobs = []job{
	{"calls", http.MethodGet, "/restapi/v1.0/account/~/call-log?view=Detailed"},
	{"presence", http.MethodGet, "/restapi/v1.0/account/~/presence"},
}

func Snapshot(ctx context.Context, rc *rcapi.Client) error {
	for _, j := range jobs {
		if err := rc.NewCall().Method(j.method).Path(j.path).Do(ctx); err != nil {
			return err
		}
	}
	return nil
}

func Messages(ctx context.Context, rc *rcapi.Client, ext string) error {
	call := rc.NewCall().
		Path("/restapi/v1.0/account/~/extension/%s/message-store", ext)
	if ext != "~" {
		call.Query("perPage", "100")
	}
	return call.Do(ctx)
}

func Extensions(ctx context.Context, rc *rcapi.Client) error {
	return rc.NewCall().Path("/restapi/v1.0/account/~/extension").Do(ctx)
}
`,
	"main.go": `package main

import (
	"context"

	"builderapp/rcapi"
	"builderapp/worker"
)

func main() {
	ctx, rc := context.Background(), rcapi.New()
	_ = worker.Snapshot(ctx, rc)
	_ = worker.Messages(ctx, rc, "~")
	_ = worker.Extensions(ctx, rc)
}
`,
}

// TestBuilderAcrossPackages: a request builder's requests are checked at
// the calls of another package that set its method and path, through the
// effects facts of its constructor and setters; nothing is unresolved.
func TestBuilderAcrossPackages(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, builderApp)

	out, code := run(t, dir, nil, rcpermBin, "./...")
	if code != 3 {
		t.Errorf("rcperm ./... = exit %d, want 3:\n%s", code, out)
	}
	const grant = ", which rcperm.yaml does not grant: RingCentral answers 403 InsufficientPermissions (CMN-401); grant %s in the RingCentral Developer Console (what RingCentral checks) and in rcperm.yaml at line 1"
	diff(t, "rcperm ./... on the builder app", findings(out, dir), []string{
		"\tvia net/http.NewRequestWithContext at rcapi/call.go:46:14",
		"\tvia net/http.NewRequestWithContext at rcapi/call.go:46:14",
		"\tvia net/http.NewRequestWithContext at rcapi/call.go:46:14",
		"worker/worker.go:19:13: GET /restapi/v1.0/account/~/call-log (readCompanyCallLog) needs [ReadCallLog]" + strings.Replace(grant, "%s", "ReadCallLog", 1),
		"worker/worker.go:19:13: GET /restapi/v1.0/account/~/presence (readAccountPresence) needs [ReadPresence]" + strings.Replace(grant, "%s", "ReadPresence", 1),
		"worker/worker.go:32:9: GET /restapi/v1.0/account/~/extension/%s/message-store (listMessages) needs [ReadMessages]" + strings.Replace(grant, "%s", "ReadMessages", 1),
	})
	if strings.Contains(out, "unresolved") {
		t.Errorf("rcperm ./... counts something unresolved:\n%s", out)
	}
}
