package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
)

// sarifMain writes the findings as SARIF 2.1.0, for GitHub code scanning
// and other CI dashboards. Findings are data here: it exits 0 once the log
// is written, and the upload step decides what fails.
func sarifMain(args []string) int {
	fs := flag.NewFlagSet("rcperm sarif", flag.ContinueOnError)
	var lf loadFlags
	lf.register(fs)
	out := fs.String("o", "", "write the log to `file` instead of standard output")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: rcperm sarif [flags] [packages]\n\nWrites rcperm's findings as a SARIF 2.1.0 log.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	run, err := analyze(&lf, fs.Args())
	if err != nil {
		return fail("sarif: %v", err)
	}
	var w io.Writer = os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return fail("sarif: %v", err)
		}
		defer f.Close()
		w = f
	}
	root, err := repoRoot()
	if err != nil {
		return fail("sarif: %v", err)
	}
	if err := writeSARIF(w, run.findings(), root, version()); err != nil {
		return fail("sarif: %v", err)
	}
	return 0
}

// repoRoot is what SARIF locations are relative to: the git repository's
// top directory, or else the main module's.
func repoRoot() (string, error) {
	if out, err := exec.Command("git", "rev-parse", "--show-toplevel").Output(); err == nil {
		return filepath.Clean(strings.TrimSpace(string(out))), nil
	}
	return mainModuleRoot()
}

// version is rcperm's module version, "devel" when built from a checkout.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "devel"
}
