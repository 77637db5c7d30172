package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/driver"
)

// A command is one of rcperm's modes: the check (rcperm [flags] packages)
// or a subcommand.
type command struct {
	name string // "" for the check
	// args is what follows "rcperm name" on the usage line.
	args string
	// doc says what the command does, for its usage.
	doc string
	// direct runs a command that reads its arguments itself (vet hands
	// them to go vet).
	direct func(args []string) int
	// operand names a required argument before the flags, such as
	// explain's PERMISSION.
	operand string
	// flags declares the command's own flags, beside those that load the
	// packages and configure the analyzer, and returns its work, which
	// runs once the command line is parsed.
	flags func(fs *flag.FlagSet) func(inv *invocation) int
}

// commands are rcperm's modes, in the order of the usage lines.
var commands = []*command{check, vet, sarifCommand, manifest, explain}

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

// An invocation is a command's parsed command line.
type invocation struct {
	cmd      *command
	operand  string
	patterns []string
	cfg      analyzer.Config
	opts     driver.Options
}

// analyze loads the packages of the command line and runs rcperm on them.
func (inv *invocation) analyze() (*driver.Run, error) {
	return driver.Analyze(inv.patterns, inv.opts, analyzer.New(inv.cfg))
}

// fail prints a message naming the command and returns the exit code of
// errors.
func (inv *invocation) fail(err error) int {
	if inv.cmd.name == "" {
		return fail("%v", err)
	}
	return fail("%s: %v", inv.cmd.name, err)
}

// usageLine is the command's line of the usage.
func (c *command) usageLine() string {
	return strings.Join(strings.Fields("rcperm "+c.name+" "+c.args), " ")
}

// writeUsage writes the command's usage, up to its flags: for the check,
// that of every command.
func (c *command) writeUsage(w io.Writer) {
	if c != check {
		fmt.Fprintf(w, "usage: %s\n\n%s\n", c.usageLine(), c.doc)
		return
	}
	fmt.Fprintf(w, "%s\n\n", c.doc)
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

// flagSet declares the command's flags and returns its work.
func (c *command) flagSet(inv *invocation) (*flag.FlagSet, func(*invocation) int) {
	fs := flag.NewFlagSet(strings.TrimSpace("rcperm "+c.name), flag.ContinueOnError)
	inv.cfg.RegisterFlags(fs)
	inv.opts = driver.Options{Tests: true}
	inv.opts.RegisterFlags(fs)
	work := c.flags(fs)
	fs.Usage = func() {
		c.writeUsage(fs.Output())
		fs.PrintDefaults()
	}
	return fs, work
}

// main runs the command with its arguments and returns the exit code: 2
// for a bad command line.
func (c *command) main(args []string) int {
	if c.direct != nil {
		return c.direct(args)
	}
	inv := &invocation{cmd: c}
	fs, work := c.flagSet(inv)
	if c.operand != "" {
		if len(args) == 0 || args[0] == "" || args[0][0] == '-' {
			fs.Usage()
			return 2
		}
		inv.operand, args = args[0], args[1:]
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	inv.patterns = fs.Args()
	return work(inv)
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
