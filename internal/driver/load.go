package driver

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/resultcache"
)

// A program is the packages rcperm analyzes, type-checked from source, and
// the rest of their dependencies as the compiler's export data.
//
// rcperm follows wrappers through facts, and a go/analysis driver that
// declares facts normally parses and type-checks every dependency from
// source, std included: ten times the cost of the check itself. rcperm only
// needs facts where wrappers can be: the packages of the modules being
// analyzed (the main module, workspace modules, modules replaced by a local
// directory) and whatever depends on them. Everything else (std, the
// RingCentral SDKs, which rcperm knows by model) comes from export data,
// which `go list -export` builds and caches as for any linter without facts.
// -all-deps checks every dependency from source instead, following wrappers
// in third-party modules too, as go vet does.
type program struct {
	fset *token.FileSet
	// source are the packages checked from source, dependencies first.
	source []*sourcePackage
	// view holds the packages read from export data, by path.
	view map[string]*types.Package
	// bySource are the source packages by listed package, and exported
	// the packages the source packages import from export data.
	bySource map[*packages.Package]*sourcePackage
	exported map[*packages.Package]*types.Package
	// hashes are the files' contents the run's cache keys were computed
	// from; nil without the cache.
	hashes resultcache.Hashes
	// cfg is the listing's configuration, which listExports lists with.
	cfg *packages.Config
	// exportLists counts the go list runs of listExports.
	exportLists int
	// arch and compiler are the target's, once a go list told them, and
	// typesSizes its type sizes (see sizes).
	arch, compiler string
	typesSizes     types.Sizes
}

// A sourcePackage is a package rcperm analyzes.
type sourcePackage struct {
	pkg  *packages.Package
	root bool             // matched by the user's patterns: its findings are reported
	deps []*sourcePackage // source packages it imports
	// importer resolves its imports: source packages once checked, the
	// rest from export data.
	importer types.Importer
	// Set by check. The syntax and types.Info are the bulk of a package's
	// memory and only its own analysis reads them: the run drops them once
	// the package is analyzed (see analyzePackages). Importers need only types.
	files []*ast.File
	info  *types.Info
	types *types.Package
	err   error
	// stale is set by check when a file changed since the run's cache keys
	// were computed.
	stale bool
}

// loadMode lists packages with what checking them from source needs, but
// parses and type-checks nothing: rcperm decides what to check from source.
// It asks for no export data: go list -export compiles every package it
// lists, and the compiler's cost on some code (deeply nested composite
// literals) grows with the square of its size, where rcperm's check from
// source is linear. The export data of the packages not checked from source
// is listed once they are known (listExports), as go vet compiles the
// dependencies of the packages it vets and not those packages.
const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedModule | packages.NeedTypesSizes

// keyMode lists what the cache keys need (see resultcache.Keys), no more: without
// the compiled files (-compiled, which go/packages also passes for type
// sizes), which cost go list as much as the rest of the listing. Every run
// lists so first; the packages it checks get their compiled files from
// their Go files (see fill), and only a program that compiles generated
// files to check (cgo) is listed again with loadMode. A run that checks
// from source thus lists twice, cheaply and then the export data of what
// it does not check, at about the cost of the floor's one listing with
// export data (go list -deps -export -compiled), without compiling the
// packages it checks.
const keyMode = loadMode &^ (packages.NeedCompiledGoFiles | packages.NeedTypesSizes)

// A listing is the packages of a command line as go list gives them, and
// the choice of those rcperm checks from source.
type listing struct {
	order  []*packages.Package // dependencies first
	isRoot map[*packages.Package]bool
	// source are the packages to check from source (see sourceSet), go
	// test's generated mains aside: they have nothing of the program's own.
	source map[*packages.Package]bool
	// senders are the third-party packages found to send requests.
	senders senders
	// cfg is the configuration the packages were listed with.
	cfg *packages.Config
	// compiled is set when the packages were listed with their compiled
	// files and type sizes (loadMode); else fill gives the packages to
	// check their compiled files, and the program their sizes.
	compiled bool
}

