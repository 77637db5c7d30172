package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// sweeps are the rcperm runs of TestSweepStd: all of std's own code, and
// the packages that make the most HTTP requests with their tests as well.
//
// The cost is go list -export building the export data of what is not
// checked from source, once per build cache. Measured on 2 shared cores:
// from an empty build cache the test takes 21 s (14 s and 8 s; up to 35 s
// and 14 s when the cores are busy), with a warm one 2.5 s. All of std with
// its tests takes 3 min 40 s cold and 4.5 GB, and even the slice net/...
// encoding/... go/... crypto/... text/... strings bytes fmt os/... with its
// tests takes 107 s cold: a test variant of a low-level package rebuilds
// most of std.
var sweeps = [][]string{
	{"-test=false", "std"},
	{"net/http/...", "net/url"},
}

// TestSweepStd runs rcperm over the standard library from a module with a
// manifest. The standard library makes no RingCentral requests, so rcperm
// must report nothing, and not crash: a sweep for panics and false
// positives on real code that uses net/http heavily.
//
// Std packages live in GOROOT, a module of its own (GOROOT/src/go.mod), so
// the manifest here never governs them; rcperm reads a manifest only for a
// package with a RingCentral request to check, and std has none, so there
// must be no "cannot check" finding either.
func TestSweepStd(t *testing.T) {
	if testing.Short() {
		t.Skip("the sweep type-checks all of std: skipped with -short")
	}
	dir := t.TempDir()
	for name, content := range map[string]string{
		"go.mod":      "module example.com/sweep\n\ngo 1.26\n",
		"rcperm.yaml": "permissions: [ReadAccounts]\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range sweeps {
		cmd := "rcperm " + strings.Join(args, " ")
		start := time.Now()
		out, code := run(t, dir, nil, rcpermBin, args...)
		t.Logf("%s: %v", cmd, time.Since(start).Round(time.Millisecond))
		if strings.Contains(out, "panic") {
			t.Fatalf("%s panicked:\n%s", cmd, out)
		}
		if code != 0 || out != "" {
			t.Errorf("%s = exit %d, output:\n%s\nwant exit 0 and nothing: std makes no RingCentral requests", cmd, code, out)
		}
	}
}
