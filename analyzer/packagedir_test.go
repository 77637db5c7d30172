package analyzer

import (
	"os"
	"path/filepath"
	"testing"
)

// TestIsBuildOutput: files are the go command's by where they lie, under
// its build cache or a work directory it made, not by "go-build" in a name.
func TestIsBuildOutput(t *testing.T) {
	dirs := goOutputDirs()
	tests := []struct {
		name string
		want bool
	}{
		{filepath.Join(dirs.cache, "ab", "abcdef-d"), true},
		{filepath.Join(dirs.temp, "go-build2718281828", "b001", "main.cgo1.go"), true},
		{filepath.Join(dirs.temp, "go-build-tools", "app", "main.go"), false},
		{filepath.Join(dirs.temp, "go-build", "main.go"), false},
		{filepath.Join(dirs.temp, "src", "go-build123", "main.go"), false},
		{filepath.Join(filepath.Dir(dirs.cache), "go-build-tools", "main.go"), false},
		{filepath.Join(string(filepath.Separator), "home", "u", "src", "go-build-tools", "app", "main.go"), false},
	}
	for _, tt := range tests {
		if got := isBuildOutput(tt.name); got != tt.want {
			t.Errorf("isBuildOutput(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestGoEnv: a GOCACHE or GOTMPDIR set with `go env -w` counts, as it does
// for the go command; the environment wins over the file.
func TestGoEnv(t *testing.T) {
	file := filepath.Join(t.TempDir(), "env")
	if err := os.WriteFile(file, []byte("GOPROXY=off\nGOCACHE=/srv/gocache\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOENV", file)
	t.Setenv("GOCACHE", "")
	t.Setenv("GOTMPDIR", "")
	if got := goEnv("GOCACHE"); got != "/srv/gocache" {
		t.Errorf("GOCACHE from the go env file = %q, want /srv/gocache", got)
	}
	if got := goEnv("GOTMPDIR"); got != "" {
		t.Errorf("GOTMPDIR, set nowhere = %q, want empty", got)
	}
	t.Setenv("GOCACHE", "/env/gocache")
	if got := goEnv("GOCACHE"); got != "/env/gocache" {
		t.Errorf("GOCACHE from the environment = %q, want /env/gocache", got)
	}
	t.Setenv("GOCACHE", "")
	t.Setenv("GOENV", "off")
	if got := goEnv("GOCACHE"); got != "" {
		t.Errorf("GOCACHE with GOENV=off = %q, want empty", got)
	}
}
