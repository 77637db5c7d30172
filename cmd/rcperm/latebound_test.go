package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeLateBoundApp copies the analyzer's latebound fixture (a service
// calling its client through an interface, the client in a package it
// does not import, main wiring them) into a module below dir.
func writeLateBoundApp(t *testing.T, dir string) {
	writeStandInModule(t, dir, "latebound", "latebound")
}

// writeStandInModule copies the analyzer's fixture at importPath into dir,
// as module mod.
func writeStandInModule(t *testing.T, dir, importPath, mod string) {
	t.Helper()
	src := standIn(t, importPath)
	files := map[string]string{"go.mod": "module " + mod + "\n\ngo 1.26\n"}
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(src, path)
		files[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, files)
}

// TestLateBoundApp: the routes a service hands to an interface are checked
// where main wires the implementation in, at the call that reaches them;
// the standalone driver reports one whose route the service picks at the
// service's call that writes it (Sync's call of the interface, Presence's
// call of the helper that forwards it), main's call a step, and one whose
// route main completes (Purge's extension) at main's call.
// Run over the service alone, the calls are unresolved requests, counted;
// over the whole program, the standalone driver drops those main resolved,
// and what is left (a route only logged) still keeps every grant.
func TestLateBoundApp(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeLateBoundApp(t, dir)

	out, code := run(t, dir, nil, rcpermBin, "./...")
	want := []string{ // as findings gives them: sorted, the steps first
		"\tvia (*latebound/svc.Service).Presence at app/main.go:20:6",
		"\tvia (*latebound/svc.Service).Sync at app/main.go:19:6",
		"\tvia (latebound/rc.Doer).Do at svc/svc.go:24:9",
		"\tvia (latebound/rc.Doer).Do at svc/svc.go:33:9",
		"\tvia net/http.NewRequestWithContext at httpc/httpc.go:17:14",
		"\tvia net/http.NewRequestWithContext at httpc/httpc.go:17:14",
		"\tvia net/http.NewRequestWithContext at httpc/httpc.go:17:14",
		"app/main.go:21:6: DELETE /restapi/v1.0/account/~/extension/~/call-log (deleteUserCallLog) needs [EditCallLog], which rcperm.yaml does not grant: RingCentral answers 403 InsufficientPermissions (CMN-401); grant EditCallLog in the RingCentral Developer Console (what RingCentral checks) and in rcperm.yaml at line 1",
		"rcperm.yaml:1:15: rcperm.yaml: cannot judge which grants are unused: 1 request is unresolved (the first at svc/svc.go:38:2), and any grant may be the one one of them needs; resolve each with //rcperm:route or //rcperm:ignore (rcperm explain -unresolved lists them)",
		"svc/svc.go:19:9: GET /restapi/v1.0/account/~/call-log (readCompanyCallLog) needs [ReadCallLog], which rcperm.yaml does not grant: RingCentral answers 403 InsufficientPermissions (CMN-401); grant ReadCallLog in the RingCentral Developer Console (what RingCentral checks) and in rcperm.yaml at line 1",
		"svc/svc.go:28:9: GET /restapi/v1.0/account/~/extension/~/presence (readUserPresenceStatus) needs [ReadPresence], which rcperm.yaml does not grant: RingCentral answers 403 InsufficientPermissions (CMN-401); grant ReadPresence in the RingCentral Developer Console (what RingCentral checks) and in rcperm.yaml at line 1",
	}
	if code != 3 {
		t.Errorf("rcperm ./... = exit %d, want 3", code)
	}
	diff(t, "rcperm ./... on the late-bound app", findings(out, dir), want)

	// The service alone: its three calls with known routes are
	// unresolved (Purge's extension is its callers' to give).
	out, _ = run(t, dir, nil, rcpermBin, "explain", "-unresolved", "./svc/...")
	for _, at := range []string{"svc/svc.go:19:9:", "svc/svc.go:28:9:", "svc/svc.go:38:2:"} {
		if !strings.Contains(out, at) {
			t.Errorf("rcperm explain -unresolved ./svc/... does not list %s:\n%s", at, out)
		}
	}

	// Without the logged route, nothing is left unresolved: the grants
	// are judged, over the requests main resolved.
	svc := filepath.Join(dir, "svc", "svc.go")
	b, err := os.ReadFile(svc)
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{
		"svc/svc.go":  strings.Replace(string(b), `s.L.Log("/restapi/v1.0/account/~/extension/~/fax")`, `s.L.Log("noted")`, 1),
		"rcperm.yaml": "permissions: [ReadCallLog, ReadPresence, EditCallLog, Faxes]\n",
	})
	out, _ = run(t, dir, nil, rcpermBin, "./...")
	diff(t, "rcperm ./... on the late-bound app, all resolved", findings(out, dir), []string{
		"rcperm.yaml:1:55: rcperm.yaml grants Faxes, which no RingCentral request of the packages it governs needs: remove it",
	})
}

