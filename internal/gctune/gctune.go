// Package gctune sets the garbage collector for a run of rcperm: a process
// that lives for one check and allocates far more than it keeps. Each
// package's syntax and types.Info are dropped once it is analyzed, so the
// live heap stays small while the collector, at the default GOGC=100,
// collects every time the program allocates as much as it keeps: a
// quarter of a first run's CPU on a module of 400 packages went to
// collecting. A larger GOGC collects less often; a memory limit keeps the
// heap it allows from growing past what the default would reach on a
// large program.
package gctune

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

const (
	// percent is GOGC while the live heap is small: the heap may grow to
	// seven times what is live before a collection. Against GOGC=300, a
	// first run on synth N=400 costs 7% less CPU and peaks at 256 MB, not
	// 185.
	percent = 600
	// limit bounds the heap that percent allows: the collector runs when
	// the process's memory reaches it. Once the live heap passes half of
	// it, the collector would run more often than at GOGC=100, and the
	// run goes back to the default (see watch).
	limit = 600 << 20
)

// Tune sets the collector for the process, unless the environment sets
// GOGC or GOMEMLIMIT: then the user's settings hold.
func Tune() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(percent)
	debug.SetMemoryLimit(limit)
	watch()
}

// A sentinel is garbage whose cleanup runs after a collection. It holds a
// pointer: the runtime may never run the cleanup of a tiny object that
// shares its memory block with others.
type sentinel struct{ _ *byte }

// watch checks the live heap after each collection. Past half the limit,
// it restores GOGC=100 and lifts the limit: the heap then grows as it
// would by default, and collecting never costs more than by default.
func watch() {
	runtime.AddCleanup(new(sentinel), func(struct{}) {
		if liveHeap() > limit/2 {
			debug.SetMemoryLimit(math.MaxInt64)
			debug.SetGCPercent(100)
			return
		}
		watch()
	}, struct{}{})
}

// liveHeap is the heap the last collection found live, in bytes.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return math.MaxUint64 // unknown: back to the default
	}
	return s[0].Value.Uint64()
}
