package main

import (
	"runtime/debug"
	"testing"
)

// TestVersionOf: what rcperm version prints for each way go stamps a
// build: a module version from go install pkg@version, a clone's
// revision (dirty or not), or nothing. TestVersion runs the binary the
// tests built, which the go command stamps or not (GOFLAGS=-buildvcs).
func TestVersionOf(t *testing.T) {
	const rev = "0123456789abcdef0123456789abcdef01234567"
	vcs := func(modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: modified}}
	}
	for _, tt := range []struct {
		name string
		info debug.BuildInfo
		want string
	}{
		{"go install @version", debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}, Settings: vcs("false")}, "v1.2.3"},
		{"pseudo-version of a clone", debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261130203338-0123456789ab+dirty"}, Settings: vcs("true")}, "v0.0.0-20261130203338-0123456789ab+dirty"},
		{"clean clone, no module version", debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs("false")}, rev},
		{"dirty clone, no module version", debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs("true")}, rev + "+dirty"},
		{"not stamped", debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "devel"},
	} {
		if got := versionOf(&tt.info); got != tt.want {
			t.Errorf("%s: versionOf = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestVersionLine: a build without a version says how to get one.
func TestVersionLine(t *testing.T) {
	for _, tt := range []struct{ version, want string }{
		{"v1.2.3", "rcperm v1.2.3"},
		{"0123456789abcdef0123456789abcdef01234567+dirty", "rcperm 0123456789abcdef0123456789abcdef01234567+dirty"},
		{"devel", "rcperm devel (no version: install a release with go install github.com/rcperm/rcperm/cmd/rcperm@latest, or build from a git checkout)"},
	} {
		if got := versionLine(tt.version); got != tt.want {
			t.Errorf("versionLine(%q) = %q, want %q", tt.version, got, tt.want)
		}
	}
}
