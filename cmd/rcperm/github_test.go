package main_test

import (
	"strings"
	"testing"
)

// TestFormatGitHub: -format=github prints one workflow command a finding
// on standard output, files relative to the repository root, the wrapper
// chain escaped into the message, and exits 3.
func TestFormatGitHub(t *testing.T) {
	t.Parallel()
	dir := testdataDir(t, "example")
	out, code := run(t, dir, nil, rcpermBin, "-format=github", "./...")
	if code != 3 {
		t.Errorf("rcperm -format=github = exit %d, want 3\n%s", code, out)
	}
	for _, want := range []string{
		"::error file=testdata/example/calllog/calllog.go,line=16,col=12,title=rcperm missing-permission::GET /restapi/v1.0/account/~/recording/{recordingId}/content (readCallRecordingContent) needs [ReadCallRecording], which rcperm.yaml does not grant: RingCentral answers 403 InsufficientPermissions (CMN-401); grant ReadCallRecording in the RingCentral Developer Console (what RingCentral checks) and in rcperm.yaml at line 4%0Avia (*example.com/callcenter/rc.Client).Do at testdata/example/rc/client.go:19:9%0Avia net/http.NewRequestWithContext at testdata/example/rc/client.go:24:14\n",
		"::warning file=testdata/example/rcperm.yaml,line=6,col=5,title=rcperm unused-permission::rcperm.yaml grants Faxes",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("rcperm -format=github lacks\n%s\nin\n%s", want, out)
		}
	}
	if out, code := run(t, dir, nil, rcpermBin, "-format=gitlab", "./..."); code != 2 || !strings.Contains(out, "-format=gitlab: want text or github") {
		t.Errorf("rcperm -format=gitlab = exit %d\n%s\nwant exit 2 naming the formats", code, out)
	}
}
