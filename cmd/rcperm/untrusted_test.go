package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Code from a fork's pull request may name a newer Go in its go.mod, to
// make the go command rcperm runs fetch and run another toolchain
// (docs/untrusted-code.md). With GOTOOLCHAIN=local nothing is fetched: a
// toolchain line is passed over, and a go line the local Go cannot meet
// fails the run with the go command's own words, which name go.mod.

// writeToolchainModule writes writeModule's module with the go and
// toolchain lines of go.mod replaced by lines.
func writeToolchainModule(t *testing.T, dir, lines string) {
	t.Helper()
	writeModule(t, dir, "permissions: [ReadAccounts]\n", callLogApp)
	gomod := filepath.Join(dir, "go.mod")
	data, err := os.ReadFile(gomod)
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{"go.mod": strings.Replace(string(data), "go 1.26\n", lines, 1)})
}

// fetchedToolchain reports whether the go command went for go1.99.0 in
// the module cache modCache: what it downloads (or locks, to download)
// lies below golang.org/toolchain there.
func fetchedToolchain(t *testing.T, modCache string) bool {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(modCache, "cache", "download", "golang.org", "toolchain", "*", "*go1.99.0*"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = os.Stat(filepath.Join(modCache, "golang.org"))
	return err == nil || len(matches) > 0
}

func TestNewerToolchainLocal(t *testing.T) {
	t.Parallel()
	const tooNew = "go: go.mod requires go >= 1.99.0 (running go 1."
	type check struct {
		args []string
		code int
		want string
	}
	tests := []struct {
		name, lines string
		checks      []check
	}{
		// The local Go meets the go line: the check runs, on it.
		{"toolchain line", "go 1.26\n\ntoolchain go1.99.0\n", []check{
			{[]string{rcpermBin, "./..."}, 3, callLogFinding},
			{[]string{rcpermBin, "manifest", "./..."}, 0, "  - ReadCallLog\n"},
			{[]string{"go", "vet", "-vettool=" + rcpermBin, "./..."}, 1, callLogFinding},
		}},
		{"go line", "go 1.99.0\n\ntoolchain go1.99.0\n", []check{
			{[]string{rcpermBin, "./..."}, 1, tooNew},
			{[]string{rcpermBin, "manifest", "./..."}, 1, tooNew},
			{[]string{"go", "vet", "-vettool=" + rcpermBin, "./..."}, 1, tooNew},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			writeToolchainModule(t, dir, tt.lines)
			modCache := t.TempDir()
			env := []string{"GOTOOLCHAIN=local", "GOPROXY=off", "GOMODCACHE=" + modCache}
			for _, c := range tt.checks {
				out, code := run(t, dir, env, c.args[0], c.args[1:]...)
				if code != c.code || !strings.Contains(out, c.want) || strings.Contains(out, "panic") || strings.Contains(out, "stderr:") {
					t.Errorf("%v = exit %d\n%s\nwant exit %d and %q, in go's own words", c.args, code, out, c.code, c.want)
				}
			}
			if fetchedToolchain(t, modCache) {
				t.Errorf("go1.99.0 was fetched into %s", modCache)
			}
		})
	}
}

// TestActionUntrustedModule: the action checks with GOTOOLCHAIN=local and
// GOFLAGS=-mod=readonly unless trust-module is true, whatever the runner
// sets (GOTOOLCHAIN=auto here). A toolchain line in the module's go.mod
// makes the go command go for another Go (which GOPROXY=off makes fail
// here), and a vendor directory the pull request adds replaces the
// module's dependencies (inconsistently here), only when the module is
// trusted.
func TestActionUntrustedModule(t *testing.T) {
	t.Parallel()
	// The build step is the action's own module, trusted: the check alone
	// runs, on rcperm built where the build step puts it.
	runnerTemp := t.TempDir()
	seedBinary(t, filepath.Join(runnerTemp, "rcperm-bin", "rcperm"))
	toolchain := t.TempDir()
	writeToolchainModule(t, toolchain, "go 1.26\n\ntoolchain go1.99.0\n")
	vendored := t.TempDir()
	writeModule(t, vendored, "permissions: [ReadAccounts]\n", callLogApp)
	writeFiles(t, vendored, map[string]string{"vendor/modules.txt": "# github.com/ringcentral/ringcentral-go v0.7.0\n"})
	modCache := t.TempDir()
	runner := []string{"GOTOOLCHAIN=auto", "GOPROXY=off", "GOMODCACHE=" + modCache, "GOFLAGS="}
	for _, tt := range []struct {
		dir, trust string
		code       int
		want       string
	}{
		{toolchain, "false", 3, callLogFinding},
		{vendored, "false", 3, callLogFinding},
		{vendored, "true", 1, "inconsistent vendoring"},
		{toolchain, "true", 1, "go: download go1.99.0"},
	} {
		out, code, _ := runAction(t, runnerTemp, true, map[string]string{"working-directory": tt.dir, "format": "text", "trust-module": tt.trust}, runner...)
		if code != tt.code || !strings.Contains(out, tt.want) {
			t.Errorf("%s, trust-module %s = exit %d\n%s\nwant exit %d and %q", filepath.Base(tt.dir), tt.trust, code, out, tt.code, tt.want)
		}
		if tt.trust == "false" && fetchedToolchain(t, modCache) {
			t.Errorf("trust-module false: the go command went for go1.99.0 in %s", modCache)
		}
	}
}