// list lists the packages matching patterns. mode is loadMode, or keyMode
// when the run may not need to check anything (see analyzeCached).
func list(patterns []string, opts Options, mode packages.LoadMode) (*listing, error) {
	if err := RefuseOverlay(); err != nil {
		return nil, err
	}
	if len(patterns) == 0 {
		patterns = []string{"."}
	}
	cfg := &packages.Config{Mode: mode, Tests: opts.Tests, Env: listEnv(mode)}
	if opts.Tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opts.Tags}
	}
	roots, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, goListError(err)
	}
	if len(roots) == 0 {
		return nil, fmt.Errorf("no packages match %s", strings.Join(patterns, " "))
	}
	// Errors listing packages (syntax errors, missing imports) stop the run:
	// rcperm cannot vouch for code it could not read.
	var errs []string
	packages.Visit(roots, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			errs = append(errs, e.Error())
		}
	})
	if len(errs) > 0 {
		return nil, loadErrors(errs)
	}
	l := &listing{isRoot: map[*packages.Package]bool{}, senders: senders{}, cfg: cfg, compiled: mode&packages.NeedCompiledGoFiles != 0}
	for _, p := range roots {
		l.isRoot[p] = true
	}
	packages.Visit(roots, nil, func(p *packages.Package) { l.order = append(l.order, p) })
	l.source = sourceSet(l.order, l.isRoot, opts.AllDeps, l.senders)
	for p := range l.source {
		if analyzer.IsTestMain(p.Name, p.PkgPath) {
			delete(l.source, p)
		}
	}
	return l, nil
}

// listEnv is the environment of the go list that lists with mode: nil,
// the process's own, but for the listing without compiled files, which
// compiles nothing (no -compiled, no -export): that go command collects
// its garbage at GOGC=400, unless the environment sets GOGC. It is a
// tenth of a second of CPU on a module of a thousand packages, a fifth of
// it collecting at the default. The go commands that may compile keep
// the environment as it is: the compiler's memory follows GOGC.
func listEnv(mode packages.LoadMode) []string {
	if mode&packages.NeedCompiledGoFiles != 0 {
		return nil
	}
	if _, ok := os.LookupEnv("GOGC"); ok {
		return nil
	}
	return append(os.Environ(), "GOGC=400")
}

// goListError is the error of a go list that failed as the go command
// told it: go/packages wraps its standard error as "err: exit status 1:
// stderr: go: go.mod requires go >= 1.99.0 ...", where the go command's
// own words (which name go.mod, or the toolchain GOTOOLCHAIN=local keeps
// it from fetching) are what the user needs.
func goListError(err error) error {
	_, stderr, ok := strings.Cut(err.Error(), ": stderr: ")
	if stderr = strings.TrimSpace(stderr); !ok || stderr == "" {
		return err
	}
	return errors.New(stderr)
}

// loadProgram makes the program of a listing: its source packages, except
// those reused (by package ID), which the run restores from its cache and
// reads as export data like any dependency.
func loadProgram(fset *token.FileSet, l *listing, reused map[string]bool) (*program, error) {
	prog := &program{fset: fset, view: map[string]*types.Package{}, cfg: l.cfg,
		bySource: map[*packages.Package]*sourcePackage{}, exported: map[*packages.Package]*types.Package{}}
	var added []*sourcePackage
	for _, p := range l.order {
		if l.source[p] && !reused[p.ID] {
			added = append(added, prog.addSource(p, l.isRoot[p]))
		}
	}
	if err := prog.setImporters(added); err != nil {
		return nil, err
	}
	return prog, nil
}

