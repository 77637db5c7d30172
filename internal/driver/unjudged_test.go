package driver

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/rcperm/rcperm/analyzer"
)

// TestUnjudged: a manifest's unused grants are judged only on complete
// evidence. An unresolved request, loud or quiet, withholds the advice and
// says so once at the manifest; a run that did not see all the packages a
// manifest governs withholds it and names them; a manifest whose packages
// make no request is judged.
func TestUnjudged(t *testing.T) {
	const manifest = "permissions: [ReadCallLog, ReadMessages, Faxes]\n"
	tests := []struct {
		name     string
		extra    map[string]string
		patterns []string
		// unused and unresolved are the findings of those categories,
		// unseen the directories Unjudged names.
		unused, unresolved []string
		unseen             []string
	}{
		{
			name:     "complete",
			patterns: []string{"./..."},
			unused:   []string{"rcperm.yaml:1:42: rcperm.yaml grants Faxes, which no RingCentral request of the packages it governs needs: remove it"},
		},
		{
			name: "a request to RingCentral rcperm cannot resolve",
			extra: map[string]string{"report/report.go": `package report

import (
	"os"

	rcgo "github.com/ringcentral/ringcentral-go"
)

// Run sends a report whose path is configured.
func Run() { rcgo.RestClient{}.Get(os.Getenv("RC_REPORT_PATH")) }
`},
			patterns:   []string{"./..."},
			unresolved: []string{"report.go:10:14: GET /{}: rcperm cannot tell", "rcperm.yaml:1:15: rcperm.yaml: cannot judge which grants are unused: 1 request is unresolved (the first at "},
		},
		{
			name: "a request that may go anywhere",
			extra: map[string]string{"hook/hook.go": `package hook

import (
	"net/http"
	"os"
)

// Run calls a configured URL.
func Run() { http.Get(os.Getenv("HOOK_URL")) }
`},
			patterns:   []string{"./..."},
			unresolved: []string{"rcperm.yaml:1:15: rcperm.yaml: cannot judge which grants are unused: 1 request is unresolved (the first at "},
		},
		{
			// The call of a promoted method of an embedded interface is an
			// interface call: the implementation's request, whose path
			// comes from its own configuration, is unresolved there.
			name: "a request behind an embedded interface's method",
			extra: map[string]string{"gen/gen.go": `package gen

import (
	"net/http"
	"os"
)

// NewHoldRequest builds a request on server whose path is configured.
func NewHoldRequest(server string) (*http.Request, error) {
	return http.NewRequest(http.MethodPost, server+os.Getenv("HOLD_PATH"), nil)
}

type ClientInterface interface {
	Hold() (*http.Response, error)
}

type Client struct{ Server string }

func (c *Client) Hold() (*http.Response, error) {
	req, err := NewHoldRequest(c.Server)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

// ClientWithResponses calls the embedded interface's methods as its own.
type ClientWithResponses struct{ ClientInterface }

func (c *ClientWithResponses) HoldWithResponse() error {
	_, err := c.Hold()
	return err
}
`},
			patterns:   []string{"./..."},
			unresolved: []string{"rcperm.yaml:1:15: rcperm.yaml: cannot judge which grants are unused: 1 request is unresolved (the first at "},
		},
		{
			// An SDK method value kept where the value flow cannot follow
			// it (a sync.Map): its call may be the SDK's request.
			name: "a method value of the SDK the flow loses",
			extra: map[string]string{"report/report.go": `package report

import (
	"sync"

	rcgo "github.com/ringcentral/ringcentral-go"
)

var views sync.Map

func Register(rc rcgo.RestClient) { views.Store("account", rc.Get) }

func Run(name, path string) []byte {
	v, _ := views.Load(name)
	return v.(func(string) []byte)(path)
}
`},
			patterns:   []string{"./..."},
			unresolved: []string{"rcperm.yaml:1:15: rcperm.yaml: cannot judge which grants are unused: 1 request is unresolved (the first at "},
		},
		{
			name: "an ignored request is no gap",
			extra: map[string]string{"hook/hook.go": `package hook

import (
	"net/http"
	"os"
)

// Run calls a configured URL.
func Run() {
	http.Get(os.Getenv("HOOK_URL")) //rcperm:ignore our own webhook relay, not RingCentral
}
`},
			patterns: []string{"./..."},
			unused:   []string{"rcperm.yaml:1:42: rcperm.yaml grants Faxes, which no RingCentral request of the packages it governs needs: remove it"},
		},
		{
			name:     "one program of the app",
			patterns: []string{"./server"},
			unseen:   []string{"worker"},
		},
		{
			name:     "a package with no request",
			extra:    map[string]string{"server/server.go": "package server\n", "worker/worker.go": "package worker\n"},
			patterns: []string{"./..."},
			unused: []string{
				"rcperm.yaml:1:15: rcperm.yaml grants ReadCallLog, which no RingCentral request of the packages it governs needs: remove it",
				"rcperm.yaml:1:28: rcperm.yaml grants ReadMessages, which no RingCentral request of the packages it governs needs: remove it",
				"rcperm.yaml:1:42: rcperm.yaml grants Faxes, which no RingCentral request of the packages it governs needs: remove it",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := sharedApp(t, manifest, tt.extra)
			run, err := Analyze(tt.patterns, Options{}, analyzer.New(analyzer.Config{}))
			if err != nil {
				t.Fatal(err)
			}
			if got := unusedOf(t, run); strings.Join(got, "\n") != strings.Join(tt.unused, "\n") {
				t.Errorf("unused-permission findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.unused, "\n"))
			}
			var unresolved []string
			for _, f := range run.Findings() {
				if f.Category == analyzer.CategoryUnresolvedRequest {
					unresolved = append(unresolved, shortFinding(f))
				}
			}
			if len(unresolved) != len(tt.unresolved) {
				t.Fatalf("unresolved-request findings:\n%s\nwant %d", strings.Join(unresolved, "\n"), len(tt.unresolved))
			}
			for i, want := range tt.unresolved {
				if !strings.HasPrefix(unresolved[i], want) {
					t.Errorf("unresolved-request finding %d = %q, want it to start %q", i, unresolved[i], want)
				}
			}
			var unseen []string
			for _, u := range run.Unjudged() {
				for _, d := range u.Unseen {
					rel, _ := filepath.Rel(dir, d)
					unseen = append(unseen, rel)
				}
			}
			if strings.Join(unseen, " ") != strings.Join(tt.unseen, " ") {
				t.Errorf("unseen packages %q, want %q", unseen, tt.unseen)
			}
		})
	}
}

// TestUnfollowedNeedsSomething: a route constant that needs no permission
// (a base URL such as /restapi/v1.0) is no not-followed route: it protects
// no grant and asks nothing of the user.
func TestUnfollowedNeedsSomething(t *testing.T) {
	sharedApp(t, "permissions: [ReadCallLog, ReadMessages]\n", map[string]string{"base/base.go": `package base

// API is the root every route starts with.
const API = "https://platform.ringcentral.com/restapi/v1.0"

// Faxes is sent by a client rcperm does not see.
const Faxes = "/restapi/v1.0/account/~/extension/~/fax"
`})
	run, err := Analyze([]string{"./..."}, Options{}, analyzer.New(analyzer.Config{}))
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, u := range run.Unfollowed() {
		texts = append(texts, u.Text)
	}
	if strings.Join(texts, " ") != "/restapi/v1.0/account/~/extension/~/fax" {
		t.Errorf("Unfollowed = %q, want only the fax route", texts)
	}
}
