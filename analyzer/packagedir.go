package analyzer

import (
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// packageDir is the directory of the package's source files, where the
// search for rcperm.yaml starts. Files the go command generated (cgo's
// output) are passed over: they lie in its build cache or its work
// directory, not with the package.
func packageDir(pass *analysis.Pass) string {
	for _, f := range pass.Files {
		name := pass.Fset.File(f.Pos()).Name()
		if !isBuildOutput(name) {
			return filepath.Dir(name)
		}
	}
	dir, _ := os.Getwd()
	return dir
}

// isBuildOutput reports whether the file name is one the go command wrote:
// one in its build cache (where go list -compiled puts cgo's output, which
// go/packages hosts parse) or in one of its work directories (where go vet
// finds it). It goes by the directories' real places, not by their names,
// which a user's own directory may share (~/src/go-build-tools).
func isBuildOutput(name string) bool {
	dirs := goOutputDirs()
	if _, ok := relativeTo(dirs.cache, name); ok {
		return true
	}
	// The go command makes its work directory with
	// os.MkdirTemp(GOTMPDIR or the temporary directory, "go-build").
	rel, ok := relativeTo(dirs.temp, name)
	if !ok {
		return false
	}
	first, _, _ := strings.Cut(filepath.ToSlash(rel), "/")
	digits, ok := strings.CutPrefix(first, "go-build")
	return ok && digits != "" && strings.Trim(digits, "0123456789") == ""
}

// goOutputDirs are the directories the go command writes generated files
// below: GOCACHE (else its default) and GOTMPDIR (else the temporary
// directory), each as the go command sees it, from the environment or else
// from the file `go env -w` writes.
var goOutputDirs = sync.OnceValue(func() (dirs struct{ cache, temp string }) {
	dirs.cache = goEnv("GOCACHE")
	if dirs.cache == "" {
		if user, err := os.UserCacheDir(); err == nil {
			dirs.cache = filepath.Join(user, "go-build")
		}
	}
	dirs.temp = goEnv("GOTMPDIR")
	if dirs.temp == "" {
		dirs.temp = os.TempDir()
	}
	return dirs
})

// goEnv is the go command's setting of key: the environment variable, or
// else its line in the go env file (GOENV, by default in the user's
// configuration directory). Reading the file costs no process, which
// asking `go env` would for every package go vet runs rcperm on.
func goEnv(key string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	file := os.Getenv("GOENV")
	if file == "" {
		dir, err := os.UserConfigDir()
		if err != nil {
			return ""
		}
		file = filepath.Join(dir, "go", "env")
	}
	if file == "off" {
		return ""
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), key+"="); ok {
			return v
		}
	}
	return ""
}

// relativeTo returns name relative to dir when name lies below dir.
func relativeTo(dir, name string) (string, bool) {
	if dir == "" || !filepath.IsAbs(dir) {
		return "", false
	}
	rel, err := filepath.Rel(dir, name)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return rel, true
}
