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
//	rcperm explain PERMISSION [packages]    what PERMISSION grants, and the calls that need it
//	rcperm routes [-sdk] [PATTERN]          the operations rcperm knows, or the SDK methods it models
//	rcperm version                          rcperm's version, its permission table's, Go's
//	rcperm help [SUBCOMMAND|CATEGORY]       usage, categories of findings, exit codes
//
// See the analyzer package for what rcperm reports.
package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/driver"
	"github.com/rcperm/rcperm/internal/gctune"
	"github.com/rcperm/rcperm/internal/stdvet"
)

// commands are rcperm's modes, in the order of the usage lines.
var commands = []*command{check, vet, sarifCommand, manifest, explain, routes, versionCommand}

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
	gctune.Tune()
	if len(os.Args) == 1 {
		// Like singlechecker, and unlike go vet, which checks ".": a
		// first-time user learns the commands; exit 2, as for any bad
		// command line, keeps 1 for errors and 3 for findings.
		check.writeUsage(os.Stderr)
		os.Exit(2)
	}
	if os.Args[1] == "help" {
		os.Exit(help(os.Args[2:]))
	}
	if c, args := commandAfterFlags(os.Args[1:]); c != nil {
		// rcperm -cache=false explain -unresolved ./...: the flags are the
		// command's, as if written after it.
		os.Exit(c.main(args))
	}
	if c := lookup(os.Args[1]); c != nil {
		os.Exit(c.main(os.Args[2:]))
	}
	if mistypedCommand(os.Args[1]) != nil {
		unknownCommand(os.Args[1])
		os.Exit(2)
	}
	if len(os.Args) == 2 && os.Args[1] == "-V=full" {
		os.Exit(printVetToolID())
	}
	if isVetTool(os.Args[1:]) {
		// A std package go vet runs only for facts needs only its types
		// (see stdvet); should that fail, unitchecker checks it as usual.
		if cfg, ok := stdvet.Applies(os.Args[len(os.Args)-1]); ok && stdvet.Write(cfg) == nil {
			os.Exit(0)
		}
		// A package's analysis, not go vet's questions (-flags, -V=full).
		if strings.HasSuffix(os.Args[len(os.Args)-1], ".cfg") {
			if err := driver.RefuseOverlay(); err != nil {
				os.Exit(fail("%v", err))
			}
		}
		// singlechecker speaks go vet's protocol (-V=full, -flags, the .cfg
		// file) with the analyzer's flags unprefixed. go vet runs its tool
		// in each package's directory, where a relative -manifest no longer
		// means what the user meant: take it from the module root instead.
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
	fmt.Fprintln(w, "       rcperm help [SUBCOMMAND|CATEGORY]")
	fmt.Fprintln(w, "       go vet -vettool=$(which rcperm) packages")
	fmt.Fprintln(w, "\nflags:")
}

// commandAfterFlags returns the command a command line names after flags
// only (rcperm -cache=false explain ...), and its arguments: those flags,
// then what follows the command; nil when the first argument that is no
// flag names no command.
func commandAfterFlags(args []string) (*command, []string) {
	for i, a := range args {
		if strings.HasPrefix(a, "-") {
			continue
		}
		c := lookup(a)
		if c == nil || i == 0 {
			return nil, nil
		}
		flags, rest := args[:i], args[i+1:]
		if c.operand != "" && len(rest) > 0 {
			// The operand (or the flag in its place) comes first.
			return c, slices.Concat(rest[:1], flags, rest[1:])
		}
		return c, slices.Concat(flags, rest)
	}
	return nil, nil
}
