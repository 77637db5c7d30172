package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/permissions"
)

// routes lists what rcperm knows: RingCentral's operations with the
// permissions each needs, or the SDK methods it models with their routes.
var routes = &command{
	name: "routes",
	args: "[-sdk] [PATTERN]",
	doc: "Lists the RingCentral operations rcperm knows with the app permissions each needs, or with -sdk the SDK methods it models with their routes;\n" +
		"PATTERN keeps the lines that contain it, ignoring case.",
}

// routesMain's usage reads the command.
func init() { routes.direct = routesMain }

func routesMain(args []string) int {
	fs := flag.NewFlagSet("rcperm routes", flag.ContinueOnError)
	sdk := fs.Bool("sdk", false, "list the SDK methods rcperm models, with their routes")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: %s\n\n%s\n", routes.usageLine(), routes.doc)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return 2
	}
	var rows [][]string
	if *sdk {
		for _, m := range analyzer.SDKMethods() {
			rows = append(rows, []string{m.Func, m.Method, m.Route})
		}
	} else {
		for _, op := range permissions.Operations() {
			needs := "-"
			if op.Requires != 0 {
				needs = strings.Trim(op.Requires.String(), "[]")
			}
			rows = append(rows, []string{op.Method, op.Path, op.ID, needs})
		}
	}
	pattern := strings.ToLower(fs.Arg(0))
	n := writeRows(os.Stdout, rows, func(line string) bool { return strings.Contains(strings.ToLower(line), pattern) })
	if n == 0 {
		return fail("routes: nothing matches %q", fs.Arg(0))
	}
	return 0
}

// writeRows writes the rows that keep accepts as aligned columns and
// returns how many it wrote.
func writeRows(w io.Writer, rows [][]string, keep func(line string) bool) int {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	n := 0
	for _, row := range rows {
		line := strings.Join(row, "\t")
		if keep(line) {
			fmt.Fprintln(tw, line)
			n++
		}
	}
	tw.Flush()
	return n
}