// addSource adds p to the program's source packages, in place of any it
// had for p, after the source packages it imports: callers add packages
// dependencies first.
func (prog *program) addSource(p *packages.Package, root bool) *sourcePackage {
	sp := &sourcePackage{pkg: p, root: root}
	for _, imp := range sortedImports(p) {
		if dep := prog.bySource[imp]; dep != nil {
			sp.deps = append(sp.deps, dep)
		}
	}
	if old := prog.bySource[p]; old != nil {
		prog.source = slices.DeleteFunc(prog.source, func(o *sourcePackage) bool { return o == old })
	}
	prog.bySource[p] = sp
	prog.source = append(prog.source, sp)
	return sp
}

// sourceSet chooses the packages to check from source (order lists them
// dependencies first):
//   - the roots, the packages of the modules being analyzed, vendored copies;
//   - third-party packages they import directly that send HTTP requests
//     themselves (see sendsRequests): the program may call their wrappers
//     with RingCentral routes, and counting what those need keeps
//     unused-permission from calling a needed permission unused. A
//     package that only reaches net/http through another third-party
//     package is not among them: that package stays export data, without
//     facts, so reading the wrapper from source would find no request;
//     -all-deps takes everything;
//   - whatever imports a source package, so that no export data refers to
//     one.
//
// The RingCentral SDKs are known by model: their packages stay export data.
func sourceSet(order []*packages.Package, isRoot map[*packages.Package]bool, allDeps bool, senders senders) map[*packages.Package]bool {
	src := map[*packages.Package]bool{}
	for _, p := range order {
		src[p] = allDeps || isRoot[p] || localModule(p.Module) || vendored(p)
	}
	for _, p := range order {
		if !src[p] {
			continue
		}
		for _, imp := range p.Imports {
			src[imp] = src[imp] || senders.thirdPartySender(imp)
		}
	}
	for _, p := range order {
		for _, imp := range p.Imports {
			src[p] = src[p] || src[imp]
		}
	}
	return src
}

// senders memoizes which third-party packages send requests themselves
// (see sendsRequests): deciding may read their files.
type senders map[*packages.Package]bool

// thirdPartySender reports whether p is a third-party package, not an
// SDK's, that sends requests itself: read from source when a source
// package imports it.
func (s senders) thirdPartySender(p *packages.Package) bool {
	if p.Module == nil || sdkModules[p.Module.Path] {
		return false
	}
	is, ok := s[p]
	if !ok {
		is = sendsRequests(p)
		s[p] = is
	}
	return is
}

// sendsRequests reports whether p calls a request function the analyzer
// knows itself: it imports a RingCentral SDK directly, or it imports
// net/http and its files name a function, method or type of net/http a
// route enters a request through (see namesRequestFuncs). A package that
// imports net/http for its types or helpers (http.Header,
// http.DetectContentType) builds no request: on golangci-lint, one such
// package, a spelling dictionary, cost a quarter of the run's checking.
// Should the program hand it a route anyway, the run reads it on demand
// (see Result.Unseen).
func sendsRequests(p *packages.Package) bool {
	netHTTP := false
	for _, imp := range p.Imports {
		if imp.Module != nil && sdkModules[imp.Module.Path] {
			return true
		}
		netHTTP = netHTTP || imp.PkgPath == "net/http"
	}
	return netHTTP && namesRequestFuncs(p.GoFiles)
}

// requestNames are the names of net/http code must write to put a URL in
// a request: its request functions and methods (the analyzer's sinks) and
// the Request type, for a literal or an edit of a request's URL.
var requestNames = map[string]bool{
	"NewRequest": true, "NewRequestWithContext": true,
	"Get": true, "Head": true, "Post": true, "PostForm": true,
	"Request": true,
}

// namesRequestFuncs reports whether any of files holds one of
// requestNames as a word, in code, comments or strings alike: reading
// words, not syntax, errs on the side of reading the package. A file it
// cannot read counts as naming them: the run reads the package from
// source, and reports the error there.
func namesRequestFuncs(files []string) bool {
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil || hasWord(src, requestNames) {
			return true
		}
	}
	return false
}

