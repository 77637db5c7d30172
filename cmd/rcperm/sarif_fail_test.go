package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestSARIFFail: rcperm sarif -fail writes the log and exits 3 when it
// has results, saying how many on standard error, 0 when it has none;
// without -fail it exits 0 either way, and says nothing.
func TestSARIFFail(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		manifest string
		args     []string
		code     int
		out      string // all the command prints, the log going to a file
	}{
		{"permissions: [ReadAccounts]\n", []string{"sarif", "-fail", "-o", "out.sarif", "./..."}, 3, "2 findings: 1 missing-permission, 1 unused-permission\n"},
		{"permissions: [ReadAccounts]\n", []string{"sarif", "-o", "out.sarif", "./..."}, 0, ""},
		{"permissions: [ReadCallLog]\n", []string{"sarif", "-fail", "-o", "out.sarif", "./..."}, 0, ""},
	} {
		dir := t.TempDir()
		writeModule(t, dir, tc.manifest, callLogApp)
		out, code := run(t, dir, nil, rcpermBin, tc.args...)
		if code != tc.code || out != tc.out {
			t.Errorf("%s with %q = exit %d\n%s\nwant exit %d and %q", tc.args, tc.manifest, code, out, tc.code, tc.out)
		}
		data, err := os.ReadFile(filepath.Join(dir, "out.sarif"))
		if err != nil || !json.Valid(data) {
			t.Errorf("%s with %q: no log written (%v)", tc.args, tc.manifest, err)
		}
	}
}
