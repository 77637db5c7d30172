package driver

import (
	"slices"
	"strings"
	"testing"

	"github.com/rcperm/rcperm/analyzer"
)

// hopModules are a two-hop chain of third-party wrappers (issue 23): hop1
// reaches net/http only through hop2, which reaches it only through
// hopsend. Neither hop1 nor hop2 imports anything of HTTP.
var hopModules = map[string]map[string]string{
	"example.com/hop1": {"hop1.go": `package hop1

import "example.com/hop2"

// Get gets path on RingCentral.
func Get(path string) error { return hop2.Get("https://platform.ringcentral.com" + path) }
`, "go.mod": "module example.com/hop1\n\ngo 1.26\n\nrequire example.com/hop2 v1.0.0\n"},
	"example.com/hop2": {"hop2.go": `package hop2

import "example.com/hopsend"

// Get gets url.
func Get(url string) error { return hopsend.Send("GET", url) }
`, "go.mod": "module example.com/hop2\n\ngo 1.26\n\nrequire example.com/hopsend v1.0.0\n"},
	"example.com/hopsend": {"hopsend.go": `package hopsend

import "net/http"

// Send sends a request.
func Send(method, url string) error {
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
`},
}

// TestOnDemandTwoHops: a route handed to a third-party wrapper that
// reaches net/http through two more third-party packages is followed by
// reading them on demand, round by round, with and without the cache. A
// first run with the cache runs go list no more often than one without; a
// rerun with no change restores it all from the cache, listing once. The
// finding's steps through hop1 and hop2 are placed in files the run read
// first as export data, whose approximations of the files (lines with no
// columns) a step can fit: the warm run analyzed everything again when
// the cache kept those positions as byte offsets.
func TestOnDemandTwoHops(t *testing.T) {
	useFileProxy(t, hopModules)
	inModule(t, map[string]string{
		"go.mod":      "module example.com/app\n\ngo 1.26\n\nrequire example.com/hop1 v1.0.0\n",
		"rcperm.yaml": "permissions: [ReadMessages]\n",
		"main.go":     "package main\n\nimport \"example.com/hop1\"\n\nfunc main() { hop1.Get(\"/restapi/v1.0/account/~/extension/~/call-log\") }\n",
	})
	want := "main.go:5:15: GET /restapi/v1.0/account/~/extension/~/call-log (readUserCallLog) needs [ReadCallLog]"
	var without []string // the findings without the cache, steps and all
	lists := 0           // the go list runs without the cache
	for _, tt := range cacheModes("hops") {
		run, err := Analyze([]string{"./..."}, tt.opts, analyzer.Analyzer)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := shortFindings(run); !containsPrefix(got, want) {
			t.Errorf("%s: no finding %q among\n%s", tt.name, want, strings.Join(got, "\n"))
		}
		if lines := findingLines(run); without == nil {
			without, lists = lines, run.lists
		} else if !slices.Equal(lines, without) {
			t.Errorf("%s: findings\n%q\nwithout the cache\n%q", tt.name, lines, without)
		}
		if tt.name == "cold cache" && run.lists > lists {
			t.Errorf("cold cache: ran go list %d times, %d without the cache", run.lists, lists)
		}
		if tt.name == "warm cache" && (len(run.Analyzed()) != 0 || run.lists != 1) {
			t.Errorf("warm cache: analyzed %v again and listed %d times, want nothing analyzed and one listing", run.Analyzed(), run.lists)
		}
	}
}
