package main_test

import (
	"strings"
	"testing"
)

// TestObjectsWiredIntoHolders: repositories main wires into a service's
// fields, each with its own descriptor (the analyzer's wiredrepo
// fixture). Each store into a field is the request of the methods the
// service calls on that field, reported at the store; the service's
// reads, answered there, are not left unresolved, a scoped copy's
// (d.Tasks.Within(id).Create) included; a repository handed to a
// constructor is the request at the constructor's call; and the
// repository on
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
		"app/main.go:23:13: POST /team-messaging/v1/chats/{parentId}/tasks (createTaskNew)",
		"app/main.go:28:6: DELETE /restapi/v1.0/account/{accountId}/extension/{extensionId}/message-store/{id} (deleteMessage)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("rcperm ./... does not report %q:\n%s", want, got)
		}
	}
	for _, bad := range []string{"app/main.go:25:", "listMessages", "listChatTasksNew", "unresolved", "cannot tell"} {
		if strings.Contains(got, bad) {
			t.Errorf("rcperm ./... reports %q:\n%s", bad, got)
		}
	}
}
