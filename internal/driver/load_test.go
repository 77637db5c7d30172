package driver

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestSourceSet: which packages are checked from source. A third-party
// package the program imports is read when it sends requests itself, not
// when it only reaches net/http through another third-party package, whose
// facts the run would not have, nor when it imports net/http but names
// none of its request functions.
func TestSourceSet(t *testing.T) {
	dir := t.TempDir()
	file := func(name, src string) string {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	sends := file("sends.go", "package httpwrap\n\nfunc Fetch(u string) { http.Get(u) }\n")
	dotImport := file("dot.go", "package dot\n\nfunc Fetch(u string) { Get(u) }\n")
	helpers := file("helpers.go", "package mime\n\n// Type sniffs, like GetType or Requester: no request.\nfunc Type(b []byte) string { return http.DetectContentType(b) + \"Getter\" }\n")
	main := &packages.Module{Path: "example.com/app", Main: true}
	third := &packages.Module{Path: "example.com/third", Version: "v1.0.0"}
	sdk := &packages.Module{Path: "github.com/ringcentral/ringcentral-go", Version: "v1.0.0"}
	pkg := func(path string, mod *packages.Module, imports ...*packages.Package) *packages.Package {
		p := &packages.Package{ID: path, PkgPath: path, Module: mod, Imports: map[string]*packages.Package{}}
		for _, imp := range imports {
			p.Imports[imp.PkgPath] = imp
		}
		return p
	}
	withFiles := func(p *packages.Package, files ...string) *packages.Package {
		p.GoFiles = files
		return p
	}
	nethttp := pkg("net/http", nil)
	rc := pkg("github.com/ringcentral/ringcentral-go", sdk, nethttp)
	tests := []struct {
		name string
		// build returns the packages dependencies first, the last the root.
		build func() []*packages.Package
		want  []string // besides the root
	}{{
		name: "imports net/http directly",
		build: func() []*packages.Package {
			w := withFiles(pkg("example.com/third/httpwrap", third, nethttp), helpers, sends)
			return []*packages.Package{nethttp, w, pkg("example.com/app", main, w)}
		},
		want: []string{"example.com/third/httpwrap"},
	}, {
		name: "imports net/http, names its request functions unqualified",
		build: func() []*packages.Package {
			w := withFiles(pkg("example.com/third/dot", third, nethttp), dotImport)
			return []*packages.Package{nethttp, w, pkg("example.com/app", main, w)}
		},
		want: []string{"example.com/third/dot"},
	}, {
		name: "imports net/http for helpers only",
		build: func() []*packages.Package {
			w := withFiles(pkg("example.com/third/mime", third, nethttp), helpers)
			return []*packages.Package{nethttp, w, pkg("example.com/app", main, w)}
		},
	}, {
		name: "a file that cannot be read counts as sending",
		build: func() []*packages.Package {
			w := withFiles(pkg("example.com/third/gone", third, nethttp), filepath.Join(dir, "missing.go"))
			return []*packages.Package{nethttp, w, pkg("example.com/app", main, w)}
		},
		want: []string{"example.com/third/gone"},
	}, {
		name: "wraps an SDK",
		build: func() []*packages.Package {
			w := pkg("example.com/third/rcwrap", third, rc)
			return []*packages.Package{nethttp, rc, w, pkg("example.com/app", main, w)}
		},
		want: []string{"example.com/third/rcwrap"},
	}, {
		name: "reaches net/http only through another package",
		build: func() []*packages.Package {
			w := pkg("example.com/third/httpwrap", third, nethttp)
			cfg := pkg("example.com/third/config", third, w)
			return []*packages.Package{nethttp, w, cfg, pkg("example.com/app", main, cfg)}
		},
	}, {
		name: "imports a source package",
		build: func() []*packages.Package {
			w := withFiles(pkg("example.com/third/httpwrap", third, nethttp), sends)
			cfg := pkg("example.com/third/config", third, w)
			return []*packages.Package{nethttp, w, cfg, pkg("example.com/app", main, cfg, w)}
		},
		want: []string{"example.com/third/config", "example.com/third/httpwrap"},
	}, {
		name: "the SDK itself",
		build: func() []*packages.Package {
			return []*packages.Package{nethttp, rc, pkg("example.com/app", main, rc)}
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			order := tt.build()
			root := order[len(order)-1]
			var got []string
			for p, ok := range sourceSet(order, map[*packages.Package]bool{root: true}, false, senders{}) {
				if ok && p != root {
					got = append(got, p.PkgPath)
				}
			}
			sort.Strings(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("from source besides the root: %v, want %v", got, tt.want)
			}
		})
	}
}

// TestListEnv: the listing without compiled files, which compiles
// nothing, runs go list at GOGC=400 unless the environment sets GOGC;
// the listings that may compile keep the environment.
func TestListEnv(t *testing.T) {
	t.Setenv("GOGC", "")
	os.Unsetenv("GOGC")
	if env := listEnv(keyMode); len(env) == 0 || env[len(env)-1] != "GOGC=400" {
		t.Errorf("listEnv(keyMode) ends %q, want GOGC=400", env[max(len(env)-1, 0):])
	}
	if env := listEnv(loadMode); env != nil {
		t.Errorf("listEnv(loadMode) = %d variables, want nil: the process's", len(env))
	}
	t.Setenv("GOGC", "100")
	if env := listEnv(keyMode); env != nil {
		t.Errorf("listEnv(keyMode) with GOGC set = %d variables, want nil", len(env))
	}
}
