// Command constructs measures how far rcperm follows a RingCentral route
// through Go's constructs: a matrix of generated cases, each carrying the
// route "/restapi/v1.0/account/~/call-log" and the server
// "https://platform.ringcentral.com" from a literal to one request through
// one construct (a parameter, a closure, a channel, url.JoinPath, ...) or
// an ordered pair of them (A then B: the value passes through A, then B).
// The app's manifest grants ReadAccounts only, so every case expects the
// missing-permission finding for ReadCallLog.
//
// Traps are the same constructs aimed at another host
// (https://api.example.com), or carrying the route only to a log line and a
// comparison before a request to a granted route: a finding there is a
// false positive.
//
//	go run ./analyzer/internal/constructs -table   # the per-construct table in markdown (docs/constructs.md)
//	go run ./analyzer/internal/constructs -update  # rewrite the baseline, and docs/constructs.md from it
//	go run ./analyzer/internal/constructs -o /tmp/m -short  # keep the generated cases in /tmp/m/src
//
// Each construct alone goes to four sinks: http.NewRequestWithContext (then
// Client.Do), http.Get, ringcentral-go's RestClient.Get, and a method value
// of it; pairs go to http.NewRequestWithContext. A case is resolved when its
// only findings are the expected one; noisy when rcperm also reports a
// request it cannot tell; unresolved when it reports only that; a silent
// miss when it reports nothing at all.
//
// The cases are generated into a temporary GOPATH, one file a case (and one
// in a lib package beside it for a forwarder in another package), with a
// copy of the ringcentral-go stand-in (analyzer/testdata/src), loaded in one
// go and analyzed with rcperm's analyzer; findings are matched to cases by
// file, since rcperm reports a forwarded route where it becomes known. The
// package's test (go test ./analyzer/internal/constructs) fails on any false
// positive, on any case the committed baseline (testdata/baseline.txt)
// records as resolved (or noisy) that is no longer, and when
// docs/constructs.md is not the baseline's table; with -short it runs the
// singles and their traps only.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func main() {
	table := flag.Bool("table", false, "print the per-construct table in markdown")
	update := flag.Bool("update", false, "rewrite testdata/baseline.txt and "+docsFile+" from this run")
	short := flag.Bool("short", false, "singles and traps only, no pairs")
	keep := flag.String("o", "", "generate into this GOPATH directory and keep it (default: a temporary one)")
	flag.Parse()
	if flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: constructs [-table] [-update] [-short] [-o dir]")
		os.Exit(2)
	}
	if err := run(*table, *update, !*short, *keep); err != nil {
		fmt.Fprintf(os.Stderr, "constructs: %v\n", err)
		os.Exit(1)
	}
}

func run(table, update, pairs bool, keep string) error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	here := filepath.Join(root, "analyzer", "internal", "constructs")
	standins := filepath.Join(root, "analyzer", "testdata", "src")
	cs := cases(pairs)
	start := time.Now()
	var got map[string]outcome
	if keep != "" {
		got, err = measureIn(keep, standins, cs)
	} else {
		got, err = measure(standins, cs)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "constructs: %d cases in %v\n", len(cs), time.Since(start).Round(time.Millisecond))
	if update {
		if !pairs {
			return fmt.Errorf("-update needs the pairs: run it without -short")
		}
		if err := os.WriteFile(filepath.Join(here, baselineFile), formatBaseline(cs, got), 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(docsFile)), []byte(markdown(cs, got)), 0o644); err != nil {
			return err
		}
	}
	if table {
		os.Stdout.WriteString(markdown(cs, got))
	}
	if !table && !update {
		os.Stdout.WriteString(summary(cs, got))
	}
	return nil
}

// moduleRoot finds rcperm's module root above the working directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "analyzer", "testdata", "src")); err == nil {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				return dir, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("run it inside rcperm's module")
		}
		dir = parent
	}
}
