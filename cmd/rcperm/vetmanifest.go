package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// vetManifest is the -manifest that the go vet running `rcperm -V=full`
// passes to rcperm with each package, made absolute as the analyzer makes
// it (from root, the module root), or "" for none. go vet runs -V=full
// without the tool's flags, so they are read where go vet reads them:
// GOFLAGS, then its own command line, which wins. Only Linux shows a
// process's command line (/proc/PID/cmdline); elsewhere, and under
// -toolexec, whose program is then the parent, a -manifest on go vet's
// command line is not seen here. rcperm vet passes its digest instead, and
// one that is an rcperm.yaml in the module is covered anyway
// (manifest.Covering).
func vetManifest(root string) string {
	_, named, _ := cutManifestFlag(strings.Fields(os.Getenv("GOFLAGS")))
	if _, onCommandLine, err := cutManifestFlag(goVetArgs()); err == nil && onCommandLine != "" {
		named = onCommandLine
	}
	if named == "" || filepath.IsAbs(named) {
		return named
	}
	return filepath.Join(root, named)
}

// goVetArgs returns the arguments after "vet" of the parent process when it
// is go vet, as Linux shows them; nil otherwise.
func goVetArgs() []string {
	cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", os.Getppid()))
	if err != nil {
		return nil
	}
	args := strings.Split(strings.TrimSuffix(string(cmdline), "\x00"), "\x00")
	if len(args) < 2 || args[1] != "vet" {
		return nil
	}
	return args[2:]
}
