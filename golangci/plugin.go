// Package golangci makes rcperm a golangci-lint v2 module plugin.
//
// Build a golangci-lint that includes it with `golangci-lint custom` and a
// .custom-gcl.yml that lists
//
//	plugins:
//	  - module: github.com/rcperm/rcperm
//	    import: github.com/rcperm/rcperm/golangci
//	    version: vX.Y.Z
//
// then enable it in .golangci.yml:
//
//	linters:
//	  enable: [rcperm]
//	  settings:
//	    custom:
//	      rcperm:
//	        type: module
//	        description: RingCentral API calls the app lacks the permission for
//	        settings:
//	          manifest: rcperm.yaml
//
// # Settings
//
//   - manifest: the path of the app's rcperm.yaml. A relative path is taken
//     from the module root of each package (the directory of the nearest
//     go.mod above it), so that it means the same wherever golangci-lint
//     runs: at the module root from a terminal, in the package's directory
//     from VS Code. golangci-lint does not expand its ${base-path} and
//     ${config-path} placeholders in a module plugin's settings, nor take
//     its relative paths from the config file. Without it (and without
//     permissions or scope), rcperm reads the nearest rcperm.yaml above
//     each package, up to its module root.
//   - permissions: the app's permissions, a list, instead of a manifest.
//   - scope: the app's permissions as an OAuth scope string, instead of a
//     manifest.
//   - enable: the only categories of findings to report, a list (default:
//     all); disable: categories not to report, such as unused-permission in
//     a library. `rcperm help` lists the categories.
//
// # Cache
//
// golangci-lint caches each package's findings under a key made of the
// package's Go files (and its dependencies'), golangci-lint's version, the
// config's linters.settings, go.mod, and the names of the analyzers that
// ran. A manifest is none of these, so an edited rcperm.yaml would leave
// the findings of the last run in place. The plugin therefore adds a second
// analyzer that does nothing and whose name carries a digest of the
// manifests rcperm reads (their paths and contents, or why they cannot be
// read): an edit changes that name, and so the cache key, and the next run
// analyzes again. The digest covers the manifest setting's file and every
// rcperm.yaml in the module of the working directory, testdata, vendor and
// dot directories included (all but .git and node_modules), as rcperm vet
// and go vet do. It is taken when golangci-lint starts; it reads regular
// files only, and at most a manifest's size limit of each.
//
// golangci-lint v2.15.0 salts that cache with its version string, which
// for a custom build names a hash of each plugin: for a plugin built from
// a local path (path: in .custom-gcl.yml), that hash covers only the files
// at the top of the plugin's module, not its packages. After rebuilding
// with a changed local rcperm, run `golangci-lint cache clean`, or its
// findings and facts may come from the previous build.
package golangci

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/manifest"
	"github.com/rcperm/rcperm/permissions"
)

// Name is the plugin's name: the key under linters.settings.custom and the
// linter name in linters.enable and //nolint directives.
const Name = "rcperm"

func init() {
	register.Plugin(Name, New)
}

// Settings are the plugin's settings, under
// linters.settings.custom.rcperm.settings in .golangci.yml.
type Settings struct {
	// Manifest is the path of the app's rcperm.yaml; a relative path is
	// taken from each package's module root.
	Manifest string `json:"manifest"`
	// Permissions are the app's permissions, instead of a manifest.
	Permissions []string `json:"permissions"`
	// Scope is the app's permissions as an OAuth scope string, instead of
	// a manifest.
	Scope string `json:"scope"`
	// Enable and Disable choose the categories of findings reported, as
	// rcperm's -enable and -disable do.
	Enable  []string `json:"enable"`
	Disable []string `json:"disable"`
}

// Plugin is rcperm as a golangci-lint module plugin.
type Plugin struct {
	cfg analyzer.Config
	// wd is golangci-lint's working directory: the module whose manifests
	// key the cache, and what the paths of messages are relative to.
	wd string
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New is the plugin's constructor, registered with golangci-lint: it
// decodes the settings (unknown keys and wrong types are errors).
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, err
	}
	cfg, err := s.config()
	if err != nil {
		return nil, err
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, fmt.Errorf("working directory, whose module's manifests key the cache: %w", err)
	}
	return &Plugin{cfg: cfg, wd: wd}, nil
}

// config validates the settings and turns them into the analyzer's Config.
func (s Settings) config() (analyzer.Config, error) {
	inline := len(s.Permissions) > 0 || strings.TrimSpace(s.Scope) != ""
	if s.Manifest != "" && inline {
		return analyzer.Config{}, errors.New("settings: manifest and permissions/scope are alternatives: set one")
	}
	if s.Permissions != nil && len(s.Permissions) == 0 && s.Scope == "" {
		return analyzer.Config{}, errors.New("settings: permissions is empty: list the app's permissions, or remove it to read rcperm.yaml")
	}
	names := append(append([]string(nil), s.Permissions...), strings.Fields(s.Scope)...)
	for _, name := range names {
		if _, unknown := permissions.SetOf(permissions.Permission(name)); len(unknown) > 0 {
			return analyzer.Config{}, errors.New("settings: " + permissions.UnknownPermission(name))
		}
	}
	for _, names := range [][]string{s.Enable, s.Disable} {
		if err := analyzer.CheckCategories(names); err != nil {
			return analyzer.Config{}, fmt.Errorf("settings: %w", err)
		}
	}
	return analyzer.Config{
		Manifest: s.Manifest,
		// VS Code runs golangci-lint in the package's directory, a
		// terminal at the module root: the module root is what both share.
		RelativeToModule: true,
		// golangci-lint applies //nolint:rcperm itself (see NolintByHost).
		NolintByHost: true,
		Permissions:  s.Permissions,
		Scope:        s.Scope,
		Enable:       s.Enable,
		Disable:      s.Disable,
	}, nil
}

// BuildAnalyzers returns rcperm, configured by the settings and reporting
// one issue per finding, and the no-op analyzer whose name keys
// golangci-lint's cache to the manifests' content.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{oneIssuePerFinding(analyzer.New(p.cfg), p.wd), cacheKeyAnalyzer(inputDigest(p.cfg, p.wd))}, nil
}

// GetLoadMode tells golangci-lint that rcperm needs type information.
func (*Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// cacheKeyPrefix starts the name of the analyzer that carries the digest.
const cacheKeyPrefix = Name + "_manifest_"

// cacheKeyAnalyzer is an analyzer that does nothing: golangci-lint keys
// cached findings by the names of the analyzers that ran, so its name,
// which carries digest, invalidates them when the manifest changes.
func cacheKeyAnalyzer(digest string) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: cacheKeyPrefix + digest,
		Doc:  "keys golangci-lint's cache of rcperm's findings to the content of the app's rcperm.yaml; reports nothing",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	}
}

// inputDigest is a digest of what rcperm's findings depend on besides the
// Go code: the inline permissions, or the manifests it may read from wd.
func inputDigest(cfg analyzer.Config, wd string) string {
	if len(cfg.Permissions) > 0 || cfg.Scope != "" {
		h := sha256.Sum256(fmt.Appendf(nil, "permissions %q\nscope %q\n", cfg.Permissions, cfg.Scope))
		return hex.EncodeToString(h[:])[:16]
	}
	named := cfg.Manifest
	if named != "" && !filepath.IsAbs(named) {
		named = filepath.Join(manifest.ModuleRoot(wd), named)
	}
	return manifest.CacheKey(wd, named)
}
