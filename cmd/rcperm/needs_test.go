package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestManifestNeeds: rcperm manifest on the example app lists what its
// subscriptions' filters and transports need, and the user permissions of
// its requests as comments.
func TestManifestNeeds(t *testing.T) {
	t.Parallel()
	out, code := runExample(t, "manifest", "./...")
	if code != 0 {
		t.Fatalf("rcperm manifest = exit %d\n%s", code, out)
	}
	for _, want := range []string{
		"  # event filter /restapi/v1.0/account/~/telephony/sessions at cmd/callcenter/subscribe.go:18:4\n  - CallControl\n",
		"  # event filter /restapi/v1.0/account/~/extension/~/presence?detailedTelephonyState=true at cmd/callcenter/subscribe.go:17:4\n  - ReadPresence\n",
		"  # event filter /restapi/v1.0/account/~/extension/~/message-store/instant?type=SMS needs ReadMessages, which SMS includes, at cmd/callcenter/subscribe.go:30:28\n",
		"  # subscription transport WebHook at cmd/callcenter/subscribe.go:21:19\n  # subscription transport WebHook at cmd/callcenter/subscribe.go:31:54\n  - SubscriptionWebhook\n",
		"# the user this app runs as needs: FullCompanyCallLog for readCompanyCallLog at calllog/calllog.go:13:15\n",
		"# user-permissions: [FullCompanyCallLog, OutboundSMS, ReadCallLog, ReadMessages, ReadPresenceStatus]\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("rcperm manifest output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "cannot follow") {
		t.Errorf("rcperm manifest takes an event filter for a route it cannot follow:\n%s", out)
	}
	if strings.Contains(out, "  - ReadMessages\n") {
		t.Errorf("rcperm manifest lists ReadMessages, which SMS includes:\n%s", out)
	}
}

// companyCallLogApp is a module whose library package reads the company
// call log, which needs the user permission FullCompanyCallLog, through a
// wrapper in another package, over the stand-in of the ringcentral-go SDK:
// go vet carries the need across packages in a fact, and checks no std
// package for each manifest (see callLogApp).
func companyCallLogApp(t *testing.T, dir string) {
	t.Helper()
	writeModule(t, dir, "", "package app\n\nimport \"example.com/app/calllog\"\n\nfunc Run() { calllog.Read(\"call-log\") }\n")
	writeFiles(t, dir, map[string]string{"calllog/calllog.go": `package calllog

import rcgo "github.com/ringcentral/ringcentral-go"

// Read reads an account resource.
func Read(resource string) {
	rc := rcgo.RestClient{}
	rc.Get("/restapi/v1.0/account/~/" + resource)
}
`})
}

