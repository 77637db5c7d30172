package jobs

// Package jobs declares the jobs: plain structs, filled in by main, that
// a runner executes. The subscription's filters are a field here.

type Subscribe struct {
	EventFilters []string
	Address      string
}

// Report is a job whose Topics are only printed.
type Report struct {
	Topics []string
}
