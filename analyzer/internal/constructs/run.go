package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/rcperm/rcperm/analyzer"
)

// A status is what rcperm made of a case.
type status string

const (
	resolved   status = "ok"         // the finding the case expects, and no other
	noisy      status = "noisy"      // the finding the case expects, and others
	missed     status = "miss"       // no finding at all
	unresolved status = "unresolved" // rcperm says it cannot tell the route
	wrong      status = "wrong"      // findings, none the expected one
	clean      status = "clean"      // a trap without findings
	falsePos   status = "fp"         // a trap with a finding
)

// expected is the finding every non-trap case expects, anywhere in its
// file: rcperm reports a forwarded route where it becomes known (at the
// call of a forwarder), not always at the request.
var expected = regexp.MustCompile(`needs \[ReadCallLog\], which rcperm.yaml does not grant`)

// cannotTell is rcperm's report of a request whose route it lost.
var cannotTell = regexp.MustCompile(`rcperm cannot tell which RingCentral operation`)

// An outcome is a case's status and the findings in its file.
type outcome struct {
	status   status
	findings []string
}

// measure generates cs into a temporary GOPATH, runs rcperm over all of
// them in one load, and returns each case's outcome by id.
func measure(standins string, cs []*kase) (map[string]outcome, error) {
	dir, err := os.MkdirTemp("", "rcperm-constructs-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	return measureIn(dir, standins, cs)
}

// measureIn is measure in dir, which it leaves in place.
func measureIn(dir, standins string, cs []*kase) (map[string]outcome, error) {
	pkgs, err := write(dir, standins, cs)
	if err != nil {
		return nil, err
	}
	findings, err := analyze(dir, pkgs)
	if err != nil {
		return nil, err
	}
	out := make(map[string]outcome, len(cs))
	for _, c := range cs {
		// Its file, and its file in its lib package if it has one.
		fs := findings[filepath.Join(dir, "src", filepath.FromSlash(c.pkg), c.file)]
		fs = append(fs, findings[filepath.Join(dir, "src", filepath.FromSlash(c.lib()), c.file)]...)
		out[c.id()] = outcome{classify(c.set.isTrap(), fs), fs}
	}
	return out, nil
}

// classify judges a case's findings.
func classify(trap bool, fs []string) status {
	switch {
	case trap && len(fs) > 0:
		return falsePos
	case trap:
		return clean
	case len(fs) == 0:
		return missed
	}
	var found, lost, other bool
	for _, f := range fs {
		switch {
		case expected.MatchString(f):
			found = true
		case cannotTell.MatchString(f):
			lost = true
		default:
			other = true
		}
	}
	switch {
	case found && (lost || other):
		return noisy
	case found:
		return resolved
	case other:
		return wrong
	}
	return unresolved
}

// analyze loads the packages from the GOPATH dir, as analysistest does,
// runs rcperm on them and returns its findings by file. The // want
// comments are not checked: a miss is a figure of the matrix, not an
// error, and facts need no comments.
func analyze(dir string, patterns []string) (map[string][]string, error) {
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax | packages.NeedModule,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	var errs []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			errs = append(errs, e.Error())
		}
	})
	if len(errs) > 0 {
		return nil, fmt.Errorf("generated cases do not compile:\n%s", strings.Join(errs, "\n"))
	}
	res, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, pkgs, nil)
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for _, act := range res.Roots {
		if act.Err != nil {
			return nil, fmt.Errorf("rcperm on %s: %v", act.Package.PkgPath, act.Err)
		}
		for _, d := range act.Diagnostics {
			p := act.Package.Fset.Position(d.Pos)
			out[p.Filename] = append(out[p.Filename], fmt.Sprintf("%d: %s", p.Line, d.Message))
		}
	}
	return out, nil
}
