package main_test

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"
	"testing"
)

// TestCacheConfiguration: rcperm's cache never serves a result computed
// under another configuration or manifest: a rerun with other flags, or
// after a manifest edit, reports what a run without the cache reports.
func TestCacheConfiguration(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [ReadCallLog]\n", callLogApp)
	env := []string{"RCPERM_CACHE=" + t.TempDir()}
	const missing = "needs [ReadCallLog]"
	steps := []struct {
		name     string
		manifest string // written first when not ""
		args     []string
		code     int
	}{
		{"granted", "", nil, 0},
		{"granted, again from the cache", "", nil, 0},
		{"-permissions revokes it", "", []string{"-permissions=SMS"}, 3},
		{"the manifest revokes it", "permissions: [SMS]\n", nil, 3},
		{"the manifest grants it again", "permissions: [ReadCallLog]\n", nil, 0},
	}
	for _, step := range steps {
		if step.manifest != "" {
			writeFiles(t, dir, map[string]string{"rcperm.yaml": step.manifest})
		}
		out, code := run(t, dir, env, rcpermBin, append(step.args, "./...")...)
		if code != step.code || (code == 3) != strings.Contains(out, missing) {
			t.Errorf("%s: exit %d, want %d\n%s", step.name, code, step.code, out)
		}
	}
}

// TestCacheWarmSameOutput: on the example (subscriptions, an unused grant,
// a wrapper in another module) and on routes rcperm cannot follow, each
// command's output from the cache is byte for byte the cold run's, exit
// code and standard error included, and the warm run analyzed nothing. A
// result field the cache dropped would show here as an unused grant,
// unfollowed route or subscription missing. Between them the commands show
// every field of a run: -json the findings with their related locations
// and facts (what text and SARIF render), manifest the requests and
// subscriptions, explain -unfollowed the routes not followed.
func TestCacheWarmSameOutput(t *testing.T) {
	t.Parallel()
	example := testdataDir(t, "example")
	routes := t.TempDir()
	writeSharedApp(t, routes, "permissions: [ReadCallLog, ReadMessages, Faxes, ReadPresence, ReadAccounts]\n", map[string]string{"routes/routes.go": routesInMap})
	for _, tt := range []struct {
		dir      string
		args     []string
		has      string // in the output, so that the comparison covers it
		analyzed int    // source packages of a cold run
	}{
		{example, []string{"-json", "./..."}, `"category": "unused-permission"`, 7},
		{example, []string{"manifest", "./..."}, "event filter", 7},
		{example, []string{"explain", "-unfollowed", "./..."}, "rcperm follows every RingCentral route", 7},
		{routes, []string{"explain", "-unfollowed", "./..."}, "routes/routes.go:3:39: ", 4},
		{routes, []string{"manifest", "./..."}, "cannot follow to a request", 4},
	} {
		name := "rcperm " + strings.Join(tt.args, " ") + " in " + tt.dir
		env := []string{"RCPERM_CACHE=" + t.TempDir(), "RCPERM_DEBUG=cache"}
		cold := runOutputs(t, tt.dir, env, rcpermBin, tt.args...)
		warm := runOutputs(t, tt.dir, env, rcpermBin, tt.args...)
		if !strings.Contains(cold.stdout+cold.stderr, tt.has) {
			t.Errorf("%s: cold output lacks %q, which the comparison is to cover:\n%s%s", name, tt.has, cold.stdout, cold.stderr)
		}
		coldLog, coldErr := cacheLog(cold.stderr)
		warmLog, warmErr := cacheLog(warm.stderr)
		if want := fmt.Sprintf("rcperm: cache: analyzed %d packages ", tt.analyzed); !strings.HasPrefix(coldLog, want) {
			t.Errorf("%s: cold run's cache log %q, want %q", name, coldLog, want)
		}
		if warmLog != "rcperm: cache: analyzed 0 packages from source []" {
			t.Errorf("%s: warm run's cache log %q, want nothing analyzed", name, warmLog)
		}
		if warm.stdout != cold.stdout || warmErr != coldErr || warm.code != cold.code {
			t.Errorf("%s: warm run differs from the cold one\ncold (exit %d):\n%s%s\nwarm (exit %d):\n%s%s", name, cold.code, cold.stdout, coldErr, warm.code, warm.stdout, warmErr)
		}
	}
}

// outputs are what a command wrote and its exit code.
type outputs struct {
	stdout, stderr string
	code           int
}

func runOutputs(t *testing.T, dir string, env []string, name string, args ...string) outputs {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = commandEnv(env)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	_, code := outcome(t, cmd, "", cmd.Run())
	return outputs{stdout.String(), stderr.String(), code}
}

// cacheLog splits RCPERM_DEBUG=cache's line from the rest of stderr.
func cacheLog(stderr string) (log, rest string) {
	var others []string
	for _, l := range strings.SplitAfter(stderr, "\n") {
		if strings.HasPrefix(l, "rcperm: cache: ") {
			log = strings.TrimSuffix(l, "\n")
		} else {
			others = append(others, l)
		}
	}
	return log, strings.Join(others, "")
}
