package main_test

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// facts are the structured fields of a finding, in -json and in SARIF's
// result.properties.
type facts struct {
	Method       string   `json:"method"`
	Route        string   `json:"route"`
	OperationID  string   `json:"operationId"`
	Permissions  []string `json:"permissions"`
	Missing      []string `json:"missing"`
	Granted      []string `json:"granted"`
	Manifest     string   `json:"manifest"`
	ManifestLine int      `json:"manifestLine"`
}

var exampleGranted = []string{"Faxes", "ReadCallLog", "SMS"}

// TestFindingFactsJSON: -json gives each finding about a request its
// method, route, operation, needs, what is missing, what is granted and
// where, beside the go/analysis fields.
func TestFindingFactsJSON(t *testing.T) {
	t.Parallel()
	dir := testdataDir(t, "example")
	out, _ := runExample(t, "-json", "./...")
	var tree map[string]map[string][]struct {
		Posn     string `json:"posn"`
		Category string `json:"category"`
		facts
	}
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("-json output is not JSON: %v\n%s", err, out)
	}
	got := map[string]facts{}
	for _, analyzers := range tree {
		for _, d := range analyzers["rcperm"] {
			got[d.Category+" "+strings.TrimPrefix(d.Posn, dir+string(filepath.Separator))] = d.facts
		}
	}
	want := map[string]facts{
		"missing-permission calllog/calllog.go:16:12": {"GET", "/restapi/v1.0/account/~/recording/{recordingId}/content", "readCallRecordingContent",
			[]string{"ReadCallRecording"}, []string{"ReadCallRecording"}, exampleGranted, "rcperm.yaml", 4},
		"unused-permission rcperm.yaml:6:5":             {Permissions: []string{"Faxes"}, Granted: exampleGranted, Manifest: "rcperm.yaml", ManifestLine: 6},
		"unknown-operation cmd/callcenter/main.go:31:2": {Method: "GET", Route: "/restapi/v1.0/account/~/active-call", Granted: exampleGranted, Manifest: "rcperm.yaml", ManifestLine: 4},
	}
	for key, w := range want {
		if !reflect.DeepEqual(got[key], w) {
			t.Errorf("%s: facts %+v, want %+v", key, got[key], w)
		}
	}
}

