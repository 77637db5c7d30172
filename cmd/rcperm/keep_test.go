package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestKeep: a grant the manifest keeps, with a reason, is no
// unused-permission, and rcperm manifest -w leaves it in place; a keep of a
// permission the manifest does not grant is a manifest finding.
func TestKeep(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, manifest string
		code           int
		want           string
	}{
		{"not kept", "permissions: [ReadCallLog, ReadAccounts]\n", 3, "rcperm.yaml:1:28: rcperm.yaml grants ReadAccounts, which no RingCentral request"},
		{"kept", "permissions: [ReadCallLog, ReadAccounts]\nkeep:\n  - {permission: ReadAccounts, reason: the export job reads accounts}\n", 0, ""},
		{"stale", "permissions: [ReadCallLog]\nkeep:\n  - {permission: ReadAccounts, reason: the export job reads accounts}\n", 3,
			"rcperm.yaml:3:5: cannot check RingCentral permissions: keep ReadAccounts, which the manifest does not grant: remove it from keep, or grant it"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			writeModule(t, dir, tc.manifest, callLogApp)
			out, code := run(t, dir, nil, rcpermBin, "./...")
			if code != tc.code || !strings.Contains(out, tc.want) {
				t.Errorf("rcperm ./... = exit %d\n%s\nwant exit %d and %q", code, out, tc.code, tc.want)
			}
			if tc.code != 0 {
				return
			}
			if out, code := run(t, dir, nil, rcpermBin, "manifest", "-w", "./..."); code != 0 {
				t.Fatalf("rcperm manifest -w = exit %d\n%s", code, out)
			}
			if data, err := os.ReadFile(filepath.Join(dir, "rcperm.yaml")); err != nil || string(data) != tc.manifest {
				t.Errorf("rcperm manifest -w changed the manifest to\n%s(%v)\nwant it as it was", data, err)
			}
		})
	}
}
