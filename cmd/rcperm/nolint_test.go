package main_test

import (
	"strings"
	"testing"
)

// TestNolintEveryHost: golangci-lint's //nolint:rcperm silences a finding
// in the hosts rcperm drives too, standalone, sarif and go vet, so that
// the editor and CI agree (the golangci plugin's tests check that
// golangci-lint is left to apply it).
func TestNolintEveryHost(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		findings  bool
	}{
		{`rc.Get("/restapi/v1.0/account/~/extension/~/call-log") //nolint:rcperm // the admin app holds ReadCallLog`, false},
		{`rc.Get("/restapi/v1.0/account/~/extension/~/call-log") //nolint:errcheck`, true},
	} {
		dir := t.TempDir()
		// The app's other request uses its one grant, which is then judged
		// needed: the silenced call is no need.
		writeModule(t, dir, "permissions: [ReadAccounts]\n", sdkApp(tc.statement+"\n\trc.Get(\"/restapi/v1.0/account/~/extension/~\")"))
		for _, args := range [][]string{{rcpermBin, "./..."}, {rcpermBin, "sarif", "-fail", "./..."}, {"go", "vet", "-vettool=" + rcpermBin, "./..."}} {
			out, code := run(t, dir, nil, args[0], args[1:]...)
			want := 0
			if tc.findings {
				want = 3
				if args[0] == "go" {
					want = 1
				}
			}
			if code != want {
				t.Errorf("%s with %q = exit %d, want %d\n%s", strings.Join(args, " "), tc.statement, code, want, out)
			}
		}
	}
}
