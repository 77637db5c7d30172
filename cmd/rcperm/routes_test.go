package main_test

import (
	"strings"
	"testing"
)

// TestExplainPermission: rcperm explain PERMISSION without packages says
// what the permission grants and loads no package.
func TestExplainPermission(t *testing.T) {
	t.Parallel()
	for perm, want := range map[string][]string{
		"ReadCallRecording": {
			"ReadCallRecording: read call recordings",
			"RingCentral's review: not needed\n",
			"includes: ReadCallLog\n",
			"included in: none\n",
			"operations that need it (2):\n",
			"readCallRecordingContent\n",
		},
		"ReadCallLog":   {"included in: EditCallLog, ReadCallRecording\n"},
		"DirectRingOut": {"RingCentral's review: needed"},
	} {
		// An empty directory: explain without packages loads none.
		out, code := run(t, t.TempDir(), nil, rcpermBin, "explain", perm)
		if code != 0 || strings.Contains(out, "calls that need") {
			t.Errorf("rcperm explain %s = exit %d\n%s\nwant exit 0 and no call list", perm, code, out)
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("rcperm explain %s lacks %q:\n%s", perm, w, out)
			}
		}
	}
}

// TestRoutes: rcperm routes lists the operations with their permissions,
// -sdk the modelled SDK methods with their routes, PATTERN filters both.
func TestRoutes(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args []string
		code int
		want []string
	}{
		{[]string{"routes", "recording/{recordingId}/content"}, 0, []string{"GET  /restapi/v1.0/account/{accountId}/recording/{recordingId}/content  readCallRecordingContent  ReadCallRecording\n"}},
		{[]string{"routes", "-sdk", "rcsdk/platform.Platform.Get"}, 0, []string{"github.com/grokify/ringcentral-sdk-go/rcsdk/platform.Platform.Get  GET  /restapi/v1.0{argument 0}\n"}},
		{[]string{"routes", "-sdk", "CallLogApiService.DeleteExtensionCallLog"}, 0, []string{"DELETE  /restapi/v1.0/account/{accountId}/extension/{extensionId}/call-log\n"}},
		{[]string{"routes", "no-such-route"}, 1, []string{`routes: nothing matches "no-such-route"`}},
		{[]string{"routes", "a", "b"}, 2, []string{"usage: rcperm routes [-sdk] [PATTERN]"}},
	} {
		out, code := run(t, t.TempDir(), nil, rcpermBin, tc.args...)
		if code != tc.code {
			t.Errorf("rcperm %s = exit %d, want %d\n%s", strings.Join(tc.args, " "), code, tc.code, out)
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("rcperm %s lacks %q:\n%s", strings.Join(tc.args, " "), w, out)
			}
		}
	}
	out, _ := run(t, t.TempDir(), nil, rcpermBin, "routes")
	if n := strings.Count(out, "\n"); n < 500 {
		t.Errorf("rcperm routes lists %d operations, want every one of the table", n)
	}
}
