package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
)

// standaloneMain is `rcperm [flags] packages`: it loads and checks the
// packages itself (see program for why not through singlechecker), with the
// flags and exit codes of the go/analysis drivers: 0 clean, 3 findings, 1
// errors; -json prints findings as data and exits 0.
func standaloneMain(args []string) int {
	fs := flag.NewFlagSet("rcperm", flag.ContinueOnError)
	var lf loadFlags
	lf.register(fs)
	fs.String("manifest-digest", "", "set by `rcperm vet` for go vet's cache; ignored")
	jsonOut := fs.Bool("json", false, "emit JSON output")
	context := fs.Int("c", -1, "display offending line with this many lines of context")
	fs.Bool("fix", false, "apply suggested fixes (rcperm suggests none)")
	fs.Bool("diff", false, "with -fix, print the diffs instead of applying them (rcperm suggests none)")
	cpuProfile := fs.String("cpuprofile", "", "write CPU profile to `file`")
	memProfile := fs.String("memprofile", "", "write memory profile to `file`")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), usage)
		fs.PrintDefaults()
	}
	if len(args) > 0 && args[0] == "help" {
		fmt.Println(strings.TrimSpace(analyzer.Analyzer.Doc))
		fmt.Println()
		fs.SetOutput(os.Stdout)
		fs.Usage()
		return 0
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fail("%v", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return fail("%v", err)
		}
		defer pprof.StopCPUProfile()
	}
	run, err := analyze(&lf, fs.Args())
	if err != nil {
		return fail("%v", err)
	}
	if *memProfile != "" {
		f, err := os.Create(*memProfile)
		if err != nil {
			return fail("%v", err)
		}
		runtime.GC()
		if err := pprof.WriteHeapProfile(f); err != nil {
			return fail("%v", err)
		}
		f.Close()
	}
	findings := run.findings()
	if *jsonOut {
		if err := writeJSON(os.Stdout, run, findings); err != nil {
			return fail("%v", err)
		}
		return 0
	}
	writeText(os.Stderr, findings, *context)
	if len(findings) > 0 {
		return 3
	}
	return 0
}

const usage = `rcperm reports the RingCentral API calls a Go program makes without the
app permission they need, against the app's rcperm.yaml.

usage: rcperm [flags] packages
       rcperm vet [go vet flags] packages
       rcperm sarif [flags] packages
       rcperm manifest [flags] packages
       rcperm explain PERMISSION [flags] packages
       go vet -vettool=$(which rcperm) packages

flags:`

// writeText prints findings as go vet does: "file:line:col: message", each
// step of a wrapper chain below it.
func writeText(w io.Writer, findings []finding, context int) {
	sortFindings(findings)
	for _, f := range findings {
		fmt.Fprintf(w, "%s: %s\n", f.Pos, f.Message)
		printContext(w, f.Pos, context)
		for _, rel := range f.Related {
			fmt.Fprintf(w, "%s: \t%s\n", rel.Pos, rel.Message)
		}
	}
}

func sortFindings(fs []finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i].Pos, fs[j].Pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}

func printContext(w io.Writer, pos token.Position, n int) {
	if n < 0 {
		return
	}
	data, err := os.ReadFile(pos.Filename)
	if err != nil {
		return
	}
	lines := strings.Split(string(data), "\n")
	for i := max(pos.Line-n, 1); i <= min(pos.Line+n, len(lines)); i++ {
		fmt.Fprintf(w, "%d\t%s\n", i, lines[i-1])
	}
}

// writeJSON prints findings in the go/analysis drivers' JSON form:
// {"package": {"rcperm": [diagnostic, ...]}}.
func writeJSON(w io.Writer, run *analysisRun, findings []finding) error {
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
	}
	pkgOf := map[string]string{} // file → package ID
	for _, pr := range run.roots {
		for _, f := range pr.sp.files {
			name := run.fset.File(f.Pos()).Name()
			if _, ok := pkgOf[name]; !ok {
				pkgOf[name] = pr.sp.pkg.ID
			}
		}
	}
	tree := map[string]map[string][]diagnostic{}
	sortFindings(findings)
	for _, f := range findings {
		d := diagnostic{Posn: f.Pos.String(), Message: f.Message, Category: f.Category}
		if f.End.IsValid() {
			d.End = f.End.String()
		}
		for _, rel := range f.Related {
			d.Related = append(d.Related, related{rel.Pos.String(), rel.Message})
		}
		pkg := pkgOf[f.Pos.Filename]
		if tree[pkg] == nil {
			tree[pkg] = map[string][]diagnostic{}
		}
		tree[pkg]["rcperm"] = append(tree[pkg]["rcperm"], d)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "\t")
	return enc.Encode(tree)
}