// hasWord reports whether src holds one of words as a whole identifier.
// Bytes of multi-byte characters count as identifier bytes, as the letters
// they mostly are.
func hasWord(src []byte, words map[string]bool) bool {
	for i := 0; i < len(src); {
		if !isIdentByte(src[i]) {
			i++
			continue
		}
		j := i
		for j < len(src) && isIdentByte(src[j]) {
			j++
		}
		if words[string(src[i:j])] { // no allocation: the compiler looks up a []byte key in place
			return true
		}
		i = j
	}
	return false
}

func isIdentByte(b byte) bool {
	return b == '_' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b >= utf8.RuneSelf
}

// sdkModules are the modules of the RingCentral SDKs, which the analyzer
// knows by model.
var sdkModules = map[string]bool{
	"github.com/grokify/go-ringcentral-client": true,
	"github.com/ringcentral/ringcentral-go":    true,
	"github.com/grokify/ringcentral-sdk-go":    true,
}

// localModule reports whether packages of mod are analyzed from source:
// those of the main module or a workspace module, and of a module replaced
// by a local directory (a vendored or patched copy, which can hold
// wrappers).
func localModule(mod *packages.Module) bool {
	return mod != nil && (mod.Main || mod.Replace != nil && mod.Replace.Version == "")
}

// vendored reports whether p is a copy in a vendor directory, which the
// team controls like its own code.
func vendored(p *packages.Package) bool {
	if p.Module == nil {
		return false // std, whose own vendor directory is std too
	}
	for _, f := range p.GoFiles {
		return strings.Contains(f, string(os.PathSeparator)+"vendor"+string(os.PathSeparator))
	}
	return false
}

