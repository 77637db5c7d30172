package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/internal/driver"
	rcmanifest "github.com/rcperm/rcperm/internal/manifest"
)

// A command is one of rcperm's modes: the check (rcperm [flags] packages)
// or a subcommand.
type command struct {
	name string // "" for the check
	// args is what follows "rcperm name" and the operand on the usage
	// line.
	args string
	// doc says what the command does, for its usage.
	doc string
	// direct runs a command that reads its arguments itself (vet hands
	// them to go vet).
	direct func(args []string) int
	// operand names a required argument before the flags, such as
	// explain's PERMISSION.
	operand string
	// operandFlags are boolean flags that take the operand's place when
	// one comes first, such as explain's -unfollowed.
	operandFlags []string
	// flags declares the command's own flags, beside those that load the
	// packages and configure the analyzer, and returns its work, which
	// runs once the command line is parsed.
	flags func(fs *flag.FlagSet) func(inv *invocation) int
	// usage, if set, writes the usage above the flags in place of the
	// usage line and doc: the check's is the program's.
	usage func(w io.Writer)
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
// With RCPERM_DEBUG=cache it says on standard error which packages it
// analyzed rather than reused, for whoever wonders whether the cache works.
func (inv *invocation) analyze() (*driver.Run, error) {
	opts := inv.opts
	opts.CacheSalt = inv.cacheSalt()
	run, err := driver.Analyze(inv.patterns, opts, analyzer.New(inv.cfg))
	if err == nil && os.Getenv("RCPERM_DEBUG") == "cache" {
		fmt.Fprintf(os.Stderr, "rcperm: cache: analyzed %d packages from source %v\n", len(run.Analyzed()), run.Analyzed())
	}
	return run, err
}

// cacheSalt is what the results depend on besides the code and the
// manifest that governs each package, which the driver's cache keys cover:
// the configuration, with a relative -manifest taken from the working
// directory, and the manifests of the module (see rcmanifest.CacheKey).
// "" (no cache) when the working directory is unknown.
func (inv *invocation) cacheSalt() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	named := inv.cfg.Manifest
	if named != "" && !filepath.IsAbs(named) {
		named = filepath.Join(wd, named)
	}
	return fmt.Sprintf("config %#v\nwd %q\nmanifests %s\n", inv.cfg, wd, rcmanifest.CacheKey(rcmanifest.ModuleRoot(wd), named))
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
	return strings.Join(strings.Fields("rcperm "+c.name+" "+c.operand+" "+c.args), " ")
}

// flagSet declares the command's flags and returns its work.
func (c *command) flagSet(inv *invocation) (*flag.FlagSet, func(*invocation) int) {
	fs := flag.NewFlagSet(strings.TrimSpace("rcperm "+c.name), flag.ContinueOnError)
	inv.cfg.RegisterFlags(fs)
	// Tests are not loaded by default: requests in _test.go files are never
	// reported, so test variants add listing, parsing and type-checking
	// (about a quarter of a run on a large module) and no finding.
	inv.opts = driver.Options{Cache: true}
	inv.opts.RegisterFlags(fs)
	work := c.flags(fs)
	fs.Usage = func() {
		if c.usage != nil {
			c.usage(fs.Output())
		} else {
			fmt.Fprintf(fs.Output(), "usage: %s\n\n%s\n", c.usageLine(), c.doc)
		}
		printVisibleFlags(fs)
	}
	return fs, work
}

// writeUsage writes the command's usage to w, with its flags.
func (c *command) writeUsage(w io.Writer) {
	if c.direct != nil {
		fmt.Fprintf(w, "usage: %s\n\n%s\n", c.usageLine(), c.doc)
		return
	}
	fs, _ := c.flagSet(&invocation{cmd: c})
	fs.SetOutput(w)
	fs.Usage()
}

// main runs the command with its arguments and returns the exit code: 2
// for a bad command line.
func (c *command) main(args []string) int {
	if c.direct != nil {
		return c.direct(args)
	}
	inv := &invocation{cmd: c}
	fs, work := c.flagSet(inv)
	if c.operand != "" && !(len(args) > 0 && slices.Contains(c.operandFlags, strings.TrimLeft(args[0], "-"))) {
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
