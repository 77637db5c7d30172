package main_test

import (
	"strings"
	"testing"
)

// TestObjectsWiredIntoHolders: repositories main wires into a service's
// fields, each with its own descriptor (the analyzer's wiredrepo
// fixture). Each store into a field is the request of the methods the
// service calls on that field, reported at the store; the service's
// reads, answered there, are not left unresolved; and the repository on
// another company's server makes no request of RingCentral's.
func TestObjectsWiredIntoHolders(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeStandInModule(t, dir, "example.com/wiredrepo", "example.com/wiredrepo")
	out, _ := run(t, dir, nil, rcpermBin, "./...")
	got := strings.Join(findings(out, dir), "\n")
	for _, want := range []string{
		"app/main.go:20:13: GET /restapi/v1.0/account/{accountId}/extension/{extensionId}/call-log (readUserCallLog)",
		"app/main.go:21:13: DELETE /restapi/v1.0/account/{accountId}/extension/{extensionId}/message-store/{id} (deleteMessage)",
		"app/main.go:22:13: POST /restapi/v1.0/account/{accountId}/extension/{extensionId}/sms (createSMSMessage)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("rcperm ./... does not report %q:\n%s", want, got)
		}
	}
	for _, bad := range []string{"app/main.go:24:", "listMessages", "unresolved", "cannot tell"} {
		if strings.Contains(got, bad) {
			t.Errorf("rcperm ./... reports %q:\n%s", bad, got)
		}
	}
}
