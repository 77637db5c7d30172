package analyzer

import (
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
