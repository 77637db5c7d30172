package main_test

import (
	"strings"
	"sync"
	"testing"
)

// exampleRuns are the rcperm commands on the example app that more than one
// test looks at, each run once for all of them: the commands write nothing,
// so one run's output and exit code are every run's, and a standalone run
// on the example, which imports net/http, costs about a second and a half
// of CPU. Keyed by the arguments.
var exampleRuns sync.Map // string → *exampleRun

type exampleRun struct {
	once sync.Once
	out  string
	code int
}

// runExample runs rcperm with args in the example app, as run does, once
// for all the tests that ask for the same args.
func runExample(t *testing.T, args ...string) (string, int) {
	t.Helper()
	r, _ := exampleRuns.LoadOrStore(strings.Join(args, "\x00"), new(exampleRun))
	e := r.(*exampleRun)
	e.once.Do(func() { e.out, e.code = run(t, testdataDir(t, "example"), nil, rcpermBin, args...) })
	return e.out, e.code
}
