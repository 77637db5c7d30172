package main_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// customGCLEnv names the custom golangci-lint with rcperm built in (the
// bin/custom-gcl of `golangci-lint custom`): TestDifferential runs it as a
// third host when set. .ci/golangci-test.sh sets it to the one it builds.
const customGCLEnv = "RCPERM_CUSTOM_GCL"

// allowedDifferences are the findings one host may report and another
// not: the documented differences between hosts (README, "Hosts"). Each
// is known by its message, as every host prints it: golangci-lint's report
// has no category. A finding that matches is left out of the comparison
// on both sides, so that the test holds whether or not a host reports it.
var allowedDifferences = []struct {
	category string
	message  *regexp.Regexp
	// only is the one host that reports it; the others must not.
	only string
}{
	// unused-permission is judged per manifest over the whole analyzed
	// set: standalone rcperm sees it, go vet and golangci-lint see one
	// package at a time and never report it.
	{"unused-permission", regexp.MustCompile(`: \S+ grants \w+, (which no RingCentral request of the packages it governs needs|but the packages it governs need only )`), "rcperm"},
	// So is the finding that the grants cannot be judged for unresolved
	// requests; the unresolved requests themselves are every host's.
	{"unresolved-request", regexp.MustCompile(`: \S+: cannot judge which grants are unused: `), "rcperm"},
}

// A differentialFixture is a module every host checks.
type differentialFixture struct {
	name string
	// netHTTP is set when the module imports net/http: see
	// skipVetOverNetHTTPInShort.
	netHTTP bool
	// setup returns the directory to run the hosts in and the environment
	// they need, writing the module when the test makes it; it skips the
	// test when the fixture is not available here.
	setup func(t *testing.T) (dir string, env []string)
}

// differentialFixtures are the end-to-end fixtures: the example app, the
// real SDKs when the module cache has them, and the small modules of the
// end-to-end tests that end in findings (or in none), not in errors.
var differentialFixtures = []differentialFixture{
	{"example", true, func(t *testing.T) (string, []string) { return testdataDir(t, "example"), nil }},
	{"realsdk", true, func(t *testing.T) (string, []string) {
		dir := testdataDir(t, "realsdk")
		offline := []string{"GOPROXY=off", "GOFLAGS=-mod=mod"}
		if out, code := run(t, dir, offline, "go", "list", "./..."); code != 0 {
			t.Skipf("the real SDK modules are not in the module cache (%s): run `cd testdata/realsdk && go mod download` (CI does)", strings.TrimSpace(out))
		}
		return dir, offline
	}},
	// Issue 21: requests rcperm cannot resolve are findings in every host.
	{"unresolved", true, func(t *testing.T) (string, []string) {
		dir := t.TempDir()
		writeModule(t, dir, "permissions: [ReadCallLog]\n", "package main\n\nfunc main() {}\n")
		writeFiles(t, dir, map[string]string{"app/app.go": unresolvableApp})
		return dir, nil
	}},
	// Issue 22: a request builder of one package driven by another, through
	// effects facts.
	{"builder", true, func(t *testing.T) (string, []string) {
		dir := t.TempDir()
		writeFiles(t, dir, builderApp)
		return dir, nil
	}},
	// Issue 22: a route handed to an interface, resolved where main wires
	// the implementation in.
	{"latebound", true, func(t *testing.T) (string, []string) {
		dir := t.TempDir()
		writeLateBoundApp(t, dir)
		return dir, nil
	}},
	{"missing", false, func(t *testing.T) (string, []string) {
		dir := t.TempDir()
		writeModule(t, dir, "permissions: [ReadAccounts]\n", callLogApp)
		return dir, nil
	}},
	{"granted", false, func(t *testing.T) (string, []string) {
		dir := t.TempDir()
		writeModule(t, dir, "permissions: [ReadCallLog]\n", callLogApp)
		return dir, nil
	}},
	// Item 5 of issue 10: standalone and golangci-lint took every file for
	// the go command's output and read the root manifest for svc.
	{"go-build-in-path", false, func(t *testing.T) (string, []string) {
		dir := filepath.Join(t.TempDir(), "go-build-tools", "app")
		writeModule(t, dir, "permissions: [ReadCallLog]\n", callLogApp)
		writeFiles(t, dir, map[string]string{
			"svc/rcperm.yaml": "permissions: [ReadAccounts]\n",
			"svc/main.go":     callLogApp,
		})
		return dir, nil
	}},
	{"test-files", false, func(t *testing.T) (string, []string) {
		dir := t.TempDir()
		writeModule(t, dir, "permissions: [ReadAccounts]\n", callLogApp)
		writeFiles(t, dir, map[string]string{"main_test.go": strings.Replace(callLogApp, "func Run()", "func helper()", 1)})
		return dir, nil
	}},
}

