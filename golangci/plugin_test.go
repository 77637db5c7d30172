package golangci

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/rcperm/rcperm/analyzer"
)

// newPlugin calls New the way golangci-lint does, with the settings as its
// config reader decodes them from YAML.
func newPlugin(t *testing.T, settings any) (*Plugin, error) {
	t.Helper()
	p, err := New(settings)
	if err != nil {
		return nil, err
	}
	return p.(*Plugin), nil
}

func TestSettings(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		settings any
		want     analyzer.Config
	}{
		{"none", nil, analyzer.Config{RelativeToModule: true, NolintByHost: true}},
		{"empty", map[string]any{}, analyzer.Config{RelativeToModule: true, NolintByHost: true}},
		{"manifest", map[string]any{"manifest": "config/rcperm.yaml"},
			analyzer.Config{Manifest: "config/rcperm.yaml", RelativeToModule: true, NolintByHost: true}},
		{"absolute manifest", map[string]any{"manifest": "/etc/app/rcperm.yaml"},
			analyzer.Config{Manifest: "/etc/app/rcperm.yaml", RelativeToModule: true, NolintByHost: true}},
		{"permissions", map[string]any{"permissions": []any{"ReadCallLog", "ReadAccounts"}},
			analyzer.Config{Permissions: []string{"ReadCallLog", "ReadAccounts"}, RelativeToModule: true, NolintByHost: true}},
		{"scope", map[string]any{"scope": "ReadCallLog ReadAccounts"},
			analyzer.Config{Scope: "ReadCallLog ReadAccounts", RelativeToModule: true, NolintByHost: true}},
		{"categories", map[string]any{"disable": []any{"unused-permission"}, "enable": []any{"missing-permission", "unused-permission"}},
			analyzer.Config{Disable: []string{"unused-permission"}, Enable: []string{"missing-permission", "unused-permission"}, RelativeToModule: true, NolintByHost: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := newPlugin(t, tt.settings)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(p.cfg, tt.want) || p.wd != wd {
				t.Errorf("config = %+v in %s, want %+v in %s", p.cfg, p.wd, tt.want, wd)
			}
			if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
				t.Errorf("load mode = %q, want %q", got, register.LoadModeTypesInfo)
			}
		})
	}
}

