// Package driver is rcperm's standalone go/analysis driver: it loads the
// packages of a command line (load.go, which says why rcperm checks only
// some of them from source), runs the analyzer over them in dependency
// order with their facts in memory (schedule.go, run.go), reads
// third-party packages the program hands routes to on demand
// (ondemand.go), and turns the run into findings and checked requests
// (findings.go). With the cache (cachedrun.go, cachefill.go) it reuses the
// analyses of unchanged packages that an earlier run stored: what is kept,
// under which key and where is internal/resultcache's; which packages to
// reuse, and listing no more than that needs, is this package's. The
// command line and the output formats are cmd/rcperm's.
package driver