// TestDifferential runs every fixture through standalone rcperm, go vet
// -vettool and, when customGCLEnv names one, a custom golangci-lint, and
// requires the same findings from each (issue 10), but for the
// allowedDifferences, and the steps down wrapper chains with them:
// golangci-lint has them at the end of the finding's message (see
// chainLines), go vet as an indented line below it.
func TestDifferential(t *testing.T) {
	t.Parallel()
	gcl := os.Getenv(customGCLEnv)
	if gcl == "" {
		t.Logf("%s is not set: comparing standalone and go vet only (.ci/golangci-test.sh sets it)", customGCLEnv)
	}
	for _, fx := range differentialFixtures {
		t.Run(fx.name, func(t *testing.T) {
			t.Parallel()
			if fx.netHTTP {
				skipVetOverNetHTTPInShort(t)
			}
			dir, env := fx.setup(t)
			out, code := run(t, dir, env, rcpermBin, "./...")
			hostFindings(t, "rcperm", dir, out, code, 3)
			standalone := findingPlaces(out, dir)
			out, code = run(t, dir, env, "go", "vet", "-vettool="+rcpermBin, "./...")
			onlyIn(t, "go vet", hostFindings(t, "go vet", dir, out, code, 1))
			diff(t, "go vet -vettool=rcperm against standalone rcperm", findingPlaces(out, dir), standalone)
			if gcl != "" {
				out, code = runGCL(t, gcl, dir, env)
				onlyIn(t, "golangci-lint", hostFindings(t, "golangci-lint", dir, out, code, 1))
				diff(t, "golangci-lint against standalone rcperm", findingPlaces(out, dir), standalone)
			}
		})
	}
}

// findingPlaces reads a host's report as its findings, but for the
// allowedDifferences, each its message with the places it names, sorted:
// its own and its steps'. The hosts agree on those; which place heads a
// finding may differ: standalone rcperm, whose run holds every package's
// files, reports a request whose route another package picks there, the
// package's own site a step (analyzer.Subject.Picked), where go vet and
// golangci-lint report it at that site.
func findingPlaces(out, dir string) []string {
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		out = strings.ReplaceAll(out, real, dir)
	}
	out = relativePaths(out, dir)
	var groups []string
	var message string
	var places []string
	flush := func() {
		if message != "" {
			slices.Sort(places)
			groups = append(groups, message+" @ "+strings.Join(slices.Compact(places), " "))
		}
		message, places = "", nil
	}
	for _, l := range strings.Split(out, "\n") {
		if l == "" || strings.HasPrefix(l, "#") || countLineRE.MatchString(l) {
			continue
		}
		if i := strings.Index(l, ": \tvia "); i >= 0 {
			step := l[i+len(": \tvia "):]
			places = append(places, step[strings.LastIndex(step, " at ")+len(" at "):])
			continue
		}
		flush()
		if allowedDifference(l) {
			continue // its steps too: message stays empty
		}
		pos, msg, _ := strings.Cut(l, ": ")
		message, places = msg, []string{pos}
	}
	flush()
	sort.Strings(groups)
	return groups
}

