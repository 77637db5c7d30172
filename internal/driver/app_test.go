package driver

import (
	"path/filepath"
	"testing"

	"github.com/rcperm/rcperm/analyzer"
)

// sharedApp is a module of two packages that share one manifest, as two
// programs of a module do: server reads the call log, worker reads
// messages. Both use the stand-in of the ringcentral-go SDK, which imports
// nothing; library packages, so that go list lists no runtime for a link.
func sharedApp(t *testing.T, manifest string, extra map[string]string) string {
	t.Helper()
	files := map[string]string{
		"go.mod":      standInGoMod(t),
		"rcperm.yaml": manifest,
		"server/server.go": `package server

import rcgo "github.com/ringcentral/ringcentral-go"

// Run sends the request.
func Run() { rcgo.RestClient{}.Get("/restapi/v1.0/account/~/extension/~/call-log") }
`,
		"worker/worker.go": `package worker

import rcgo "github.com/ringcentral/ringcentral-go"

// Run sends the request.
func Run() { rcgo.RestClient{}.Get("/restapi/v1.0/account/~/extension/~/message-store") }
`,
	}
	for name, content := range extra {
		files[name] = content
	}
	return inModule(t, files)
}

// standInGoMod is the go.mod of a module example.com/app that uses the
// stand-in of the ringcentral-go SDK, which imports nothing.
func standInGoMod(t testing.TB) string {
	t.Helper()
	sdk, err := filepath.Abs(filepath.Join("..", "..", "analyzer", "testdata", "src", "github.com", "ringcentral", "ringcentral-go"))
	if err != nil {
		t.Fatal(err)
	}
	return "module example.com/app\n\ngo 1.26\n\nrequire github.com/ringcentral/ringcentral-go v0.8.0\n\n" +
		"replace github.com/ringcentral/ringcentral-go => " + sdk + "\n"
}

func unusedOf(t *testing.T, run *Run) []string {
	t.Helper()
	var out []string
	for _, f := range run.Findings() {
		if f.Category == analyzer.CategoryUnusedPermission {
			out = append(out, shortFinding(f))
		}
	}
	return out
}

// TestUnusedPerManifest: a manifest two programs share is judged over both:
// neither is told to drop what the other needs, and the grant neither needs
// is reported once, at its line in rcperm.yaml.
func TestUnusedPerManifest(t *testing.T) {
	sharedApp(t, "# shared by server and worker\napp: shared\npermissions:\n  - ReadCallLog\n  - ReadMessages\n  - Faxes\n", nil)
	run, err := Analyze([]string{"./..."}, Options{}, analyzer.New(analyzer.Config{}))
	if err != nil {
		t.Fatal(err)
	}
	got := unusedOf(t, run)
	want := "rcperm.yaml:6:5: rcperm.yaml grants Faxes, which no RingCentral request of the packages it governs needs: remove it"
	if len(got) != 1 || got[0] != want {
		t.Errorf("unused-permission findings = %q, want only %q", got, want)
	}
}

// TestUnfollowedRouteKeepsGrant: a route in a map reaches no request rcperm
// checks: it is not followed, and the permission it needs is never called
// unused. The same route requested directly elsewhere is followed. A
// request whose URL rcperm cannot resolve at all is no route: it keeps no
// grant.
func TestUnfollowedRouteKeepsGrant(t *testing.T) {
	routes := `package routes

// ByName is looked up at run time: rcperm cannot follow it to a request.
var ByName = map[string]string{
	"faxes": "/restapi/v1.0/account/~/extension/~/fax",
	"log":   "/restapi/v1.0/account/~/extension/~/call-log",
}
`
	fromConfig := `package fromconfig

import (
	"os"

	rcgo "github.com/ringcentral/ringcentral-go"
)

// Run sends a request to a URL from the environment: unresolved, until an
// ignore says it is no request of the app's.
func Run() {
	//rcperm:ignore a health check the operator configures
	rcgo.RestClient{}.Get(os.Getenv("RC_URL"))
}
`
	sharedApp(t, "permissions: [ReadCallLog, ReadMessages, Faxes, ReadPresence]\n", map[string]string{"routes/routes.go": routes, "fromconfig/fromconfig.go": fromConfig})
	run, err := Analyze([]string{"./..."}, Options{}, analyzer.New(analyzer.Config{}))
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, u := range run.Unfollowed() {
		texts = append(texts, u.Text+" "+u.Requires.String())
	}
	if want := "/restapi/v1.0/account/~/extension/~/fax [Faxes]"; len(texts) != 1 || texts[0] != want {
		t.Errorf("Unfollowed = %q, want only %q (the call-log route is requested by server)", texts, want)
	}
	got := unusedOf(t, run)
	want := "rcperm.yaml:1:49: rcperm.yaml grants ReadPresence, which no RingCentral request of the packages it governs needs: remove it"
	if len(got) != 1 || got[0] != want {
		t.Errorf("unused-permission findings = %q, want only %q: Faxes is needed by a route rcperm does not follow", got, want)
	}
}
