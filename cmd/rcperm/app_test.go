package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeSharedApp writes a module of two packages sharing one manifest, as
// two programs of a module do: cmd/server reads the call log, cmd/worker
// reads messages, through the stand-in of the ringcentral-go SDK (go vet
// stays fast: it imports nothing), and files besides.
func writeSharedApp(t *testing.T, dir, manifest string, files map[string]string) {
	t.Helper()
	worker := strings.Replace(callLogApp, "/extension/~/call-log", "/extension/~/message-store", 1)
	writeModule(t, dir, manifest, callLogApp)
	// The module's package moves to cmd/server.
	if err := os.Remove(filepath.Join(dir, "main.go")); err != nil {
		t.Fatal(err)
	}
	all := map[string]string{"cmd/server/main.go": callLogApp, "cmd/worker/main.go": worker}
	for name, content := range files {
		all[name] = content
	}
	writeFiles(t, dir, all)
}

const sharedManifest = "# shared by server and worker\napp: shared\npermissions:\n  - ReadCallLog\n  - ReadMessages\n  - Faxes\n"

// TestSharedManifest: two programs share one manifest. Standalone judges it
// over both: it reports only the grant neither needs, once, at its line in
// rcperm.yaml. go vet, which sees one package at a time, reports no
// unused-permission at all, so neither program is told to drop what the
// other needs.
func TestSharedManifest(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeSharedApp(t, dir, sharedManifest, nil)
	out, code := run(t, dir, nil, rcpermBin, "./...")
	want := []string{"rcperm.yaml:6:5: rcperm.yaml grants Faxes, which no RingCentral request of the packages it governs needs: remove it"}
	if code != 3 {
		t.Errorf("rcperm ./... exit code %d, want 3\n%s", code, out)
	}
	diff(t, "rcperm ./... on two programs sharing a manifest", findings(out, dir), want)

	out, code = run(t, dir, nil, "go", "vet", "-vettool="+rcpermBin, "./...")
	if code != 0 || strings.Contains(out, "grants") {
		t.Errorf("go vet = exit %d\n%s\nwant exit 0 and no unused-permission", code, out)
	}
}

// routesInMap is a package whose routes rcperm sees but cannot follow to a
// request: one looked up in a map, one passed through an interface.
const routesInMap = `package routes

var byName = map[string]string{"fax": "/restapi/v1.0/account/~/extension/~/fax"}

// Fetcher fetches a RingCentral path.
type Fetcher interface{ Fetch(path string) []byte }

// Fax reads the fax route from the map.
func Fax(f Fetcher) []byte { return f.Fetch(byName["fax"]) }

// Presence reads the user's presence.
func Presence(f Fetcher) []byte { return f.Fetch("/restapi/v1.0/account/~/extension/~/presence") }
`

// TestUnfollowedRoutes: routes rcperm cannot follow are listed by rcperm
// manifest, under their own heading, and by explain -unfollowed; the
// permissions they need are never called unused. The routes handed to an
// interface nothing in the program implements are unresolved requests:
// no grant is called unused while they are.
func TestUnfollowedRoutes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeSharedApp(t, dir, "permissions: [ReadCallLog, ReadMessages, Faxes, ReadPresence, ReadAccounts]\n", map[string]string{"routes/routes.go": routesInMap})
	fax := "/restapi/v1.0/account/~/extension/~/fax (POST createFaxMessage) needs [Faxes]"
	presence := "/restapi/v1.0/account/~/extension/~/presence (GET readUserPresenceStatus, PUT updateUserPresenceStatus) needs [EditPresence, ReadPresence]"

	out, code := run(t, dir, nil, rcpermBin, "manifest", "./...")
	if code != 0 || !strings.Contains(out, "# Routes rcperm sees in the code but cannot follow to a request") ||
		!strings.Contains(out, "#   "+fax+", at routes/routes.go:3:39\n") ||
		!strings.Contains(out, "#   "+presence+", at routes/routes.go:12:50\n") {
		t.Errorf("rcperm manifest = exit %d\n%s\nwant the two routes under their own heading", code, out)
	}

	out, code = run(t, dir, nil, rcpermBin, "explain", "-unfollowed", "./...")
	want := "routes/routes.go:3:39: " + fax + "\nroutes/routes.go:12:50: " + presence + "\n"
	if code != 0 || out != want {
		t.Errorf("rcperm explain -unfollowed = exit %d\n%s\nwant\n%s", code, out, want)
	}

	out, _ = run(t, dir, nil, rcpermBin, "./...")
	want2 := []string{"rcperm.yaml:1:15: rcperm.yaml: cannot judge which grants are unused: 2 requests are unresolved (the first at routes/routes.go:9:37), and any grant may be the one one of them needs; resolve each with //rcperm:route or //rcperm:ignore (rcperm explain -unresolved lists them)"}
	diff(t, "rcperm ./... with routes it cannot follow (no grant called unused)", findings(out, dir), want2)
}

// TestManifestWrite: rcperm manifest -w updates a commented manifest in
// place: app: and the comments stay, the needed permission is added, and
// the user told to grant it in the Developer Console too, the one
// unused-permission reports is removed. Run again, it has nothing to add
// or say. When the packages fail to load, the file is left as it was and
// the exit code says so.
func TestManifestWrite(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	manifest := "# The console's callcenter app.\napp: shared # keep me\npermissions:\n  - ReadCallLog # the server\n  - Faxes\n"
	writeSharedApp(t, dir, manifest, nil)
	path := filepath.Join(dir, "rcperm.yaml")
	out, code := run(t, dir, nil, rcpermBin, "manifest", "-w", "./...")
	wantOut := "rcperm.yaml: added ReadMessages: grant it to the app in the RingCentral Developer Console too, which is what RingCentral checks\n" +
		"rcperm.yaml: removed Faxes, which nothing needs: remove it in the Developer Console too\n"
	if code != 0 || out != wantOut {
		t.Fatalf("rcperm manifest -w = exit %d\n%s\nwant exit 0 and what it changed:\n%s", code, out, wantOut)
	}
	if out, code := run(t, dir, nil, rcpermBin, "manifest", "-w", "./..."); code != 0 || out != "" {
		t.Errorf("rcperm manifest -w again = exit %d\n%s\nwant exit 0 and nothing said", code, out)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want := "# The console's callcenter app.\napp: shared # keep me\npermissions:\n  - ReadCallLog # the server\n  - ReadMessages # added by rcperm manifest -w: GET /restapi/v1.0/account/~/extension/~/message-store (listMessages)\n"
	if string(data) != want {
		t.Errorf("rcperm.yaml after manifest -w:\n%s\nwant\n%s", data, want)
	}
	if out, code := run(t, dir, nil, rcpermBin, "./..."); code != 0 {
		t.Errorf("rcperm ./... after manifest -w = exit %d\n%s\nwant a clean run", code, out)
	}

	writeFiles(t, dir, map[string]string{"rcperm.yaml": manifest, "cmd/worker/broken.go": "package main\n\nfunc broken() { undefined() }\n"})
	out, code = run(t, dir, nil, rcpermBin, "manifest", "-w", "./...")
	if code == 0 {
		t.Errorf("rcperm manifest -w on packages that do not load = exit 0\n%s", out)
	}
	if data, err := os.ReadFile(path); err != nil || string(data) != manifest {
		t.Errorf("rcperm manifest -w changed rcperm.yaml although loading failed:\n%s", data)
	}
}
