//go:build unix

package main_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The end-to-end tests of manifests that are not regular files, of
// manifests go vet's ./... does not look at, and of a checkout whose path
// holds "go-build": every host answers quickly, reads what the analysis
// reads, and gives the verdict go vet gives.

// hangLimit is how long a command may take before a test takes it for hung:
// far more than any of these small modules needs.
const hangLimit = 60 * time.Second

// runWithin runs a command like run, but fails the test when it takes more
// than hangLimit, killing it and every process it started (go vet's tool).
func runWithin(t *testing.T, dir string, env []string, name string, args ...string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hangLimit)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = commandEnv(env)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = time.Second
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("%s %v still running after %v: hung\n%s", name, args, hangLimit, out.String())
	}
	return outcome(t, cmd, out.String(), err)
}

const callLogFinding = "(readUserCallLog) needs [ReadCallLog]"

func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
}

// TestNonRegularManifests: a FIFO or a link to /dev/zero as the manifest
// fails every host quickly, with a message naming the file, where reading
// it used to hang or exhaust memory.
func TestNonRegularManifests(t *testing.T) {
	t.Parallel()
	kinds := []struct {
		name string
		make func(t *testing.T, path string)
		want string
	}{
		{"fifo", mkfifo, "is a named pipe (FIFO), not a manifest file"},
		{"dev zero", func(t *testing.T, path string) {
			if err := os.Symlink("/dev/zero", path); err != nil {
				t.Fatal(err)
			}
		}, "is a device, not a manifest file"},
	}
	for _, kind := range kinds {
		t.Run(kind.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			writeModule(t, dir, "", callLogApp)
			if err := os.Remove(filepath.Join(dir, "rcperm.yaml")); err != nil {
				t.Fatal(err)
			}
			kind.make(t, filepath.Join(dir, "rcperm.yaml"))
			for _, host := range []struct {
				args []string
				code int
			}{
				{[]string{rcpermBin, "./..."}, 3},
				{[]string{rcpermBin, "-manifest=rcperm.yaml", "./..."}, 3},
				{[]string{rcpermBin, "vet", "./..."}, 1},
				{[]string{"go", "vet", "-vettool=" + rcpermBin, "./..."}, 1},
			} {
				out, code := runWithin(t, dir, nil, host.args[0], host.args[1:]...)
				if code != host.code || !strings.Contains(out, kind.want) {
					t.Errorf("%v = exit %d\n%s\nwant exit %d and %q", host.args, code, out, host.code, kind.want)
				}
			}
		})
	}
}

// TestVetToolIDHostileManifests: go vet asks `rcperm -V=full` for its
// cache key, which digests every rcperm.yaml in the module. A FIFO or a
// link to /dev/zero among them, governing no package, neither hangs it
// nor fails go vet.
func TestVetToolIDHostileManifests(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [ReadCallLog]\n", callLogApp)
	mkfifo(t, filepath.Join(dir, "pipe", "rcperm.yaml"))
	writeFiles(t, dir, map[string]string{"zero/README": "a link to /dev/zero named rcperm.yaml\n"})
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero", "rcperm.yaml")); err != nil {
		t.Fatal(err)
	}
	if out, code := runWithin(t, dir, nil, rcpermBin, "-V=full"); code != 0 || !strings.Contains(out, "buildID=") {
		t.Errorf("rcperm -V=full = exit %d\n%s\nwant exit 0 and a build ID", code, out)
	}
	for _, args := range [][]string{{rcpermBin, "vet", "./..."}, {"go", "vet", "-vettool=" + rcpermBin, "./..."}} {
		if out, code := runWithin(t, dir, nil, args[0], args[1:]...); code != 0 || out != "" {
			t.Errorf("%v = exit %d\n%s\nwant exit 0 and nothing", args, code, out)
		}
	}
}

// TestPlainVetSeesNamedManifestEdits: under plain go vet, a -manifest the
// go command's ./... would not look at (.github/) is part of the cache
// key, whether it is named rcperm.yaml or not, given on the command line
// or in GOFLAGS: an edit that revokes a permission is not answered with
// the old clean result.
func TestPlainVetSeesNamedManifestEdits(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		file string
		args []string
		env  []string
	}{
		{"rcperm.yaml in .github", ".github/rcperm.yaml", []string{"-manifest=.github/rcperm.yaml"}, nil},
		{"other name", ".github/perms.yaml", []string{"-manifest", ".github/perms.yaml"}, nil},
		{"in GOFLAGS", ".github/perms.yaml", nil, []string{"GOFLAGS=-manifest=.github/perms.yaml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			writeModule(t, dir, "permissions: [ReadCallLog]\n", callLogApp)
			writeFiles(t, dir, map[string]string{tt.file: "permissions: [ReadCallLog]\n"})
			vet := append(append([]string{"vet", "-vettool=" + rcpermBin}, tt.args...), "./...")
			if out, code := runWithin(t, dir, tt.env, "go", vet...); code != 0 {
				t.Fatalf("go vet with ReadCallLog granted = exit %d\n%s", code, out)
			}
			writeFiles(t, dir, map[string]string{tt.file: "permissions: [ReadAccounts]\n"})
			out, code := runWithin(t, dir, tt.env, "go", vet...)
			if code != 1 || !strings.Contains(out, callLogFinding) {
				t.Errorf("go vet after revoking ReadCallLog in %s = exit %d\n%s\nwant exit 1 and the finding, not a cached pass", tt.file, code, out)
			}
		})
	}
}

// TestGoBuildInPath: a checkout below a directory whose name starts with
// go-build is the user's code, not the go command's output: the nearer
// svc/rcperm.yaml governs svc, as under go vet.
func TestGoBuildInPath(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "go-build-tools", "app")
	writeModule(t, dir, "permissions: [ReadCallLog]\n", callLogApp)
	writeFiles(t, dir, map[string]string{
		"svc/rcperm.yaml": "permissions: [ReadAccounts]\n",
		"svc/main.go":     callLogApp,
	})
	for _, args := range [][]string{{rcpermBin, "./..."}, {"go", "vet", "-vettool=" + rcpermBin, "./..."}} {
		out, code := runWithin(t, dir, nil, args[0], args[1:]...)
		if code == 0 || strings.Count(out, callLogFinding) != 1 || !strings.Contains(out, filepath.Join("svc", "main.go")) {
			t.Errorf("%v = exit %d\n%s\nwant one finding, in svc/main.go, against svc/rcperm.yaml", args, code, out)
		}
	}
}
