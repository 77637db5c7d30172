// Package driver is rcperm's standalone go/analysis driver: it loads the
// packages of a command line (load.go, which says why rcperm checks only
// some of them from source), runs the analyzer over them in dependency
// order with their facts in memory (schedule.go, run.go), and turns the run
// into findings and checked requests (findings.go). The command line and
// the output formats are cmd/rcperm's.
package driver
