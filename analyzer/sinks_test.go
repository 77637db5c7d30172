package analyzer

import (
	"strings"
	"testing"

	"github.com/rcperm/rcperm/permissions"
)

// TestSDKRoutesAgainstTheMap lists the generated SDK's methods whose route
// RingCentral's current API lacks: calling one is a deprecated-operation
// finding when the legacy table has it, else an unknown-operation one. The
// counts are docs/analysis.md's; a change in the spec or the SDK shows up here.
func TestSDKRoutesAgainstTheMap(t *testing.T) {
	t.Parallel()
	var methods, missing, deprecated int
	for key, sk := range loadSinks() {
		if !strings.HasPrefix(key, generatedSDK+".") {
			continue
		}
		methods++
		if m := permissions.Lookup(sk.method, sk.path); m.Verdict != permissions.Found {
			missing++
			if m.Verdict == permissions.Deprecated {
				deprecated++
			}
			t.Logf("%s: %s %s: %v", strings.TrimPrefix(key, generatedSDK+"."), sk.method, sk.path, m.Verdict)
		}
	}
	if methods != 218 || missing != 81 || deprecated != 79 {
		t.Errorf("%d generated SDK methods, %d of them on routes the current map lacks, %d of those legacy; docs/analysis.md says 218, 81 and 79",
			methods, missing, deprecated)
	}
}
