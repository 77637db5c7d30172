package main

import (
	"flag"
	"fmt"
	"go/token"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/rcperm/rcperm/analyzer"
)

// loadFlags are the flags of the subcommands that load and analyze
// packages themselves (sarif, manifest, explain).
type loadFlags struct {
	cfg   analyzer.Config
	tests bool
	tags  string
}

func (f *loadFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.cfg.Manifest, "manifest", "", "path of the app's `rcperm.yaml` (default: the nearest one above each package, up to its module root)")
	fs.Func("permissions", "the app's permissions, comma separated, instead of a manifest file", func(s string) error {
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				f.cfg.Permissions = append(f.cfg.Permissions, p)
			}
		}
		return nil
	})
	fs.StringVar(&f.cfg.Scope, "scope", "", "the app's permissions as an OAuth scope string, instead of a manifest file")
	fs.BoolVar(&f.tests, "test", true, "also load test packages (requests in _test.go files are never reported)")
	fs.StringVar(&f.tags, "tags", "", "comma-separated build tags")
}

// analysisRun is the outcome of analyzing packages.
type analysisRun struct {
	fset    *token.FileSet
	roots   []*checker.Action
	results []*analyzer.Result // of the root packages
}

// analyze loads the packages matching patterns and runs rcperm on them.
// Packages that do not load are an error: rcperm cannot vouch for code it
// could not read.
func analyze(f *loadFlags, patterns []string) (*analysisRun, error) {
	if len(patterns) == 0 {
		patterns = []string{"."}
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Tests: f.tests}
	if f.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + f.tags}
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		return nil, fmt.Errorf("%d errors loading packages", n)
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("no packages match %s", strings.Join(patterns, " "))
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{analyzer.New(f.cfg)}, pkgs, nil)
	if err != nil {
		return nil, err
	}
	run := &analysisRun{roots: graph.Roots}
	for _, act := range graph.Roots {
		if act.Err != nil {
			return nil, fmt.Errorf("%s: %v", act.Package.PkgPath, act.Err)
		}
		run.fset = act.Package.Fset
		if res, ok := act.Result.(*analyzer.Result); ok && res != nil {
			run.results = append(run.results, res)
		}
	}
	return run, nil
}

// findings returns the diagnostics of the run with their positions, each
// once (a package and its test variant share files).
func (r *analysisRun) findings() []finding {
	var out []finding
	seen := map[string]bool{}
	for _, act := range r.roots {
		for _, d := range act.Diagnostics {
			f := finding{Category: d.Category, Message: d.Message, Pos: r.fset.Position(d.Pos)}
			if d.End.IsValid() {
				f.End = r.fset.Position(d.End)
			}
			for _, rel := range d.Related {
				f.Related = append(f.Related, relatedInfo{Pos: r.fset.Position(rel.Pos), Message: rel.Message})
			}
			key := f.Pos.String() + f.Category + f.Message
			if !seen[key] {
				seen[key] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// requests returns the checked requests of the run, each once.
func (r *analysisRun) requests() []analyzer.Request {
	var out []analyzer.Request
	seen := map[string]bool{}
	for _, res := range r.results {
		for _, req := range res.Requests {
			key := r.fset.Position(req.Pos).String() + req.Method + req.Route
			if !seen[key] {
				seen[key] = true
				out = append(out, req)
			}
		}
	}
	return out
}

// relPath shows a file relative to the working directory when it is below.
func relPath(name string) string {
	wd, err := os.Getwd()
	if err == nil && strings.HasPrefix(name, wd+string(os.PathSeparator)) {
		return name[len(wd)+1:]
	}
	return name
}
