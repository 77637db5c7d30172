// Command rcperm reports the RingCentral API calls of a Go program that
// RingCentral would refuse with 403 InsufficientPermissions, given the app
// permissions declared in rcperm.yaml.
//
// Usage:
//
//	rcperm [flags] packages                 check, standalone
//	go vet -vettool=$(which rcperm) pkgs    check, as a vet tool
//	rcperm vet [go vet flags] packages      go vet, re-run when rcperm.yaml changes
//	rcperm sarif [flags] packages           findings as SARIF 2.1.0, for code scanning
//	rcperm manifest [flags] packages        print the minimal rcperm.yaml the code needs
//	rcperm explain PERMISSION packages      list every call that needs PERMISSION
//
// See the analyzer package for what rcperm reports.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/rcperm/rcperm/analyzer"
)

// commands are rcperm's modes, in the order of the usage lines.
var commands = []*command{check, vet, sarifCommand, manifest, explain}

func init() {
	// The check's usage is the program's, which lists every command.
	check.usage = writeUsage
}

// vet is go vet with rcperm as its vet tool (see vetMain), which reads
// go vet's flags.
var vet = &command{
	name:   "vet",
	args:   "[go vet flags] packages",
	doc:    "Runs go vet with rcperm as its vet tool, again when rcperm.yaml changes.",
	direct: vetMain,
}

// lookup returns the subcommand of that name, or nil.
func lookup(name string) *command {
	for _, c := range commands {
		if c.name != "" && c.name == name {
			return c
		}
	}
	return nil
}

func main() {
	if len(os.Args) > 1 {
		if os.Args[1] == "help" {
			os.Exit(help())
		}
		if c := lookup(os.Args[1]); c != nil {
			os.Exit(c.main(os.Args[2:]))
		}
	}
	if len(os.Args) == 2 && os.Args[1] == "-V=full" {
		os.Exit(printVetToolID())
	}
	if isVetTool(os.Args[1:]) {
		// go vet runs its tool in each package's directory, where a
		// relative -manifest no longer means what the user meant: take it
		// from the module root instead.
		// singlechecker speaks go vet's protocol (-V=full, -flags, the .cfg
		// file) with the analyzer's flags unprefixed.
		singlechecker.Main(analyzer.New(analyzer.Config{RelativeToModule: true}))
	}
	os.Exit(check.main(os.Args[1:]))
}

// isVetTool reports whether go vet is running rcperm: it passes a single
// .cfg file, or asks for the tool's version or flags.
func isVetTool(args []string) bool {
	for _, a := range args {
		if a == "-flags" || strings.HasPrefix(a, "-V=") {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// fail prints a message for the user and returns the exit code of errors.
func fail(format string, args ...any) int {
	fmt.Fprintf(os.Stderr, "rcperm: "+format+"\n", args...)
	return 1
}

// writeUsage writes rcperm's usage, up to the check's flags: what it does
// and the usage line of every command.
func writeUsage(w io.Writer) {
	fmt.Fprintf(w, "%s\n\n", check.doc)
	for i, c := range commands {
		prefix := "usage: "
		if i > 0 {
			prefix = "       "
		}
		fmt.Fprintln(w, prefix+c.usageLine())
	}
	fmt.Fprintln(w, "       go vet -vettool=$(which rcperm) packages")
	fmt.Fprintln(w, "\nflags:")
}

// help prints what rcperm reports, its usage, the flags of the check and
// the categories of findings.
func help() int {
	fmt.Println(strings.TrimSpace(analyzer.Analyzer.Doc))
	fmt.Println()
	fs, _ := check.flagSet(&invocation{cmd: check})
	fs.SetOutput(os.Stdout)
	fs.Usage()
	fmt.Println()
	fmt.Println("categories of findings:")
	for _, cat := range analyzer.Categories {
		fmt.Printf("  %-19s %-8s %s\n", cat.Name, cat.Level, cat.Summary)
	}
	return 0
}
