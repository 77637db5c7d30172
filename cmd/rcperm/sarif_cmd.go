package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// sarifCommand writes the findings as SARIF 2.1.0, for GitHub code
// scanning and other CI dashboards. Findings are data here: it exits 0 once
// the log is written, and the upload step decides what fails, unless -fail
// asks for exit 3 on findings, so CI analyses once to upload and to fail.
var sarifCommand = &command{
	name:  "sarif",
	args:  "[flags] [packages]",
	doc:   "Writes rcperm's findings as a SARIF 2.1.0 log.",
	flags: sarifFlags,
}

func sarifFlags(fs *flag.FlagSet) func(*invocation) int {
	out := fs.String("o", "", "write the log to `file` instead of standard output")
	failOnFindings := fs.Bool("fail", false, "exit 3 when the log has results, once it is written")
	return func(inv *invocation) int {
		run, err := inv.analyze()
		if err != nil {
			return inv.fail(err)
		}
		var w io.Writer = os.Stdout
		if *out != "" {
			f, err := os.Create(*out)
			if err != nil {
				return inv.fail(err)
			}
			defer f.Close()
			w = f
		}
		root, err := repoRoot()
		if err != nil {
			return inv.fail(err)
		}
		findings := oneManifestFinding(run.Findings(), inv.cfg)
		if err := writeSARIF(w, findings, root, version(), factsOf(rootRelative(root))); err != nil {
			return inv.fail(err)
		}
		if *failOnFindings && len(findings) > 0 {
			// A CI step that fails says why in its log, not only in the
			// uploaded SARIF.
			fmt.Fprintln(os.Stderr, countLine(findings))
			return 3
		}
		return 0
	}
}

// repoRoot is what SARIF locations are relative to: the git repository's
// top directory, or else the main module's.
func repoRoot() (string, error) {
	if out, err := exec.Command("git", "rev-parse", "--show-toplevel").Output(); err == nil {
		return filepath.Clean(strings.TrimSpace(string(out))), nil
	}
	return mainModuleRoot()
}