// TestWiredCallReportedAtTheCall: a request whose route another package
// picks is reported by the standalone driver where it is picked, the
// package's own site its first step: a late-bound call resolved where main
// wires its callee in (a command's call of its client interface; a sink's
// call of its function-typed field, which a relay reaches through an
// interface), and an action's Route() method a retry decorator dispatches
// to. go vet, which reports a package's findings in its own files, reports
// it at the package's site. (The analyzer's cmdwire, fieldwired and
// routepairs fixtures.)
func TestWiredCallReportedAtTheCall(t *testing.T) {
	t.Parallel()
	for _, app := range []struct {
		fixture, request string
		call, wiring     string // where each host reports the request
	}{
		{"example.com/cmdwire", "GET /restapi/v1.0/account/~/extension/~/call-log (readUserCallLog) needs [ReadCallLog]",
			"commands/commands.go:19:10: ", "app/app.go:18:"},
		{"example.com/fieldwired", "POST /team-messaging/v1/chats/{chatId}/posts (createGlipPostNew) needs [TeamMessaging]",
			"sink/sink.go:19:9: ", "app/app.go:20:"},
		{"example.com/routepairs", "PUT /restapi/v1.0/account/{accountId}/extension/{extensionId}/presence (updateUserPresenceStatus) needs [EditPresence]",
			"actions/actions.go:24:17: ", "exec/exec.go:50:"},
	} {
		dir := t.TempDir()
		writeStandInModule(t, dir, app.fixture, app.fixture)
		for _, host := range []struct {
			name      string
			args      []string
			at, notAt string
		}{
			{"rcperm ./...", []string{rcpermBin, "./..."}, app.call, app.wiring},
			{"rcperm ./..., from its cache", []string{rcpermBin, "./..."}, app.call, app.wiring},
			{"go vet", []string{"go", "vet", "-vettool=" + rcpermBin, "./..."}, app.wiring, app.call},
		} {
			out, _ := run(t, dir, nil, host.args[0], host.args[1:]...)
			out = strings.ReplaceAll(out, dir+string(filepath.Separator), "")
			reported := false
			for _, l := range strings.Split(out, "\n") {
				if !strings.Contains(l, app.request) {
					continue
				}
				reported = reported || strings.HasPrefix(l, host.at)
				if strings.HasPrefix(l, host.notAt) {
					t.Errorf("%s on %s reports %q, want it at %s", host.name, app.fixture, l, host.at)
				}
			}
			if !reported {
				t.Errorf("%s on %s does not report %s at %s:\n%s", host.name, app.fixture, app.request, host.at, out)
			}
			if host.args[0] == rcpermBin && !strings.Contains(out, app.wiring) {
				t.Errorf("%s on %s does not name the wiring as a step:\n%s", host.name, app.fixture, out)
			}
		}
	}
}
