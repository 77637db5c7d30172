package analyzer

import (
	"strings"
	"testing"

	"github.com/rcperm/rcperm/permissions"
)

// TestSDKRoutesAgainstTheMap lists the generated SDK's methods whose route
// RingCentral's current API lacks: calling one is an unknown-operation
// finding. The count is the README's; a change in the spec or the SDK
// shows up here.
func TestSDKRoutesAgainstTheMap(t *testing.T) {
	t.Parallel()
	var methods, missing int
	for key, sk := range loadSinks() {
		if !strings.HasPrefix(key, generatedSDK+".") {
			continue
		}
		methods++
		if m := permissions.Lookup(sk.method, sk.path); m.Verdict != permissions.Found {
			missing++
			t.Logf("%s: %s %s: %v", strings.TrimPrefix(key, generatedSDK+"."), sk.method, sk.path, m.Verdict)
		}
	}
	if methods != 218 || missing != 81 {
		t.Errorf("%d generated SDK methods, %d of them on routes the map lacks; the README says 218 and 81", methods, missing)
	}
}
