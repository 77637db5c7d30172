package main_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/rcperm/rcperm/internal/manifest"
	"github.com/rcperm/rcperm/permissions"
)

// The route text of the analyzed code reaches every output, and that code
// may be hostile (issue 23, items 2 and 3): a newline in a route printed
// as is starts a line of its own, which GitHub Actions runs as a workflow
// command when rcperm runs in a plain run: step, and which ends the YAML
// comment `rcperm manifest` prints the route in, making what follows
// manifest entries. Every output escapes it.

// hostileRoutes are requests whose routes hold a workflow command, YAML
// list items, a terminal escape and a bidirectional override, each in a
// segment that a template parameter takes (so that the route is an
// operation, ReadCallLog's) or in an unknown route.
var hostileRoutes = sdkApp(
	`rc.Get("/restapi/v1.0/account/~/extension/~/call-log/x\n::error file=README.md,line=1::rcperm passed")`,
	`rc.Get("/restapi/v1.0/account/~/extension/~/call-log/x\n  - Faxes\n  - EditAccounts\n  # ")`,
	`rc.Get("/restapi/v1.0/account/~/extension/~/call-log/x\r\x1b[2K\x1b[1Aclean")`,
	`rc.Get("/restapi/v1.0/account/~/call-logz\u202e\n::warning::x")`,
)

func TestHostileRouteText(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [ReadAccounts]\n", hostileRoutes)
	for _, tt := range []struct {
		args []string
		// commands: the output's lines are workflow commands (-format=github)
		commands bool
	}{
		{[]string{"./..."}, false},
		{[]string{"-format=github", "./..."}, true},
		{[]string{"explain", "ReadCallLog", "./..."}, false},
		{[]string{"manifest", "./..."}, false},
	} {
		out, _ := run(t, dir, nil, rcpermBin, tt.args...)
		if !strings.Contains(out, `call-log/x\n::error file=README.md`) || !strings.Contains(out, `call-log/x\n  - Faxes\n`) {
			t.Errorf("rcperm %v does not show the routes, escaped:\n%s", tt.args, out)
		}
		for i, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "::") && !tt.commands ||
				strings.ContainsAny(line, "\r\x1b\u202e") || strings.HasPrefix(line, "  - Faxes") {
				t.Errorf("rcperm %v: line %d is the analyzed code's: %q\n%s", tt.args, i+1, line, out)
			}
		}
	}
}

// TestHostileManifestComment: the manifest rcperm writes for code whose
// route holds YAML list items grants exactly what the code needs, where
// it used to grant them too.
func TestHostileManifestComment(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeModule(t, dir, "permissions: [ReadAccounts]\n", sdkApp(
		`rc.Get("/restapi/v1.0/account/~/extension/~/call-log/x\n  - Faxes\n  - EditAccounts\n  # ")`))
	out, code := run(t, dir, nil, rcpermBin, "manifest", "./...")
	if code != 0 {
		t.Fatalf("rcperm manifest = exit %d\n%s", code, out)
	}
	m, err := manifest.Parse("rcperm.yaml", []byte(out))
	if err != nil {
		t.Fatalf("rcperm manifest wrote no manifest: %v\n%s", err, out)
	}
	if got, want := m.Granted.Permissions(), []permissions.Permission{"ReadCallLog"}; !slices.Equal(got, want) {
		t.Errorf("rcperm manifest grants %v, want %v\n%s", got, want, out)
	}
}