func TestSettingsErrors(t *testing.T) {
	tests := []struct {
		name     string
		settings any
		want     string // in the error
	}{
		{"unknown key", map[string]any{"manifests": "rcperm.yaml"}, `unknown field "manifests"`},
		{"unknown key beside a known one", map[string]any{"manifest": "rcperm.yaml", "strict": true}, `unknown field "strict"`},
		{"permissions not a list", map[string]any{"permissions": "ReadCallLog"}, "cannot unmarshal string"},
		{"permissions not strings", map[string]any{"permissions": []any{1, 2}}, "cannot unmarshal number"},
		{"manifest not a string", map[string]any{"manifest": []any{"a.yaml"}}, "cannot unmarshal array"},
		{"scope not a string", map[string]any{"scope": map[string]any{"a": 1}}, "cannot unmarshal object"},
		{"settings not a map", []any{"rcperm.yaml"}, "cannot unmarshal array"},
		{"manifest and permissions", map[string]any{"manifest": "rcperm.yaml", "permissions": []any{"ReadCallLog"}}, "alternatives"},
		{"manifest and scope", map[string]any{"manifest": "rcperm.yaml", "scope": "ReadCallLog"}, "alternatives"},
		{"unknown category", map[string]any{"disable": []any{"unused"}}, `settings: unknown category "unused": the categories are missing-permission,`},
		{"empty permissions", map[string]any{"permissions": []any{}}, "permissions is empty"},
		{"unknown permission", map[string]any{"permissions": []any{"ReadCallLogs"}}, `unknown permission "ReadCallLogs": did you mean ReadCallLog?`},
		{"unknown permission in scope", map[string]any{"scope": "ReadAccounts Nonsense"}, `unknown permission "Nonsense"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.settings)
			if err == nil {
				t.Fatalf("New(%v): no error, want one containing %q", tt.settings, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New(%v) = %q, want it to contain %q", tt.settings, err, tt.want)
			}
		})
	}
}

// TestRegistered checks that importing the package registers the plugin
// under the name .golangci.yml uses.
func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("rcperm")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newPlugin(map[string]any{"scope": "ReadCallLog"}); err != nil {
		t.Fatal(err)
	}
}

func TestBuildAnalyzers(t *testing.T) {
	t.Chdir(t.TempDir())
	p, err := newPlugin(t, map[string]any{"manifest": "rcperm.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if err := analysis.Validate(as); err != nil {
		t.Fatal(err)
	}
	// golangci-lint prefixes a finding with its analyzer's name unless that
	// is the linter's.
	if len(as) != 2 || as[0].Name != Name || !strings.HasPrefix(as[1].Name, cacheKeyPrefix) {
		t.Fatalf("analyzers = %v, want rcperm and %s…", as, cacheKeyPrefix)
	}
	if as[0] == analyzer.Analyzer {
		t.Error("BuildAnalyzers returned the global analyzer.Analyzer")
	}
	// The cache-key analyzer reports nothing and fails nothing.
	res, err := as[1].Run(&analysis.Pass{Report: func(analysis.Diagnostic) { t.Error("cache-key analyzer reported") }})
	if res != nil || err != nil {
		t.Errorf("cache-key analyzer Run = %v, %v", res, err)
	}
}

// cacheKey builds the plugin's analyzers in the current directory and
// returns the name of the cache-key one.
func cacheKey(t *testing.T, settings any) string {
	t.Helper()
	p, err := newPlugin(t, settings)
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	return as[1].Name
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCacheKeyManifest checks that the cache key follows the content of a
// manifest named in the settings, including its absence.
func TestCacheKeyManifest(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	settings := map[string]any{"manifest": "rcperm.yaml"}

	missing := cacheKey(t, settings)
	if again := cacheKey(t, settings); again != missing {
		t.Errorf("key changed with nothing else: %s, then %s", missing, again)
	}
	write(t, filepath.Join(dir, "rcperm.yaml"), "permissions: [ReadAccounts]\n")
	first := cacheKey(t, settings)
	if first == missing {
		t.Error("key did not change when the manifest was created")
	}
	if again := cacheKey(t, settings); again != first {
		t.Errorf("key changed with the same manifest: %s, then %s", first, again)
	}
	write(t, filepath.Join(dir, "rcperm.yaml"), "permissions: [ReadCallLog]\n")
	if edited := cacheKey(t, settings); edited == first {
		t.Error("key did not change when the manifest was edited")
	}
	if err := os.Remove(filepath.Join(dir, "rcperm.yaml")); err != nil {
		t.Fatal(err)
	}
	if removed := cacheKey(t, settings); removed != missing {
		t.Errorf("key with the manifest removed = %s, want %s as before it was created", removed, missing)
	}
	// A directory where the manifest should be cannot be read either, but
	// says so differently.
	if err := os.Mkdir(filepath.Join(dir, "rcperm.yaml"), 0o755); err != nil {
		t.Fatal(err)
	}
	if isDir := cacheKey(t, settings); isDir == missing {
		t.Error("key is the same for a missing manifest and a directory")
	}
}

// TestCacheKeyDiscovered checks the key without a manifest setting: it
// covers the rcperm.yaml files rcperm may find for the packages under the
// working directory.
func TestCacheKeyDiscovered(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "go.mod"), "module example.com/app\n")
	write(t, filepath.Join(root, "rcperm.yaml"), "permissions: [ReadAccounts]\n")
	t.Chdir(filepath.Join(root))

	base := cacheKey(t, nil)
	steps := []struct {
		name   string
		path   string // relative to root
		change bool   // whether writing it must change the key
	}{
		{"root manifest edited", "rcperm.yaml", true},
		{"nested manifest added", "cmd/app/rcperm.yaml", true},
		// A package there can be named, and a -manifest can name the file.
		{"manifest in testdata", "testdata/rcperm.yaml", true},
		{"manifest in a dot directory", ".github/rcperm.yaml", true},
		{"manifest in vendor", "vendor/example.com/x/rcperm.yaml", true},
		{"manifest in .git", ".git/rcperm.yaml", false},
		{"manifest in node_modules", "node_modules/x/rcperm.yaml", false},
		{"other yaml", "cmd/app/other.yaml", false},
	}
	prev := base
	for _, st := range steps {
		write(t, filepath.Join(root, st.path), "permissions: [ReadCallLog] # "+st.name+"\n")
		key := cacheKey(t, nil)
		if changed := key != prev; changed != st.change {
			t.Errorf("%s: key changed = %v, want %v", st.name, changed, st.change)
		}
		prev = key
	}

	// From a subdirectory, the manifest at the module root counts.
	t.Chdir(filepath.Join(root, "cmd"))
	sub := cacheKey(t, nil)
	write(t, filepath.Join(root, "rcperm.yaml"), "permissions: [ReadCallLog, ReadAccounts]\n")
	if cacheKey(t, nil) == sub {
		t.Error("from a subdirectory: key did not change when the module root's manifest was edited")
	}
}

// TestCacheKeyInline checks that inline permissions need no manifest and
// key the cache by themselves.
func TestCacheKeyInline(t *testing.T) {
	t.Chdir(t.TempDir())
	a := cacheKey(t, map[string]any{"permissions": []any{"ReadCallLog"}})
	b := cacheKey(t, map[string]any{"permissions": []any{"ReadAccounts"}})
	c := cacheKey(t, map[string]any{"scope": "ReadCallLog"})
	if a == b || a == c {
		t.Errorf("keys for different inline settings are equal: %s, %s, %s", a, b, c)
	}
	write(t, "rcperm.yaml", "permissions: [EditCallLog]\n")
	if again := cacheKey(t, map[string]any{"permissions": []any{"ReadCallLog"}}); again != a {
		t.Error("an rcperm.yaml changed the key of inline permissions, which ignore it")
	}
}
