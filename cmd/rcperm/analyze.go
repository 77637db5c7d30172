package main

import (
	"flag"
	"go/token"
	"os"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
)

// loadFlags are the flags every mode that loads packages itself shares.
type loadFlags struct {
	cfg     analyzer.Config
	tests   bool
	allDeps bool
	tags    string
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
	fs.BoolVar(&f.allDeps, "all-deps", false, "follow wrappers in every dependency, checked from source (slower; by default: the modules being analyzed, local replacements and vendored copies)")
}

// analyze loads the packages matching patterns and runs rcperm on them.
func analyze(f *loadFlags, patterns []string) (*analysisRun, error) {
	prog, err := loadProgram(patterns, f.tests, f.allDeps, f.tags)
	if err != nil {
		return nil, err
	}
	return runAnalyzer(prog, analyzer.New(f.cfg))
}

// findings returns the diagnostics of the root packages with their
// positions, each once (a package and its test variant share files).
func (r *analysisRun) findings() []finding {
	var out []finding
	seen := map[string]bool{}
	for _, pr := range r.roots {
		steps := pr.steps()
		for _, d := range pr.diagnostics {
			f := finding{Category: d.Category, Message: d.Message, Pos: r.fset.Position(d.Pos)}
			if d.End.IsValid() {
				f.End = r.fset.Position(d.End)
			}
			for _, rel := range d.Related {
				pos := r.fset.Position(rel.Pos)
				if step, ok := steps[rel.Message]; ok {
					pos = token.Position{Filename: step.File, Line: step.Line, Column: step.Col}
				}
				f.Related = append(f.Related, relatedInfo{Pos: pos, Message: rel.Message})
			}
			key := f.Pos.String() + "\x00" + f.Category + "\x00" + f.Message
			if !seen[key] {
				seen[key] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// requests returns the checked requests of the root packages, each once.
func (r *analysisRun) requests() []analyzer.Request {
	var out []analyzer.Request
	seen := map[string]bool{}
	for _, pr := range r.roots {
		if pr.result == nil {
			continue
		}
		for _, req := range pr.result.Requests {
			key := r.fset.Position(req.Pos).String() + "\x00" + req.Method + "\x00" + req.Route
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

// steps indexes the wrapper steps of the package's requests by the message
// findings show them with, so that each related location gets its own
// place even when the step is in another package.
func (pr *packageRun) steps() map[string]analyzer.Step {
	steps := map[string]analyzer.Step{}
	if pr.result != nil {
		for _, req := range pr.result.Requests {
			for _, step := range req.Chain {
				steps[step.Message()] = step
			}
		}
	}
	return steps
}