// TestFindingFactsSARIF: SARIF results carry the facts as properties, link
// each step of the wrapper chain from the message, and name no absolute
// path of the machine that wrote the log.
func TestFindingFactsSARIF(t *testing.T) {
	t.Parallel()
	dir := testdataDir(t, "example")
	out, code := runExample(t, "sarif", "./...")
	if code != 0 {
		t.Fatalf("rcperm sarif = exit %d\n%s", code, out)
	}
	if root := filepath.Dir(filepath.Dir(dir)); strings.Contains(out, root) {
		t.Errorf("the log names the machine's directory %s:\n%s", root, out)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID  string `json:"ruleId"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
				Properties facts `json:"properties"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range log.Runs[0].Results {
		if r.Properties.OperationID != "readCallRecordingContent" {
			continue
		}
		found = true
		want := facts{"GET", "/restapi/v1.0/account/~/recording/{recordingId}/content", "readCallRecordingContent",
			[]string{"ReadCallRecording"}, []string{"ReadCallRecording"}, exampleGranted, "testdata/example/rcperm.yaml", 4}
		if !reflect.DeepEqual(r.Properties, want) {
			t.Errorf("properties %+v, want %+v", r.Properties, want)
		}
		for _, link := range []string{
			`needs \[ReadCallRecording\], which`,
			"\n[via (*example.com/callcenter/rc.Client).Do at testdata/example/rc/client.go:19:9](1)",
			"\n[via net/http.NewRequestWithContext at testdata/example/rc/client.go:24:14](2)",
		} {
			if !strings.Contains(r.Message.Text, link) {
				t.Errorf("message lacks %q:\n%s", link, r.Message.Text)
			}
		}
	}
	if !found {
		t.Errorf("no result with operationId readCallRecordingContent:\n%s", out)
	}
}

// everyCategoryApp makes a finding of every category but unused-permission
// (TestFindingFactsJSON has it), each about something whose facts -json
// must give.
var everyCategoryApp = map[string]string{
	"go.mod":      "module example.com/every\n\ngo 1.26\n",
	"rcperm.yaml": "permissions: [ReadAccounts]\nuser-permissions: [ReadCallLog]\n",
	"app/app.go": `package app

import (
	"bytes"
	"encoding/json"
	"net/http"
)

const base = "https://platform.ringcentral.com"

func Calls(id string) {
	http.Get(base + "/restapi/v1.0/account/~/extension/~/call-log")
	http.Get(base + "/restapi/v1.0/account/~/nonexistent")
	http.Post(base+"/restapi/v1.0/glip/posts", "application/json", nil)
	http.Get(base + "/restapi/v1.0/account/~/extension/" + id)
	//rcperm:ignore
	http.Get(base + "/restapi/v1.0/account/~/extension/~/presence")
	http.Get(base + "/restapi/v1.0/account/~/extension/~/" + id)
}

func Subscribe() {
	body, _ := json.Marshal(map[string]any{
		"eventFilters": []string{
			"/restapi/v1.0/account/~/extension/~/presense",
			"/restapi/v1.0/account/~/extension/~/missed-calls",
			"/team-messaging/v1/posts",
		},
		"deliveryMode": map[string]string{"transportType": "WebHook"},
	})
	http.Post(base+"/restapi/v1.0/subscription", "application/json", bytes.NewReader(body))
}
`,
	"broken/rcperm.yaml": "permissions:\n  - ReadCallLogs\n",
	"broken/b.go":        "package broken\n\nimport \"net/http\"\n\nfunc F() { http.Get(\"https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log\") }\n",
}

// TestEveryFindingHasFacts: every finding in -json carries the facts of
// what it is about (a request, an event filter, a transport, a manifest),
// whatever its category; only a finding about an //rcperm:ignore comment
// has none.
func TestEveryFindingHasFacts(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, everyCategoryApp)
	out, _ := run(t, dir, nil, rcpermBin, "-json", "./...")
	var tree map[string]map[string][]map[string]any
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("-json output is not JSON: %v\n%s", err, out)
	}
	// The facts each category's findings must have: one of each group.
	required := map[string][][]string{
		"missing-permission":      {{"route", "filter", "transport"}, {"permissions"}, {"missing"}, {"manifest"}},
		"unknown-operation":       {{"method"}, {"route"}, {"nearest"}, {"manifest"}},
		"deprecated-operation":    {{"method"}, {"route"}, {"operationId"}, {"permissions"}, {"currentOperationId"}},
		"missing-user-permission": {{"method"}, {"route"}, {"operationId"}, {"userPermission"}},
		"unknown-event-filter":    {{"filter"}, {"manifest"}},
		"ambiguous-route":         {{"method"}, {"route"}, {"operationIds"}, {"permissions"}},
		"manifest":                {{"manifest"}, {"manifestLine"}},
		"ignore":                  {},
	}
	seen := map[string]bool{}
	for _, analyzers := range tree {
		for _, d := range analyzers["rcperm"] {
			category, _ := d["category"].(string)
			groups, ok := required[category]
			if !ok {
				t.Errorf("%s: category %q has no facts this test knows of", d["posn"], category)
				continue
			}
			seen[category] = true
			for _, group := range groups {
				found := false
				for _, key := range group {
					found = found || d[key] != nil
				}
				if !found {
					t.Errorf("%s %s: no %s in %v", d["posn"], category, strings.Join(group, " or "), d)
				}
			}
			if category == "manifest" && d["manifest"] != filepath.Join("broken", "rcperm.yaml") {
				t.Errorf("manifest finding names %v, want broken/rcperm.yaml relative to the directory rcperm runs in", d["manifest"])
			}
		}
	}
	for category := range required {
		if !seen[category] && category != "ambiguous-route" {
			t.Errorf("no %s finding: the app no longer makes one\n%s", category, out)
		}
	}
	for _, facts := range []string{`"transport": "WebHook"`, `"filter": "/team-messaging/v1/posts"`, `"currentOperationId": "createGlipPostNew"`} {
		if !strings.Contains(out, facts) {
			t.Errorf("-json lacks %s\n%s", facts, out)
		}
	}
}

// TestManifestMessagesRelative: a manifest finding stands at the manifest,
// named relative to the directory rcperm runs in (text) or to the
// repository root (SARIF), as every other path.
func TestManifestMessagesRelative(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, everyCategoryApp)
	for _, args := range [][]string{{"./..."}, {"sarif", "./..."}} {
		out, _ := run(t, dir, nil, rcpermBin, args...)
		if !strings.Contains(out, "broken/rcperm.yaml:2:5: cannot check RingCentral permissions") && !strings.Contains(out, `"uri": "broken/rcperm.yaml"`) {
			t.Errorf("rcperm %s: the manifest finding does not name broken/rcperm.yaml:\n%s", strings.Join(args, " "), out)
		}
		if strings.Contains(out, dir) {
			t.Errorf("rcperm %s names the directory %s:\n%s", strings.Join(args, " "), dir, out)
		}
	}
}
