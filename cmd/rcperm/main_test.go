package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/rcperm/rcperm/analyzer"
)

// rcpermBin is the rcperm binary built from this checkout, as users run it.
//
// A built binary rather than this test binary run as rcperm: go vet keys its
// cache on the tool's -V=full, which covers the binary's build ID. The
// built binary keeps it while only tests change, so the vet runs over the
// example's dependencies (net/http: most of std) stay cached; the test
// binary would change it with every test edit. It is built with the flags
// of the README's go install and the action's go build, so that those
// commands, run by TestREADMESnippets and TestAction, find a copy of it up
// to date (seedBinary) instead of linking rcperm again.
var rcpermBin string

// sharedCache is the rcperm cache of every command a test runs, unless the
// test passes its own RCPERM_CACHE (see commandEnv).
var sharedCache string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "rcperm-e2e")
	if err != nil {
		panic(err)
	}
	// No test run reaches the user's cache directory, whatever runs it
	// (commandEnv gives each run the tests' own).
	os.Setenv("RCPERM_CACHE", "off")
	sharedCache = filepath.Join(dir, "cache")
	rcpermBin = filepath.Join(dir, "rcperm")
	if out, err := exec.Command("go", "build", "-o", rcpermBin, ".").CombinedOutput(); err != nil {
		panic("building rcperm: " + err.Error() + "\n" + string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// seedBinary copies rcpermBin to path, where a go build or go install of
// ./cmd/rcperm is about to write: the go command finds it up to date and
// does not link it again. The command still runs, and fails as it would
// for a user if the package or flags were wrong.
func seedBinary(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(rcpermBin)
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, filepath.Dir(path), map[string]string{filepath.Base(path): string(data)})
	if err := os.Chmod(path, 0o755); err != nil {
		t.Fatal(err)
	}
}

// commandEnv is the environment of a command a test runs: the test's, with
// env last, and
//   - the tests' shared rcperm cache, as a user has one cache for all their
//     runs. A run over a temporary module is a cold run, as a user's first;
//     runs over the repository's own apps (the example) reuse each other's
//     results, which TestCacheWarmSameOutput shows are a cold run's. A test
//     that looks at reuse passes its own RCPERM_CACHE in env;
//   - GOMAXPROCS=1: the tests run their commands in parallel, and go test
//     this package beside others, so a command's own threads would only
//     contend for the same cores. On 2 cores they cost this package's
//     tests about a sixth more CPU time.
func commandEnv(env []string) []string {
	return append(append(os.Environ(), "RCPERM_CACHE="+sharedCache, "GOMAXPROCS=1"), env...)
}

// run runs a command in dir and returns its combined output and exit code.
func run(t *testing.T, dir string, env []string, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = commandEnv(env)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return outcome(t, cmd, out.String(), err)
}

// outcome is a finished command's output and exit code; a command that
// could not run at all fails the test.
func outcome(t *testing.T, cmd *exec.Cmd, out string, err error) (string, int) {
	t.Helper()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return out, 0
	case errors.As(err, &exit):
		return out, exit.ExitCode()
	}
	t.Fatalf("%v: %v", cmd.Args, err)
	return "", -1
}

func testdataDir(t *testing.T, name string) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// standIn is the directory of a stand-in module among the analyzer's
// fixtures, such as the SDKs under their real import paths.
func standIn(t *testing.T, importPath string) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "analyzer", "testdata", "src", filepath.FromSlash(importPath)))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// findings normalizes the diagnostics of a run: paths relative to dir, one
// line each, sorted, without go vet's "# package" headers.
func findings(out, dir string) []string {
	out = relativePaths(out, dir)
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if l == "" || strings.HasPrefix(l, "#") || countLineRE.MatchString(l) {
			continue
		}
		// A step down a wrapper chain is shown at its own place where the
		// driver knows it (standalone) and at the finding's under go vet;
		// its message names the place either way.
		if i := strings.Index(l, ": \tvia "); i >= 0 {
			l = l[i+2:]
		}
		lines = append(lines, l)
	}
	sort.Strings(lines)
	return lines
}

// relativePaths writes the paths of a run's report relative to dir, as
// the standalone driver shows them; "" leaves them.
func relativePaths(out, dir string) string {
	if dir == "" {
		return out
	}
	out = strings.ReplaceAll(out, dir+string(filepath.Separator), "")
	// Other modules of the repository (local replacements: the SDK
	// stand-ins in analyzer/testdata), as go vet shows them.
	out = strings.ReplaceAll(out, filepath.Dir(dir)+string(filepath.Separator), "../")
	return strings.ReplaceAll(out, filepath.Dir(filepath.Dir(dir))+string(filepath.Separator), "../../")
}

