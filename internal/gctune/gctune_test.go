package gctune

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestTune: without GOGC or GOMEMLIMIT in the environment, Tune raises
// GOGC under a memory limit; with either, it leaves the user's settings.
func TestTune(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))

	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	Tune()
	if got := debug.SetGCPercent(100); got != percent {
		t.Errorf("GOGC after Tune = %d, want %d", got, percent)
	}
	if got := debug.SetMemoryLimit(math.MaxInt64); got != limit {
		t.Errorf("memory limit after Tune = %d, want %d", got, limit)
	}

	t.Setenv("GOGC", "50")
	debug.SetGCPercent(50)
	Tune()
	if got := debug.SetGCPercent(100); got != 50 {
		t.Errorf("GOGC=50 in the environment: Tune set %d", got)
	}
}
