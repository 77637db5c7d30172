package golangci

import (
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// oneIssuePerFinding wraps rcperm so that each finding is one golangci-lint
// issue. golangci-lint makes an issue of every related information of a
// diagnostic, so a request reached through a wrapper chain counted once for
// itself and once for each step (21 issues for 14 findings on the example).
// The chain explains the finding; it goes into the message instead. Paths
// below wd, golangci-lint's working directory, are written relative to it,
// as golangci-lint writes the issues' own positions.
func oneIssuePerFinding(a *analysis.Analyzer, wd string) *analysis.Analyzer {
	wrapped := *a
	wrapped.Run = func(pass *analysis.Pass) (any, error) {
		inner := *pass
		inner.Report = func(d analysis.Diagnostic) {
			d.Message = relativeTo(wd, withChain(d))
			d.Related = nil
			pass.Report(d)
		}
		return a.Run(&inner)
	}
	return &wrapped
}

// withChain is d's message followed by its related information, in order:
// "... (CMN-401) (via rc.Get at rc/rc.go:9:9; via net/http.NewRequest at ...)".
func withChain(d analysis.Diagnostic) string {
	if len(d.Related) == 0 {
		return d.Message
	}
	steps := make([]string, len(d.Related))
	for i, r := range d.Related {
		steps[i] = r.Message
	}
	return d.Message + " (" + strings.Join(steps, "; ") + ")"
}

// relativeTo writes the paths of msg that are below dir relative to it,
// and dir itself, where a path ends (such as a manifest problem's module
// root, "/src/app: no rcperm.yaml ..."), as ".".
func relativeTo(dir, msg string) string {
	if dir == "" {
		return msg
	}
	dir = filepath.Clean(dir)
	msg = strings.ReplaceAll(msg, dir+string(filepath.Separator), "")
	return regexp.MustCompile(regexp.QuoteMeta(dir)+`([:,;) ]|$)`).ReplaceAllString(msg, ".$1")
}