// TestUserPermissions: with user-permissions in the manifest, standalone
// rcperm and go vet report the request whose user permission the role
// lacks, and nothing when it grants them all.
func TestUserPermissions(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	companyCallLogApp(t, dir)
	const app = "permissions: [ReadCallLog]\n"
	tmp := t.TempDir()
	lacking := filepath.Join(tmp, "lacking.yaml")
	full := filepath.Join(tmp, "full.yaml")
	if err := os.WriteFile(lacking, []byte(app+"user-permissions: [EditCallLog, OutboundSMS, ReadCallLog, ReadMessages, ReadPresenceStatus]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(full, []byte(app+"user-permissions: [EditCallLog, FullCompanyCallLog, OutboundSMS, ReadCallLog, ReadMessages, ReadPresenceStatus]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	const want = `main.go:5:14: GET /restapi/v1.0/account/~/call-log (readCompanyCallLog) needs the user permission FullCompanyCallLog, which the user-permissions of lacking.yaml do not grant: RingCentral answers 403 CMN-408 "In order to call this API endpoint, user needs to have [FullCompanyCallLog] permission for requested resource."`
	for _, host := range [][]string{{rcpermBin}, {"go", "vet", "-vettool=" + rcpermBin}} {
		args := append(host[1:], "-manifest="+lacking, "./...")
		out, _ := run(t, dir, nil, host[0], args...)
		if got := strings.Count(out, "needs the user permission"); got != 1 || !strings.Contains(out, want) {
			t.Errorf("%v with user-permissions lacking FullCompanyCallLog: %d user-permission findings, want 1:\n%s", host, got, out)
		}
		args = append(host[1:], "-manifest="+full, "./...")
		if out, _ := run(t, dir, nil, host[0], args...); strings.Contains(out, "user permission") {
			t.Errorf("%v with every user permission declared still reports:\n%s", host, out)
		}
	}
}

// TestExplainNeeds: rcperm explain shows the filters and transports that
// need an app permission, and the requests whose user needs a user
// permission.
func TestExplainNeeds(t *testing.T) {
	t.Parallel()
	dir := testdataDir(t, "example")
	for perm, want := range map[string]string{
		"SubscriptionWebhook": "cmd/callcenter/subscribe.go:21:19: subscription transport WebHook needs [SubscriptionWebhook]\n" +
			"cmd/callcenter/subscribe.go:31:54: subscription transport WebHook needs [SubscriptionWebhook]\n",
		"CallControl": "cmd/callcenter/subscribe.go:18:4: event filter /restapi/v1.0/account/~/telephony/sessions needs [CallControl]\n",
		"FullCompanyCallLog": "calllog/calllog.go:13:15: GET /restapi/v1.0/account/~/call-log (readCompanyCallLog) needs the user permission FullCompanyCallLog (403 CMN-408 without it)\n" +
			"\tvia (*example.com/callcenter/rc.Client).Do at rc/client.go:19:9\n" +
			"\tvia net/http.NewRequestWithContext at rc/client.go:24:14\n",
	} {
		want = "\ncalls that need " + perm + ":\n" + want
		if out, code := run(t, dir, nil, rcpermBin, "explain", perm, "./..."); code != 0 || !strings.HasSuffix(out, want) {
			t.Errorf("rcperm explain %s = exit %d\n%s\nwant exit 0 and\n%s", perm, code, out, want)
		}
	}
}

// TestExplainInLineOrder: rcperm explain and rcperm manifest list the calls
// in file order, line 9 before line 10, whose positions sort the other way
// as text.
func TestExplainInLineOrder(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [ReadCallLog]\n", sdkApp("_ = 0", "_ = 0",
		`rc.Get("/restapi/v1.0/account/~/extension/~/call-log")`, `rc.Get("/restapi/v1.0/account/~/call-log")`))
	want := "\ncalls that need ReadCallLog:\n" +
		"main.go:9:2: GET /restapi/v1.0/account/~/extension/~/call-log (readUserCallLog) needs [ReadCallLog]\n" +
		"main.go:10:2: GET /restapi/v1.0/account/~/call-log (readCompanyCallLog) needs [ReadCallLog]\n" +
		"main.go:9:2: GET /restapi/v1.0/account/~/extension/~/call-log (readUserCallLog) needs the user permission ReadCallLog (403 CMN-408 without it)\n"
	if out, code := run(t, dir, nil, rcpermBin, "explain", "ReadCallLog", "./..."); code != 0 || !strings.HasSuffix(out, want) {
		t.Errorf("rcperm explain ReadCallLog = exit %d\n%s\nwant exit 0 and\n%s", code, out, want)
	}
	want = "  # GET /restapi/v1.0/account/~/extension/~/call-log (readUserCallLog) at main.go:9:2\n" +
		"  # GET /restapi/v1.0/account/~/call-log (readCompanyCallLog) at main.go:10:2\n"
	if out, code := run(t, dir, nil, rcpermBin, "manifest", "./..."); code != 0 || !strings.Contains(out, want) {
		t.Errorf("rcperm manifest = exit %d\n%s\nwant exit 0 and\n%s", code, out, want)
	}
}

// TestUserPermissionAlternatives: updateExtension needs the user
// permission "EditUserInfo OR EditUserCredentials". A role that grants
// either may call it; rcperm manifest suggests a name a manifest accepts
// and says the other would do; rcperm explain finds the request by either.
func TestUserPermissionAlternatives(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [EditExtensions]\n", sdkApp(`rc.Put("/restapi/v1.0/account/~/extension/~", nil)`))
	out, code := run(t, dir, nil, rcpermBin, "manifest", "./...")
	for _, want := range []string{
		"# the user this app runs as needs: EditUserInfo OR EditUserCredentials for updateExtension at main.go:7:2\n",
		"# user-permissions: [EditUserInfo]\n# (or, as the role grants: EditUserCredentials for EditUserInfo)\n",
	} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("rcperm manifest = exit %d, lacks %q:\n%s", code, want, out)
		}
	}
	for _, role := range []string{"EditUserInfo", "EditUserCredentials"} {
		manifest := filepath.Join(dir, role+".yaml")
		if err := os.WriteFile(manifest, []byte("permissions: [EditExtensions]\nuser-permissions: ["+role+"]\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, code := run(t, dir, nil, rcpermBin, "-manifest="+manifest, "./..."); code != 0 {
			t.Errorf("rcperm with user-permissions [%s] = exit %d, want 0: either alternative lets the role call it\n%s", role, code, out)
		}
		const want = "main.go:7:2: PUT /restapi/v1.0/account/~/extension/~ (updateExtension) needs the user permission EditUserInfo OR EditUserCredentials (403 CMN-408 without it)\n"
		if out, code := run(t, dir, nil, rcpermBin, "explain", role, "./..."); code != 0 || !strings.Contains(out, want) {
			t.Errorf("rcperm explain %s = exit %d, lacks %q:\n%s", role, code, want, out)
		}
	}
	manifest := filepath.Join(dir, "neither.yaml")
	if err := os.WriteFile(manifest, []byte("permissions: [EditExtensions]\nuser-permissions: [ReadCallLog]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, code := run(t, dir, nil, rcpermBin, "-manifest="+manifest, "./..."); code != 3 || !strings.Contains(out, "needs the user permission EditUserInfo OR EditUserCredentials") {
		t.Errorf("rcperm with neither alternative = exit %d, want 3 and the CMN-408 finding:\n%s", code, out)
	}
}
