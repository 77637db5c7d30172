package main_test

import (
	"strings"
	"testing"
)

// TestJobsRunElsewhere: jobs whose routes are their own fields, queued by
// one package, run off a channel by a scheduler in another, through a
// client main wires in (the analyzer's jobsched fixture). The jobs'
// package writes no route of its own, yet each job's request is checked
// at the literal that writes its route; a job that only logs its path is
// no request.
func TestJobsRunElsewhere(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeStandInModule(t, dir, "example.com/jobsched", "example.com/jobsched")
	out, _ := run(t, dir, nil, rcpermBin, "./...")
	got := strings.Join(findings(out, dir), "\n")
	for _, want := range []string{
		"plan/plan.go:22:52: PUT /restapi/v1.0/account/~/extension/{extensionId}/presence (updateUserPresenceStatus) needs [EditPresence]",
		"plan/plan.go:23:40: GET /restapi/v1.0/account/~/extension (listExtensions) needs [ReadAccounts]",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("rcperm ./... misses %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "message-store") || strings.Contains(got, "unresolved") {
		t.Errorf("rcperm ./... reports a job that only logs its path, or leaves a job unresolved:\n%s", got)
	}
}