// countLineRE matches the standalone run's closing lines, the count of its
// findings by category and what kept its judgement incomplete, which
// goldens leave out: go vet prints neither.
var countLineRE = regexp.MustCompile(`^(\d+ findings?: |rcperm: \d+ requests checked, |rcperm: no unused-permission advice for )`)

func golden(t *testing.T, path string) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return findings(string(data), "")
}

func diff(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\ngot:\n%s\n\nwant:\n%s", what, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestExample: standalone rcperm reports exactly the findings in the
// example app's rcperm.golden, and exits 3.
func TestExample(t *testing.T) {
	t.Parallel()
	dir := testdataDir(t, "example")
	want := golden(t, filepath.Join(dir, "rcperm.golden"))

	out, code := runExample(t, "./...")
	if code != 3 {
		t.Errorf("rcperm ./... exit code %d, want 3 (findings)\n%s", code, out)
	}
	diff(t, "rcperm ./...", findings(out, dir), want)
}

// TestExampleVet: go vet reports the example app's findings in
// rcperm.golden less the unused grants, with its driver's exit code. go
// vet sees one package at a time, so it cannot judge a manifest that the
// whole app shares: it reports no unused-permission (README).
func TestExampleVet(t *testing.T) {
	t.Parallel()
	skipVetOverNetHTTPInShort(t)
	dir := testdataDir(t, "example")
	want := golden(t, filepath.Join(dir, "rcperm.golden"))
	out, code := run(t, dir, nil, "go", "vet", "-vettool="+rcpermBin, "./...")
	if code != 1 {
		t.Errorf("go vet exit code %d, want 1 (findings)\n%s", code, out)
	}
	var vetWant []string
	for _, l := range want {
		if !strings.HasPrefix(l, "rcperm.yaml:") { // unused-permission, at the grant
			vetWant = append(vetWant, l)
		}
	}
	if len(vetWant) == len(want) {
		t.Fatal("rcperm.golden has no unused-permission finding: go vet's difference is not tested")
	}
	diff(t, "go vet -vettool=rcperm ./...", findings(out, dir), vetWant)
}

// TestExampleJSON checks the -json output: every finding with its category.
func TestExampleJSON(t *testing.T) {
	t.Parallel()
	out, code := runExample(t, "-json", "./...")
	if code != 0 {
		t.Errorf("rcperm -json exit code %d, want 0 (findings are data in -json mode)\n%s", code, out)
	}
	// {"pkg": {"rcperm": [diagnostic...]}}
	var tree map[string]map[string][]struct {
		Posn     string `json:"posn"`
		Message  string `json:"message"`
		Category string `json:"category"`
		Related  []struct {
			Message string `json:"message"`
		} `json:"related"`
	}
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("-json output is not JSON: %v\n%s", err, out)
	}
	categories := map[string]int{}
	for _, analyzers := range tree {
		for _, diags := range analyzers["rcperm"] {
			categories[diags.Category]++
			// The example's requests go through wrappers; its subscriptions'
			// filters and transports are written where they are reported.
			subscription := strings.Contains(diags.Message, "event filter") || strings.Contains(diags.Message, "subscription transport")
			if diags.Category == "missing-permission" && !subscription && len(diags.Related) == 0 {
				t.Errorf("%s: a request through wrappers has no related steps", diags.Posn)
			}
		}
	}
	want := map[string]int{"missing-permission": 6, "unknown-operation": 1, "unused-permission": 1}
	for c, n := range want {
		if categories[c] != n {
			t.Errorf("%d findings of category %s, want %d (all: %v)", categories[c], c, n, categories)
		}
	}
}

// TestGrantedExitsZero: once the manifest grants what the code needs, rcperm
// is silent and exits 0.
func TestGrantedExitsZero(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [ReadCallLog]\n", callLogApp)
	if out, code := run(t, dir, nil, rcpermBin, "./..."); code != 0 || out != "" {
		t.Errorf("rcperm ./... = exit %d, output %q; want 0 and nothing", code, out)
	}
	if out, code := run(t, dir, nil, "go", "vet", "-vettool="+rcpermBin, "./..."); code != 0 || out != "" {
		t.Errorf("go vet = exit %d, output %q; want 0 and nothing", code, out)
	}
}

