package analyzer

import (
	"flag"
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/rcperm/rcperm/permissions"
)

// Config configures an rcperm analyzer. The zero value finds rcperm.yaml
// next to the code, walking up from each package's directory to its module
// root.
type Config struct {
	// Manifest is the path of the manifest to check against. A relative
	// path is taken from BaseDir.
	Manifest string
	// BaseDir is the directory a relative Manifest is relative to; "" means
	// the current directory.
	BaseDir string
	// Permissions, when not empty, are the app's permissions given inline
	// instead of a manifest file (for hosts that cannot read files, such as
	// Bazel nogo).
	Permissions []string
	// Scope is the app's permissions as an OAuth scope string, inline: an
	// alternative to Permissions.
	Scope string
}

// Categories of rcperm's diagnostics.
const (
	CategoryMissingPermission = "missing-permission"
	CategoryUnknownOperation  = "unknown-operation"
	CategoryAmbiguousRoute    = "ambiguous-route"
	CategoryUnusedPermission  = "unused-permission"
	CategoryManifest          = "manifest"
	CategoryIgnore            = "ignore"
)

// Analyzer is rcperm with its configuration from flags (-manifest,
// -permissions, -scope). Bazel nogo and go vet -vettool need this exported
// variable; hosts that configure in code use New.
var Analyzer = New(Config{})

// New returns an rcperm analyzer configured by cfg. Its flags start from
// cfg, so a host may still override them.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	a := &analysis.Analyzer{
		Name:      "rcperm",
		Doc:       doc,
		URL:       "https://pkg.go.dev/github.com/rcperm/rcperm/analyzer",
		FactTypes: []analysis.Fact{new(requestsFact), new(routeFact), new(packageFact)},
		Run:       func(pass *analysis.Pass) (any, error) { return nil, run(pass, c) },
	}
	a.Flags.StringVar(&c.Manifest, "manifest", c.Manifest, "path of the app's `rcperm.yaml` (default: the nearest one above each package, up to its module root)")
	a.Flags.Var((*listFlag)(&c.Permissions), "permissions", "the app's permissions, comma separated, instead of a manifest file")
	a.Flags.StringVar(&c.Scope, "scope", c.Scope, "the app's permissions as an OAuth scope string, instead of a manifest file")
	return a
}

// listFlag is a comma-separated flag value.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	*l = nil
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

var _ flag.Value = (*listFlag)(nil)

func run(pass *analysis.Pass, cfg *Config) error {
	// go vet runs rcperm on every dependency, std included: a package that
	// imports no sink package and nothing rcperm learned anything about
	// has nothing to check.
	relevant := false
	var needs permissions.Set
	for _, imp := range pass.Pkg.Imports() {
		if sinkPackages[imp.Path()] {
			relevant = true
		}
		var pf packageFact
		if pass.ImportPackageFact(imp, &pf) {
			needs |= pf.Needs
			relevant = relevant || pf.Wrappers
		}
	}
	if !relevant {
		if needs != 0 {
			pass.ExportPackageFact(&packageFact{Needs: needs})
		}
		return nil
	}

	scan := scanPackage(pass)
	for _, st := range scan.sites {
		needs |= st.needs()
	}
	wrappers := scan.exportFacts()
	if needs != 0 || wrappers {
		pass.ExportPackageFact(&packageFact{Needs: needs, Wrappers: wrappers})
	}

	r := newReporter(pass, cfg)
	r.check(scan.reportable())
	if main := mainFunc(pass); main != nil && needs != 0 {
		r.unused(main, needs)
	}
	r.flush()
	return nil
}

// needs is what a site's request needs, for the package's total: all a
// candidate may need when the route is ambiguous.
func (st site) needs() permissions.Set {
	var s permissions.Set
	for _, op := range st.match.Candidates {
		s |= op.Requires
	}
	return s
}

// reportable returns the sites to report: those outside test files, where
// requests go to test servers, not to RingCentral with the app's token.
func (s *packageScan) reportable() []site {
	var out []site
	for _, st := range s.sites {
		if !strings.HasSuffix(s.pass.Fset.Position(st.pos()).Filename, "_test.go") {
			out = append(out, st)
		}
	}
	return out
}

// mainFunc returns the main function of a main package.
func mainFunc(pass *analysis.Pass) *ast.FuncDecl {
	if pass.Pkg.Name() != "main" {
		return nil
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" {
				return fd
			}
		}
	}
	return nil
}
