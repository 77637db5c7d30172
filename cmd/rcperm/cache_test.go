package main_test

import (
	"strings"
	"testing"
)

// TestCacheConfiguration: rcperm's cache never serves a result computed
// under another configuration or manifest: a rerun with other flags, or
// after a manifest edit, reports what a run without the cache reports.
func TestCacheConfiguration(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"go.mod":      "module example.com/app\n\ngo 1.26\n",
		"rcperm.yaml": "permissions: [ReadCallLog]\n",
		"main.go": `package main

import "net/http"

func main() {
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log")
}
`,
	})
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