// TestRealSDKs runs rcperm on a module that uses the real SDK modules, as
// the module proxy serves them, to check that rcperm's models of them hold.
func TestRealSDKs(t *testing.T) {
	t.Parallel()
	dir := testdataDir(t, "realsdk")
	offline := []string{"GOPROXY=off", "GOFLAGS=-mod=mod"}
	if out, code := run(t, dir, offline, "go", "list", "./..."); code != 0 {
		t.Skipf("the real SDK modules are not in the module cache (%s): run `cd testdata/realsdk && go mod download` (CI does)", strings.TrimSpace(out))
	}
	out, code := run(t, dir, offline, rcpermBin, "./...")
	if code != 3 {
		t.Errorf("exit code %d, want 3\n%s", code, out)
	}
	diff(t, "rcperm ./... on the real SDKs", findings(out, dir), golden(t, filepath.Join(dir, "rcperm.golden")))
}

// writeModule writes a module with one package, main.go, and a manifest
// below dir. The module requires the stand-in of the ringcentral-go SDK,
// which imports nothing: go vet re-checks every dependency of a module
// whose manifest digest it has not seen, and net/http would bring in most
// of std.
func writeModule(t *testing.T, dir, manifest, main string) {
	t.Helper()
	sdk := standIn(t, "github.com/ringcentral/ringcentral-go")
	writeFiles(t, dir, map[string]string{
		"go.mod":      "module example.com/app\n\ngo 1.26\n\nrequire github.com/ringcentral/ringcentral-go v0.8.0\n\nreplace github.com/ringcentral/ringcentral-go => " + sdk + "\n",
		"rcperm.yaml": manifest,
		"main.go":     main,
	})
}

// skipVetOverNetHTTPInShort skips, under -short, a test of go vet over a
// module that imports net/http (the example app, the real SDKs): go vet
// runs rcperm on the 184 std packages under it, again for each rcperm
// build, manifest and set of flags, about 10 s of CPU a time. .ci/run runs
// these tests in a step of their own; .ci/golangci-test.sh runs
// TestDifferential whole.
func skipVetOverNetHTTPInShort(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: go vet over net/http's std packages; .ci/run runs it")
	}
}

// callLogApp reads the user's call log, which needs ReadCallLog. It is a
// library package that imports only the SDK stand-in, which imports
// nothing: go vet then runs rcperm on this module's packages alone. A main
// package also makes go vet check runtime and the 28 packages under it, and
// io 7 more, which cost each of the tests' go vet runs 2.5 s of CPU instead
// of 0.3 (issue 9).
var callLogApp = sdkApp(`rc.Get("/restapi/v1.0/account/~/extension/~/call-log")`)

// sdkApp is the source of a library package whose Run makes statements
// with rc, a client of the ringcentral-go stand-in; the first statement
// is at line 7.
func sdkApp(statements ...string) string {
	return "package app\n\nimport rcgo \"github.com/ringcentral/ringcentral-go\"\n\nfunc Run() {\n\trc := rcgo.RestClient{}\n\t" +
		strings.Join(statements, "\n\t") + "\n}\n"
}