// allowedDifference reports whether a finding is one of the
// allowedDifferences.
func allowedDifference(finding string) bool {
	for _, d := range allowedDifferences {
		if d.message.MatchString(finding) {
			return true
		}
	}
	return false
}

// hostFindings returns the findings of a host's run, checking its exit
// code: 0 without findings, findingsCode with them. Any other code is an
// error of the host, not a verdict.
func hostFindings(t *testing.T, host, dir, out string, code, findingsCode int) []string {
	t.Helper()
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		out = strings.ReplaceAll(out, real, dir)
	}
	got := findings(out, dir)
	if want := map[bool]int{false: 0, true: findingsCode}[len(got) > 0]; code != want {
		t.Fatalf("%s: exit code %d with %d findings, want %d:\n%s", host, code, len(got), want, out)
	}
	return got
}

// onlyIn fails on a finding of host that allowedDifferences gives to
// another host alone.
func onlyIn(t *testing.T, host string, findings []string) {
	t.Helper()
	for _, f := range findings {
		for _, d := range allowedDifferences {
			if d.only != host && d.message.MatchString(f) {
				t.Errorf("%s reports %s, which only %s may: %s", host, d.category, d.only, f)
			}
		}
	}
}

// gclConfig runs rcperm alone, with its default manifest (the nearest
// rcperm.yaml above each package, as the other hosts read it), and prints
// every finding as the other hosts do: one line each with its absolute
// path, none dropped as a duplicate or as generated code.
const gclConfig = `version: "2"
linters:
  default: none
  enable: [rcperm]
  settings:
    custom:
      rcperm:
        type: module
        description: RingCentral API calls the app lacks the OAuth permission for
  exclusions:
    generated: disable
issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
output:
  path-mode: abs
  show-stats: false
  formats:
    text:
      path: stdout
      print-linter-name: false
      print-issued-lines: false
      colors: false
`

// runGCL runs the custom golangci-lint gcl on the module in dir, with
// gclConfig and a cache of its own (a cache left by another build of rcperm
// would answer for this one: see golangci/plugin.go). It returns the
// report and the exit code; the log, on stderr, is in the test's log.
func runGCL(t *testing.T, gcl, dir string, env []string) (string, int) {
	t.Helper()
	work := t.TempDir()
	config := filepath.Join(work, "golangci.yml")
	if err := os.WriteFile(config, []byte(gclConfig), 0o644); err != nil {
		t.Fatal(err)
	}
	// The subtests run in parallel, each with a cache of its own: without
	// --allow-parallel-runners, golangci-lint waits at most 5 s for a lock
	// in the temporary directory, and on a busy machine gives up.
	cmd := exec.Command(gcl, "run", "--allow-parallel-runners", "--config="+config, "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), append(env, "GOLANGCI_LINT_CACHE="+filepath.Join(work, "cache"))...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if stderr.Len() > 0 {
		t.Logf("golangci-lint's log:\n%s", stderr.String())
	}
	return outcome(t, cmd, chainLines(stdout.String()), err)
}

// chainLines writes the wrapper chain that the golangci plugin puts at the
// end of a finding's message, "msg (via A at f:1:2; via B at g:3:4)", as the
// other hosts show it: a line for each step below the finding.
func chainLines(report string) string {
	var out []string
	for _, l := range strings.Split(report, "\n") {
		i := strings.LastIndex(l, " (via ")
		if i < 0 || !strings.HasSuffix(l, ")") {
			out = append(out, l)
			continue
		}
		out = append(out, l[:i])
		for _, step := range strings.Split(l[i+2:len(l)-1], "; via ") {
			out = append(out, "-: \tvia "+strings.TrimPrefix(step, "via "))
		}
	}
	return strings.Join(out, "\n")
}
