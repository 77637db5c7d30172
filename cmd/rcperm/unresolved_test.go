package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// unresolvableApp makes requests to RingCentral whose operations rcperm
// cannot tell: a run-time path on RingCentral's host, a joined path from
// the environment, a tail after a known prefix; and one through an
// interface, which the value flow resolves.
const unresolvableApp = `package app

import (
	"context"
	"net/http"
	"os"
	"path"

	rcgo "github.com/ringcentral/ringcentral-go"
)

const rcServer = "https://platform.ringcentral.com"

type API interface {
	Get(ctx context.Context, route string) (*http.Response, error)
}

type client struct{}

func (client) Get(ctx context.Context, route string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", rcServer+route, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

func Run(ctx context.Context, api API) {
	http.Get(rcServer + os.Getenv("RC_REPORT_PATH"))
	rcgo.RestClient{}.Post(path.Join("/", os.Getenv("ROUTE")), nil)
	http.Get(rcServer + "/restapi/v1.0/account/~/" + os.Getenv("KIND"))
	api.Get(ctx, "/restapi/v1.0/account/~/call-log?dateFrom="+os.Getenv("FROM"))
}

var _ API = client{}
`

// TestUnresolvedApp: an app whose requests rcperm can resolve none of
// fails, with a finding at each request and one at the manifest, and no
// advice to remove a grant; rcperm manifest -w keeps every grant, says
// why, lists the requests in the manifest, and keeps a symlinked manifest
// a link; rcperm explain -unresolved lists them; //rcperm:route resolves
// them.
func TestUnresolvedApp(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	manifest := "# ours\npermissions: [ReadCallLog, Faxes]\n"
	writeModule(t, dir, manifest, "package main\n\nfunc main() {}\n")
	writeFiles(t, dir, map[string]string{"app/app.go": unresolvableApp})

	out, code := run(t, dir, nil, rcpermBin, "./...")
	for _, want := range []string{
		"app/app.go:29:2: GET /{}: rcperm cannot tell which RingCentral operation",
		"app/app.go:30:2: POST /{}: rcperm cannot tell",
		"app/app.go:31:2: GET /restapi/v1.0/account/~/{}: rcperm cannot tell",
		"rcperm.yaml:2:15: rcperm.yaml: cannot judge which grants are unused: 3 requests are unresolved (the first at app/app.go:29:2)",
		"4 findings: 4 unresolved-request",
		"rcperm: 1 requests checked, 3 unresolved (0 may not go to RingCentral)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("rcperm ./... lacks %q:\n%s", want, out)
		}
	}
	if code != 3 || strings.Contains(out, "unused-permission") {
		t.Errorf("rcperm ./... = exit %d, want 3 and no removal advice:\n%s", code, out)
	}

	out, _ = run(t, dir, nil, rcpermBin, "explain", "-unresolved", "./...")
	if n := strings.Count(out, "rcperm cannot tell its operation"); n != 3 {
		t.Errorf("rcperm explain -unresolved lists %d requests, want 3:\n%s", n, out)
	}

	// manifest -w through a symlink: the target is rewritten, every grant
	// kept, the requests listed.
	real := filepath.Join(dir, "config", "rcperm.yaml")
	writeFiles(t, dir, map[string]string{"config/rcperm.yaml": manifest})
	link := filepath.Join(dir, "rcperm.yaml")
	if err := os.Remove(link); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	out, code = run(t, dir, nil, rcpermBin, "manifest", "-w", "./...")
	if code != 0 || !strings.Contains(out, "kept every grant: 3 requests are unresolved") {
		t.Errorf("rcperm manifest -w = exit %d\n%s\nwant it to say it kept every grant", code, out)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("rcperm.yaml is no longer a symlink (%v)", err)
	}
	// A second run rewrites the generated comment rather than adding one.
	if out, code := run(t, dir, nil, rcpermBin, "manifest", "-w", "./..."); code != 0 {
		t.Fatalf("second rcperm manifest -w = exit %d\n%s", code, out)
	}
	data, err := os.ReadFile(real)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(data), "# rcperm manifest -w: what it cannot decide"); n != 1 {
		t.Errorf("the manifest holds %d generated comments, want 1:\n%s", n, data)
	}
	if s := string(data); !strings.Contains(s, "permissions: [ReadCallLog, Faxes]") || !strings.Contains(s, "# ours") ||
		strings.Count(s, "rcperm cannot tell its operation, at app/app.go") != 3 {
		t.Errorf("the manifest -w wrote:\n%s\nwant every grant, the comment, and the 3 requests listed", s)
	}

	// //rcperm:route names the operations; then the grants are judged.
	src := strings.Replace(unresolvableApp, "\thttp.Get(rcServer + os.Getenv(\"RC_REPORT_PATH\"))",
		"\t//rcperm:route GET /restapi/v1.0/account/~/call-log\n\thttp.Get(rcServer + os.Getenv(\"RC_REPORT_PATH\"))", 1)
	src = strings.Replace(src, "\trcgo.RestClient{}", "\t//rcperm:ignore posts to our own relay\n\trcgo.RestClient{}", 1)
	src = strings.Replace(src, "+ os.Getenv(\"KIND\"))", "+ os.Getenv(\"KIND\")) //rcperm:route GET /restapi/v1.0/account/~/extension", 1)
	writeFiles(t, dir, map[string]string{"app/app.go": src})
	out, code = run(t, dir, nil, rcpermBin, "./...")
	for _, want := range []string{
		"(listExtensions) needs [ReadAccounts], which rcperm.yaml does not grant",
		"grants Faxes, which no RingCentral request of the packages it governs needs: remove it",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("with directives, rcperm ./... lacks %q:\n%s", want, out)
		}
	}
	if code != 3 || strings.Contains(out, "unresolved") {
		t.Errorf("with directives: exit %d, want 3 and nothing unresolved:\n%s", code, out)
	}
}