// TestVetSeesManifestEdits: go vet caches results by tool, flags and
// sources, not by rcperm.yaml. rcperm vet makes an edit count.
func TestVetSeesManifestEdits(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [ReadAccounts]\n", callLogApp)
	out, code := run(t, dir, nil, rcpermBin, "vet", "./...")
	if code != 1 || !strings.Contains(out, "(readUserCallLog) needs [ReadCallLog], which rcperm.yaml does not grant") {
		t.Fatalf("rcperm vet before the edit = exit %d\n%s\nwant exit 1 and the missing ReadCallLog", code, out)
	}
	if err := os.WriteFile(filepath.Join(dir, "rcperm.yaml"), []byte("permissions: [ReadCallLog]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, code := run(t, dir, nil, rcpermBin, "vet", "./..."); code != 0 || out != "" {
		t.Errorf("rcperm vet after granting ReadCallLog = exit %d\n%s\nwant exit 0 and nothing", code, out)
	}
	// A relative -manifest means the user's directory, not the package's.
	if err := os.WriteFile(filepath.Join(dir, "other.yaml"), []byte("permissions: [SMS]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, code := run(t, dir, nil, rcpermBin, "vet", "-manifest=other.yaml", "./..."); code != 1 || !strings.Contains(out, "which other.yaml does not grant") {
		t.Errorf("rcperm vet -manifest=other.yaml = exit %d\n%s\nwant exit 1 against other.yaml", code, out)
	}
}

// TestVetFailsClosedWhenCached: a manifest that cannot be read fails the
// first go vet run and every cached rerun.
func TestVetFailsClosedWhenCached(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [ReadCallLogs]\n", callLogApp)
	for _, args := range [][]string{
		{"go", "vet", "-vettool=" + rcpermBin, "./..."},
		{"go", "vet", "-vettool=" + rcpermBin, "./..."}, // cached
		{rcpermBin, "vet", "./..."},
		{rcpermBin, "vet", "./..."}, // cached
	} {
		out, code := run(t, dir, nil, args[0], args[1:]...)
		if code == 0 || !strings.Contains(out, `rcperm.yaml:1:15: unknown permission "ReadCallLogs": did you mean ReadCallLog?`) {
			t.Errorf("%v = exit %d\n%s\nwant a failure naming the manifest problem", args, code, out)
		}
	}
}

// TestVetToolRelativeManifest: under plain go vet, a relative -manifest is
// taken from the module root, not from each package's directory.
func TestVetToolRelativeManifest(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [ReadCallLog]\n", callLogApp)
	sub := filepath.Join(dir, "sub")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sub, "sub.go"), []byte(strings.Replace(callLogApp, "package app", "package sub", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "strict.yaml"), []byte("permissions: [SMS]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, code := run(t, dir, nil, "go", "vet", "-vettool="+rcpermBin, "-manifest=strict.yaml", "./...")
	if code != 1 || strings.Count(out, "which strict.yaml does not grant") != 2 {
		t.Errorf("go vet -manifest=strict.yaml = exit %d\n%s\nwant both packages checked against strict.yaml", code, out)
	}
}

// TestManifestRoundTrip: rcperm manifest prints what the code needs, less
// the call //rcperm:ignore silences (calllog.Purge's EditCallLog: the
// ignore exists to keep that grant out); fed back, it leaves no missing and
// no unused permission, and the ignore still silences something.
func TestManifestRoundTrip(t *testing.T) {
	t.Parallel()
	src := testdataDir(t, "example")
	out, code := runExample(t, "manifest", "./...")
	if code != 0 {
		t.Fatalf("rcperm manifest = exit %d\n%s", code, out)
	}
	for _, want := range []string{"  - ReadCallRecording\n", "  - ReadPresence\n", "  - SMS\n", "# GET /restapi/v1.0/account/~/recording/{recordingId}/content (readCallRecordingContent) at calllog/calllog.go:16:12\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("rcperm manifest output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "  - ReadCallLog\n") || strings.Contains(out, "Faxes") || strings.Contains(out, "EditCallLog") {
		t.Errorf("rcperm manifest is not minimal (ReadCallLog is included in ReadCallRecording; Faxes is unused; EditCallLog only ignored):\n%s", out)
	}
	manifest := filepath.Join(t.TempDir(), "rcperm.yaml")
	if err := os.WriteFile(manifest, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _ = run(t, src, nil, rcpermBin, "-manifest="+manifest, "./...")
	for _, category := range []string{"does not grant", "no RingCentral request of the packages it governs needs", "grant that instead", "cannot check", "silences nothing"} {
		if strings.Contains(out, category) {
			t.Errorf("with the generated manifest, rcperm still reports %q:\n%s", category, out)
		}
	}
}

func TestExplain(t *testing.T) {
	t.Parallel()
	dir := testdataDir(t, "example")
	out, code := run(t, dir, nil, rcpermBin, "explain", "ReadCallRecording", "./...")
	want := "\ncalls that need ReadCallRecording:\n" +
		"calllog/calllog.go:16:12: GET /restapi/v1.0/account/~/recording/{recordingId}/content (readCallRecordingContent) needs [ReadCallRecording]\n" +
		"\tvia (*example.com/callcenter/rc.Client).Do at rc/client.go:19:9\n" +
		"\tvia net/http.NewRequestWithContext at rc/client.go:24:14\n"
	if code != 0 || !strings.HasPrefix(out, "ReadCallRecording: read call recordings") || !strings.HasSuffix(out, want) {
		t.Errorf("rcperm explain ReadCallRecording = exit %d\n%s\nwant exit 0, what it grants, then\n%s", code, out, want)
	}
	out, code = run(t, dir, nil, rcpermBin, "explain", "ReadCallLogs", "./...")
	if code != 2 || !strings.Contains(out, `explain: unknown permission "ReadCallLogs": did you mean ReadCallLog?`) {
		t.Errorf("rcperm explain ReadCallLogs = exit %d\n%s\nwant exit 2 and a suggestion", code, out)
	}
	out, _ = run(t, dir, nil, rcpermBin, "explain", "A2PSMS", "./...")
	if !strings.HasSuffix(out, "\ncalls that need A2PSMS:\nno call needs A2PSMS\n") {
		t.Errorf("rcperm explain A2PSMS = %q", out)
	}
}

// TestSARIFCommand runs rcperm sarif on the example app: the log names each
// finding's rule and file relative to the repository root, and the wrapper
// chain as related locations.
func TestSARIFCommand(t *testing.T) {
	t.Parallel()
	out, code := runExample(t, "sarif", "./...")
	if code != 0 {
		t.Fatalf("rcperm sarif = exit %d\n%s", code, out)
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Rules []struct{ ID string } `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				RelatedLocations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"relatedLocations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("rcperm sarif output is not JSON: %v\n%s", err, out)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || len(log.Runs[0].Tool.Driver.Rules) != len(analyzer.Categories) {
		t.Fatalf("log version %q, %d runs: want a SARIF 2.1.0 log with one run and a rule for each of the %d categories", log.Version, len(log.Runs), len(analyzer.Categories))
	}
	var got []string
	for _, r := range log.Runs[0].Results {
		loc := r.Locations[0].PhysicalLocation.ArtifactLocation
		got = append(got, r.RuleID+" "+loc.URIBaseID+" "+loc.URI)
		if r.RuleID == "missing-permission" {
			// The steps down the wrapper chain, in the app's own rc package
			// or in another module's client library; none for a
			// subscription's filter or transport.
			wantStep, chained := map[string]string{
				"testdata/example/calllog/calllog.go":     "testdata/example/rc/client.go",
				"testdata/example/cmd/callcenter/main.go": "analyzer/testdata/src/github.com/acme/rcwrap/rcwrap.go",
			}[loc.URI]
			if !chained && len(r.RelatedLocations) != 0 {
				t.Errorf("%s: related locations %+v, want none", loc.URI, r.RelatedLocations)
			} else if chained && (len(r.RelatedLocations) != 2 || r.RelatedLocations[1].PhysicalLocation.ArtifactLocation.URI != wantStep) {
				t.Errorf("%s: related locations %+v, want two steps in %s", loc.URI, r.RelatedLocations, wantStep)
			}
		}
	}
	want := []string{
		"missing-permission %SRCROOT% testdata/example/calllog/calllog.go",
		"unknown-operation %SRCROOT% testdata/example/cmd/callcenter/main.go",
		"missing-permission %SRCROOT% testdata/example/cmd/callcenter/main.go",
		"missing-permission %SRCROOT% testdata/example/cmd/callcenter/subscribe.go",
		"missing-permission %SRCROOT% testdata/example/cmd/callcenter/subscribe.go",
		"missing-permission %SRCROOT% testdata/example/cmd/callcenter/subscribe.go",
		"missing-permission %SRCROOT% testdata/example/cmd/callcenter/subscribe.go",
		"unused-permission %SRCROOT% testdata/example/rcperm.yaml",
	}
	diff(t, "rcperm sarif results", got, want)
}

// TestPlainVetSeesManifestEdits: even plain go vet -vettool, whose cache
// keys on the tool's -V=full output, re-runs rcperm after a manifest edit,
// in the direction that matters most: a clean run must not be replayed once
// the manifest no longer grants what the code needs.
func TestPlainVetSeesManifestEdits(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [ReadCallLog]\n", callLogApp)
	if out, code := run(t, dir, nil, "go", "vet", "-vettool="+rcpermBin, "./..."); code != 0 {
		t.Fatalf("go vet with ReadCallLog granted = exit %d\n%s", code, out)
	}
	if err := os.WriteFile(filepath.Join(dir, "rcperm.yaml"), []byte("permissions: [ReadAccounts]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, code := run(t, dir, nil, "go", "vet", "-vettool="+rcpermBin, "./...")
	if code != 1 || !strings.Contains(out, "(readUserCallLog) needs [ReadCallLog]") {
		t.Errorf("go vet after revoking ReadCallLog = exit %d\n%s\nwant exit 1 and the finding, not a cached pass", code, out)
	}
}