func sortedImports(p *packages.Package) []*packages.Package {
	paths := make([]string, 0, len(p.Imports))
	for path := range p.Imports {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	out := make([]*packages.Package, len(paths))
	for i, path := range paths {
		out[i] = p.Imports[path]
	}
	return out
}

// setImporters gives each of pkgs, source packages, its importer. Export
// data is read first, into the program's one shared view, so that all
// packages agree on the identity of every type and the checkers only read
// it. No export data refers to a source package: whatever imports one is
// checked from source itself. A source package's import resolves to its
// types once it has been checked, which inDependencyOrder guarantees
// before its importers start.
func (prog *program) setImporters(pkgs []*sourcePackage) error {
	var unlisted []*packages.Package
	seen := map[*packages.Package]bool{}
	for _, sp := range pkgs {
		for _, imp := range sp.pkg.Imports {
			if prog.fromExport(imp) && imp.ExportFile == "" && !seen[imp] {
				seen[imp] = true
				unlisted = append(unlisted, imp)
			}
		}
	}
	if err := prog.listExports(unlisted); err != nil {
		return err
	}
	for _, sp := range pkgs {
		if sp.pkg.TypesSizes == nil { // filled from a keyMode listing
			sizes, err := prog.sizes()
			if err != nil {
				return err
			}
			sp.pkg.TypesSizes = sizes
		}
	}
	for _, sp := range pkgs {
		for _, imp := range sp.pkg.Imports {
			if !prog.fromExport(imp) {
				continue
			}
			tp, err := readExport(prog.fset, prog.view, imp)
			if err != nil {
				return err
			}
			prog.exported[imp] = tp
		}
	}
	for _, sp := range pkgs {
		sp.importer = importerFunc(func(path string) (*types.Package, error) {
			imp := sp.pkg.Imports[path]
			switch {
			case path == "unsafe":
				return types.Unsafe, nil
			case imp == nil:
				return nil, fmt.Errorf("%s is not among the imports of %s", path, sp.pkg.PkgPath)
			case prog.bySource[imp] != nil:
				return prog.bySource[imp].types, prog.bySource[imp].err
			}
			return prog.exported[imp], nil
		})
	}
	return nil
}

// fromExport reports whether a source package's import is still to be read
// from export data.
func (prog *program) fromExport(imp *packages.Package) bool {
	return prog.bySource[imp] == nil && prog.exported[imp] == nil && imp.PkgPath != "unsafe"
}

// listExports lists the export data of pkgs, packages the source packages
// import and rcperm does not check from source, with go list -export: the
// go command compiles them and their dependencies (or finds them in its
// build cache), and none of the packages checked from source. It runs go
// list itself (see goListExports), which also tells the target, unless
// go/packages must (GOPACKAGESDRIVER) or that go list fails.
func (prog *program) listExports(pkgs []*packages.Package) error {
	if len(pkgs) == 0 {
		return nil
	}
	ids := make([]string, len(pkgs))
	for i, p := range pkgs {
		ids[i] = p.ID // no test variant: a package importing one is checked from source
	}
	prog.exportLists++
	exports, errs, ok := prog.goListExports(ids)
	if !ok {
		cfg := *prog.cfg
		cfg.Mode, cfg.Tests, cfg.Env = packages.NeedName|packages.NeedExportFile, false, nil // it compiles
		listed, err := packages.Load(&cfg, ids...)
		if err != nil {
			return goListError(err)
		}
		exports, errs = map[string]string{}, nil
		for _, p := range listed {
			exports[p.ID] = p.ExportFile
			for _, e := range p.Errors {
				errs = append(errs, e.Error())
			}
		}
	}
	// A package that does not compile has no export data: say why, as
	// list does for the packages it lists.
	if len(errs) > 0 {
		return loadErrors(errs)
	}
	for _, p := range pkgs {
		p.ExportFile = exports[p.ID]
	}
	return nil
}

// exportFormat is the line goListExports has go list print for each
// package: its path, its export data, the target's architecture and
// compiler, and the package's error, each quoted.
const exportFormat = `{{printf "%q %q %q %q" .ImportPath .Export context.GOARCH context.Compiler}}` +
	`{{with .Error}} {{printf "%q %q" .Pos .Err}}{{end}}`

// goListExports runs go list -export on ids with the flags go/packages
// gives it for NeedExportFile, and returns the export data by import path
// and the errors as go/packages words them; it records the target. Run
// through go/packages, each listing asks the go command for its version
// first: another process on every run, 2% of a small module's first run.
// ok is false when GOPACKAGESDRIVER names a driver other than go list, or
// go list fails (a go command too old for its flags): go/packages then
// lists, and says what is wrong.
func (prog *program) goListExports(ids []string) (exports map[string]string, errs []string, ok bool) {
	if d := os.Getenv("GOPACKAGESDRIVER"); d != "" && d != "off" {
		return nil, nil, false
	}
	args := []string{"list", "-e", "-compiled=false", "-test=false", "-export=true", "-deps=false", "-find=false", "-buildvcs=false", "-pgo=off", "-f", exportFormat}
	args = append(args, prog.cfg.BuildFlags...)
	cmd := exec.Command("go", append(append(args, "--"), ids...)...)
	cmd.Dir = prog.cfg.Dir
	out, err := cmd.Output()
	if err != nil {
		return nil, nil, false
	}
	exports = map[string]string{}
	for line := range strings.Lines(string(out)) {
		f, err := quotedFields(strings.TrimSuffix(line, "\n"))
		if err != nil || len(f) != 4 && len(f) != 6 {
			return nil, nil, false
		}
		exports[f[0]] = f[1]
		prog.arch, prog.compiler = f[2], f[3]
		if len(f) == 6 {
			errs = append(errs, packages.Error{Pos: f[4], Msg: strings.TrimSpace(f[5])}.Error())
		}
	}
	return exports, errs, true
}

// quotedFields splits a line of Go-quoted strings separated by spaces.
func quotedFields(line string) ([]string, error) {
	var out []string
	for line != "" {
		q, err := strconv.QuotedPrefix(line)
		if err != nil {
			return nil, err
		}
		s, err := strconv.Unquote(q)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
		line = strings.TrimPrefix(line[len(q):], " ")
	}
	return out, nil
}

// sizes returns the target's type sizes: from the architecture and
// compiler a listing of export data told, or else asked of the go command
// (targetSizes), once.
func (prog *program) sizes() (types.Sizes, error) {
	if prog.typesSizes != nil {
		return prog.typesSizes, nil
	}
	if prog.arch == "" {
		arch, compiler, err := targetSizes(prog.cfg)
		if err != nil {
			return nil, err
		}
		prog.arch, prog.compiler = arch, compiler
	}
	prog.typesSizes = types.SizesFor(prog.compiler, prog.arch)
	if prog.typesSizes == nil {
		return nil, fmt.Errorf("can't determine type sizes for compiler %q on GOARCH %q", prog.compiler, prog.arch)
	}
	return prog.typesSizes, nil
}

// commandError is the error of a command that failed, with what it wrote
// on its standard error.
func commandError(err error) error {
	var ee *exec.ExitError
	if errors.As(err, &ee) && len(bytes.TrimSpace(ee.Stderr)) > 0 {
		return errors.New(string(bytes.TrimSpace(ee.Stderr)))
	}
	return err
}

// checkErrors is the error of the source packages that did not
// type-check, nil if all did.
func (prog *program) checkErrors() error {
	var errs []string
	for _, sp := range prog.source {
		if sp.err != nil {
			errs = append(errs, sp.err.Error())
		}
	}
	if len(errs) > 0 {
		return loadErrors(errs)
	}
	return nil
}

// check parses and type-checks the package. hashes, when not nil, are the
// files' contents the run's cache keys were computed from: a file that
// differs now marks the package stale, and its analysis is not stored. A
// compiled file the keys did not hash (cgo's output) is never stored
// either (see storeRuns).
func (sp *sourcePackage) check(fset *token.FileSet, hashes resultcache.Hashes) error {
	for _, name := range sp.pkg.CompiledGoFiles {
		src, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		if hashes.Changed(name, src) {
			sp.stale = true
		}
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		sp.files = append(sp.files, f)
	}
	sp.info = &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		Instances:    map[*ast.Ident]types.Instance{},
		FileVersions: map[*ast.File]string{},
	}
	var errs []string
	conf := types.Config{
		Importer: sp.importer,
		Sizes:    sp.pkg.TypesSizes,
		Error:    func(err error) { errs = append(errs, err.Error()) },
	}
	if sp.pkg.Module != nil && sp.pkg.Module.GoVersion != "" {
		conf.GoVersion = "go" + sp.pkg.Module.GoVersion
	}
	sp.types, _ = conf.Check(sp.pkg.PkgPath, fset, sp.files, sp.info)
	if len(errs) > 0 {
		return loadErrors(errs)
	}
	return nil
}

// readExport reads a package's export data into view.
func readExport(fset *token.FileSet, view map[string]*types.Package, p *packages.Package) (*types.Package, error) {
	if p.ExportFile == "" {
		return nil, fmt.Errorf("%s: no export data (go list -export gave none)", p.PkgPath)
	}
	f, err := os.Open(p.ExportFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	//lint:ignore SA1019 go list -export still writes archives in Go 1.26; go/packages reads them the same way
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: reading export data: %v", p.PkgPath, err)
	}
	tp, err := gcexportdata.Read(r, fset, view, p.PkgPath)
	if err != nil {
		return nil, fmt.Errorf("%s: reading export data: %v", p.PkgPath, err)
	}
	return tp, nil
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// loadErrors is the error of packages that do not load or type-check.
type loadErrors []string

func (e loadErrors) Error() string {
	const most = 10
	msgs := e
	more := ""
	if len(msgs) > most {
		msgs, more = msgs[:most], fmt.Sprintf("\n(and %d more errors)", len(msgs)-most)
	}
	return strings.Join(msgs, "\n") + more
}
