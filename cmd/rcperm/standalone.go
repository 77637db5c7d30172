package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/rcperm/rcperm/internal/driver"
)

// check is `rcperm [flags] packages`: it loads and checks the packages
// itself (see the driver package for why not through singlechecker), with
// the flags and exit codes of the go/analysis drivers: 0 clean, 3
// findings, 1 errors; -json prints findings as data and exits 0.
var check = &command{
	args: "[flags] packages",
	doc: "rcperm reports the RingCentral API calls a Go program makes without the\n" +
		"app permission they need, against the app's rcperm.yaml.",
	flags: checkFlags,
}

func checkFlags(fs *flag.FlagSet) func(*invocation) int {
	jsonOut := fs.Bool("json", false, "emit JSON output")
	format := fs.String("format", "text", "output `format`: text, or github for GitHub Actions workflow commands that annotate the pull request")
	context := fs.Int("c", -1, "display offending line with this many lines of context")
	fs.Bool("fix", false, "apply suggested fixes (rcperm suggests none)")
	fs.Bool("diff", false, "with -fix, print the diffs instead of applying them (rcperm suggests none)")
	cpuProfile := fs.String("cpuprofile", "", "write CPU profile to `file`")
	memProfile := fs.String("memprofile", "", "write memory profile to `file`")
	showVersion := fs.Bool("version", false, "print rcperm's version, as rcperm version does, and exit")
	return func(inv *invocation) int {
		if *format != "text" && *format != "github" {
			fail("-format=%s: want text or github", *format)
			return 2
		}
		if *showVersion {
			printVersion()
			return 0
		}
		if *cpuProfile != "" {
			f, err := os.Create(*cpuProfile)
			if err != nil {
				return inv.fail(err)
			}
			if err := pprof.StartCPUProfile(f); err != nil {
				return inv.fail(err)
			}
			defer pprof.StopCPUProfile()
		}
		run, err := inv.analyze()
		if err != nil {
			return inv.fail(err)
		}
		if *memProfile != "" {
			f, err := os.Create(*memProfile)
			if err != nil {
				return inv.fail(err)
			}
			runtime.GC()
			if err := pprof.WriteHeapProfile(f); err != nil {
				return inv.fail(err)
			}
			f.Close()
		}
		findings := oneManifestFinding(run.Findings(), inv.cfg)
		if *jsonOut {
			if err := writeJSON(os.Stdout, findings, factsOf(relPath)); err != nil {
				return inv.fail(err)
			}
			return 0
		}
		switch *format {
		case "text":
			writeText(os.Stderr, findings, *context)
		case "github":
			root, err := repoRoot()
			if err != nil {
				return inv.fail(err)
			}
			writeGitHub(os.Stdout, findings, root)
		}
		if len(findings) > 0 {
			fmt.Fprintln(os.Stderr, countLine(findings))
		}
		if *format == "text" {
			for _, line := range accountingLines(run) {
				fmt.Fprintln(os.Stderr, line)
			}
		}
		if len(findings) > 0 {
			return 3
		}
		return 0
	}
}

// writeJSON prints findings in the go/analysis drivers' JSON form:
// {"package": {"rcperm": [diagnostic, ...]}}, each diagnostic with its
// facts as extra fields.
func writeJSON(w io.Writer, findings []driver.Finding, facts func(driver.Finding) *findingFacts) error {
	type related struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
	}
	type diagnostic struct {
		Posn     string    `json:"posn"`
		End      string    `json:"end,omitempty"`
		Message  string    `json:"message"`
		Category string    `json:"category,omitempty"`
		Related  []related `json:"related,omitempty"`
		*findingFacts
	}
	tree := map[string]map[string][]diagnostic{}
	sortFindings(findings)
	for _, f := range findings {
		d := diagnostic{Posn: f.Pos.String(), Message: f.Message, Category: f.Category, findingFacts: facts(f)}
		if f.End.IsValid() {
			d.End = f.End.String()
		}
		for _, rel := range f.Related {
			d.Related = append(d.Related, related{rel.Pos.String(), rel.Message})
		}
		if tree[f.Package] == nil {
			tree[f.Package] = map[string][]diagnostic{}
		}
		tree[f.Package]["rcperm"] = append(tree[f.Package]["rcperm"], d)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "\t")
	return enc.Encode(tree)
}