// TestPartOfTheApp: run on one program of an app, rcperm gives no advice
// to remove a grant (another program may need it) and says which
// packages it did not see; manifest -w on that program keeps every
// grant and the manifest's comments. The same run over ./... judges.
func TestPartOfTheApp(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"./cmd/server"}, {"-C", "cmd/server", "."}} {
		dir := t.TempDir()
		writeSharedApp(t, dir, sharedManifest, nil)
		cmdArgs := args
		runDir := dir
		if args[0] == "-C" {
			runDir, cmdArgs = filepath.Join(dir, args[1]), args[2:]
		}
		out, code := run(t, runDir, nil, rcpermBin, cmdArgs...)
		if code != 0 || strings.Contains(out, "remove it") || !strings.Contains(out, "no unused-permission advice for ") ||
			!strings.Contains(out, "worker)") {
			t.Errorf("rcperm %s in %s = exit %d\n%s\nwant 0, no removal advice, and cmd/worker named as not analyzed", strings.Join(cmdArgs, " "), runDir, code, out)
		}
		out, code = run(t, runDir, nil, rcpermBin, append([]string{"manifest", "-w"}, cmdArgs...)...)
		data, err := os.ReadFile(filepath.Join(dir, "rcperm.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		if code != 0 || string(data) != sharedManifest {
			t.Errorf("rcperm manifest -w %s = exit %d\n%s\nthe manifest became:\n%s\nwant it unchanged", strings.Join(cmdArgs, " "), code, out, data)
		}
	}
}

// TestNamedManifestWithNothingToCheck: a manifest the user named that
// cannot be read fails the run even where no package makes a request.
func TestNamedManifestWithNothingToCheck(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [ReadCallLog]\n", "package main\n\nconst N = 1\n\nfunc main() {}\n")
	for _, manifest := range []string{"typo.yaml", "rcperm.yaml"} {
		if manifest == "rcperm.yaml" {
			writeFiles(t, dir, map[string]string{"rcperm.yaml": "permissions: [ReadCallLogs]\n"})
		}
		out, code := run(t, dir, nil, rcpermBin, "-manifest="+manifest, "./...")
		if code == 0 || !strings.Contains(out, manifest) {
			t.Errorf("rcperm -manifest=%s ./... = exit %d\n%s\nwant a failure that names the manifest", manifest, code, out)
		}
	}
}

// mayGoApp makes two requests to servers known only at run time that
// may or may not be RingCentral: SCIM, a path many servers have, and an
// archive that mirrors RingCentral's path layout with a method RingCentral
// does not serve there.
const mayGoApp = `package main

import (
	"net/http"
	"os"
)

func main() {
	http.Get(os.Getenv("SCIM_SERVER") + "/scim/v2/Users")
	req, _ := http.NewRequest(http.MethodPut, os.Getenv("ARCHIVE")+"/restapi/v1.0/account/~/call-log/1", nil)
	http.DefaultClient.Do(req)
}
`

// TestMayGoToRingCentral: neither request is silent nor reported as an
// operation: each is an unresolved request (the SCIM one surely
// RingCentral's, being a path of its operations after a run-time server;
// the archive one maybe not), and unused advice waits.
func TestMayGoToRingCentral(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [ReadAccounts]\n", mayGoApp)
	out, _ := run(t, dir, nil, rcpermBin, "./...")
	for _, want := range []string{"2 unresolved (1 may not go to RingCentral)"} {
		if !strings.Contains(out, want) {
			t.Errorf("rcperm ./... lacks %q:\n%s", want, out)
		}
	}
	for _, bad := range []string{"unknown-operation", "no such RingCentral operation", "unused-permission"} {
		if strings.Contains(out, bad) {
			t.Errorf("rcperm ./... reports %q:\n%s", bad, out)
		}
	}
	out, _ = run(t, dir, nil, rcpermBin, "explain", "-unresolved", "./...")
	for _, want := range []string{"main.go:9:2: GET {}/scim/v2/Users goes to RingCentral", "main.go:10:12: PUT {}/restapi/v1.0/account/~/call-log/1 may go to RingCentral"} {
		if !strings.Contains(out, want) {
			t.Errorf("rcperm explain -unresolved lacks %q:\n%s", want, out)
		}
	}
}
