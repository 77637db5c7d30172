package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServerFromCallers: a client whose server its callers give, with a
// route that copies RingCentral's, is reported where it requests, as
// RingCentral's, unless the run sees that every caller gives it another
// service's server. (The analyzer's mirrorbase fixture: main gives
// Archive an archive's server, Client RingCentral's.)
func TestServerFromCallers(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeStandInModule(t, dir, "example.com/mirrorbase", "example.com/mirrorbase")
	archive, client := "mirror/mirror.go:21:9:", "mirror/mirror.go:30:9:"

	out, _ := run(t, dir, nil, rcpermBin, "./...")
	got := strings.Join(findings(out, dir), "\n")
	if strings.Contains(got, archive) || !strings.Contains(got, client) {
		t.Errorf("rcperm ./... reports the archive's request, or not RingCentral's:\n%s", got)
	}

	// A server from the environment may be RingCentral's: reported.
	app := filepath.Join(dir, "app", "app.go")
	b, err := os.ReadFile(app)
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{
		"app/app.go": strings.Replace(strings.Replace(string(b), `"https://archive.example.com"`, `os.Getenv("ARCHIVE_URL")`, 1), `"net/http"`, "\"net/http\"\n\t\"os\"", 1),
	})
	out, _ = run(t, dir, nil, rcpermBin, "./...")
	if got := strings.Join(findings(out, dir), "\n"); !strings.Contains(got, archive) {
		t.Errorf("rcperm ./... drops a request whose server comes from the environment:\n%s", got)
	}
}
