package main

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/buildid"
	// Named apart from the manifest command.
	rcmanifest "github.com/rcperm/rcperm/internal/manifest"
)

// vetMain runs go vet with rcperm as its vet tool, so that rcperm.yaml
// edits take effect on the next run. go vet caches a tool's results by the
// tool's -V=full answer, its flags and the package sources, not by
// rcperm.yaml. -V=full covers the manifests it can see (printVetToolID);
// rcperm vet also passes the manifests' cache key as a flag, which go
// vet's cache key includes, so a -manifest -V=full cannot see is covered
// too, and makes a relative -manifest absolute (go vet runs tools in each
// package's directory).
func vetMain(args []string) int {
	self, err := os.Executable()
	if err != nil {
		return fail("vet: cannot find the rcperm binary to give go vet: %v", err)
	}
	args, named, err := absManifestFlag(args)
	if err != nil {
		return fail("vet: %v", err)
	}
	root, err := mainModuleRoot()
	if err != nil {
		return fail("vet: %v", err)
	}
	digest := rcmanifest.CacheKey(root, named)
	vetArgs := []string{"vet", "-vettool=" + self, "-" + analyzer.ManifestDigestFlag + "=" + digest}
	if named != "" {
		vetArgs = append(vetArgs, "-manifest="+named)
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
func absManifestFlag(args []string) (rest []string, named string, err error) {
	rest, named, err = cutManifestFlag(args)
	if err != nil || named == "" {
		return rest, "", err
	}
	named, err = filepath.Abs(named)
	return rest, named, err
}

// cutManifestFlag removes every -manifest (or --manifest) flag from args
// and returns the rest and the last one's value, "" when there is none.
func cutManifestFlag(args []string) (rest []string, named string, err error) {
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
		named = value
	}
	return rest, named, nil
}

// printVetToolID answers go vet's `rcperm -V=full`, whose output keys go
// vet's cache for everything the tool reports. Besides the executable's
// hash, as go/analysis tools give it, it covers the manifests' cache key:
// go vet runs this in the user's directory, once per run, so a manifest
// edit changes the key, and plain `go vet -vettool=rcperm` never replays
// findings made against an old manifest. go vet passes the tool's flags
// with each package but not here, so the -manifest it passes is read from
// its own command line (see vetManifest).
func printVetToolID() int {
	exe, err := os.Executable()
	if err != nil {
		return fail("-V=full: %v", err)
	}
	binary, err := buildid.Of(exe)
	if err != nil {
		return fail("-V=full: %v", err)
	}
	root, err := mainModuleRoot()
	if err != nil {
		return fail("-V=full: %v", err)
	}
	digest := rcmanifest.CacheKey(root, vetManifest(root))
	// go vet takes the part after the last "/" of a devel buildID as the
	// tool's content ID.
	fmt.Printf("%s version devel buildID=%s/%x\n", filepath.Base(exe), binary, sha256.Sum256([]byte(binary+digest)))
	return 0
}

// mainModuleRoot is the directory of the go.mod above the working
// directory, or the working directory outside a module.
func mainModuleRoot() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return rcmanifest.ModuleRoot(wd), nil
}
