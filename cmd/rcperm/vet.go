package main

import (
	"crypto/sha256"
	"debug/elf"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/permissions"
)

// vetMain runs go vet with rcperm as its vet tool, so that rcperm.yaml
// edits take effect on the next run. go vet caches a tool's results by the
// tool binary, its flags and the package sources, not by rcperm.yaml: plain
// `go vet -vettool` would replay findings made against an old manifest.
// rcperm vet passes a digest of every manifest the packages can use as a
// flag, which go vet's cache key includes, and makes a relative -manifest
// absolute (go vet runs tools in each package's directory).
func vetMain(args []string) int {
	self, err := os.Executable()
	if err != nil {
		return fail("vet: cannot find the rcperm binary to give go vet: %v", err)
	}
	args, manifest, err := absManifestFlag(args)
	if err != nil {
		return fail("vet: %v", err)
	}
	digest, err := manifestDigest(manifest)
	if err != nil {
		return fail("vet: %v", err)
	}
	vetArgs := []string{"vet", "-vettool=" + self, "-" + analyzer.ManifestDigestFlag + "=" + digest}
	if manifest != "" {
		vetArgs = append(vetArgs, "-manifest="+manifest)
	}
	cmd := exec.Command("go", append(vetArgs, args...)...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode()
	}
	if err != nil {
		return fail("vet: %v", err)
	}
	return 0
}

// absManifestFlag removes -manifest from args and returns its value made
// absolute.
func absManifestFlag(args []string) (rest []string, manifest string, err error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "manifest" {
			rest = append(rest, a)
			continue
		}
		if !hasValue {
			if i+1 == len(args) {
				return nil, "", errors.New("-manifest needs a value: the path of rcperm.yaml")
			}
			i++
			value = args[i]
		}
		if manifest, err = filepath.Abs(value); err != nil {
			return nil, "", err
		}
	}
	return rest, manifest, nil
}

// printVetToolID answers go vet's `rcperm -V=full`, whose output keys go
// vet's cache for everything the tool reports. Besides the executable's
// hash, as go/analysis tools give it, it covers the digest of the module's
// manifests: go vet runs this in the user's directory, once per run, so a
// manifest edit changes the key, and plain `go vet -vettool=rcperm` never
// replays findings made against an old manifest. (A -manifest outside the
// module is covered only by rcperm vet, which passes its digest as a flag.)
func printVetToolID() int {
	exe, err := os.Executable()
	if err != nil {
		return fail("-V=full: %v", err)
	}
	binary, err := executableID(exe)
	if err != nil {
		return fail("-V=full: %v", err)
	}
	digest, err := manifestDigest("")
	if err != nil {
		return fail("-V=full: %v", err)
	}
	// go vet takes the part after the last "/" of a devel buildID as the
	// tool's content ID.
	fmt.Printf("%s version devel buildID=%s/%x\n", filepath.Base(exe), binary, sha256.Sum256([]byte(binary+digest)))
	return 0
}

// executableID identifies the rcperm binary: the Go build ID the linker
// writes in an ELF note, which changes with the binary's content, or else
// a hash of the whole file (other formats; slower).
func executableID(exe string) (string, error) {
	if f, err := elf.Open(exe); err == nil {
		defer f.Close()
		if sec := f.Section(".note.go.buildid"); sec != nil {
			if note, err := sec.Data(); err == nil && len(note) > 16 {
				return fmt.Sprintf("%x", sha256.Sum256(note)), nil
			}
		}
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%x", sha256.Sum256(data)), nil
}

// manifestDigest is the digest of the manifest named, or else of every
// manifest the main module's packages may use: adding, moving or editing
// one changes it.
func manifestDigest(manifest string) (string, error) {
	if manifest != "" {
		return permissions.Digest([]string{manifest}), nil
	}
	root, err := mainModuleRoot()
	if err != nil {
		return "", err
	}
	return permissions.Digest(permissions.ManifestsFor(root)), nil
}

// mainModuleRoot is the directory of the go.mod above the working
// directory, or the working directory outside a module. (It looks for the
// file itself: asking `go env GOMOD` costs a process on go vet's every run.)
func mainModuleRoot() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return wd, nil
		}
		dir = parent
	}
}
