package main_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestOverlayRefused: with GOFLAGS=-overlay=..., the go command builds the
// overlay's content in place of the files on disk, which rcperm's driver
// reads: it used to pass a request the overlay adds (issue 23, item 6).
// Every command of the driver refuses the flag, naming it, and so does the
// vet tool, which would look for rcperm.yaml beside the overlay's files.
func TestOverlayRefused(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [ReadAccounts]\n", sdkApp("_ = rc"))
	replaced := filepath.Join(t.TempDir(), "main.go")
	overlay, err := json.Marshal(map[string]map[string]string{"Replace": {filepath.Join(dir, "main.go"): replaced}})
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, filepath.Dir(replaced), map[string]string{"main.go": callLogApp, "overlay.json": string(overlay)})
	env := []string{"GOFLAGS=-overlay=" + filepath.Join(filepath.Dir(replaced), "overlay.json")}
	for _, args := range [][]string{
		{rcpermBin, "./..."},
		{rcpermBin, "-json", "./..."},
		{rcpermBin, "manifest", "./..."},
		{rcpermBin, "explain", "ReadCallLog", "./..."},
		{"go", "vet", "-vettool=" + rcpermBin, "./..."},
	} {
		out, code := run(t, dir, env, args[0], args[1:]...)
		if code != 1 || !strings.Contains(out, "GOFLAGS sets -overlay=") || !strings.Contains(out, "does not apply") {
			t.Errorf("rcperm %v with an overlay = exit %d\n%s\nwant exit 1 and the overlay refused", args, code, out)
		}
	}
}
