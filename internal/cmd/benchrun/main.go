// Command benchrun measures commands for .ci/bench.sh and prints the
// results as markdown tables.
//
//	benchrun run -o results.jsonl -group G -runs 5 [-warmup 1] [-dir D] [-ok 0,3] [-units N] NAME=COMMAND...
//	benchrun table -group G [-base NAME,NAME] [-units-label pkg] results.jsonl
//	benchrun gobench < go-test-bench-output
//	benchrun phases -wall S < stderr-of-a-checker-run-with-debug=vt
//
// run executes each COMMAND (with sh -c, in -dir) -runs times, the commands
// interleaved round by round (the order rotating each round) so that a
// noisy machine's slow spells fall on all of them alike. Each run's wall
// time, CPU time (user+sys) and maximum resident set size come from
// wait4's rusage, which covers the command and every process it waited
// for; max RSS is that of the largest single process of the tree, not a
// sum. In COMMAND, {salt} becomes a string unique to the run and {tmp} a
// fresh empty directory, removed after the run. A run whose exit code is
// not in -ok fails the measurement. -warmup runs each command that many
// times first, unmeasured. One JSON line per command is appended to -o.
//
// table prints the medians of a group's commands, and their ratios to each
// -base command (ratios of medians). With -units (the number of packages,
// say), it adds the wall and CPU time per unit.
//
// gobench reads `go test -bench` output, possibly with -count > 1, and
// prints each benchmark's median ns/op, B/op and allocs/op.
//
// phases reads the log of a go/analysis checker run with -debug=vt (its
// timestamped "load" and "building graph" lines, then each action's
// duration) and prints how the wall time -wall divides between loading
// (go list, parsing, type-checking: everything before the analysis graph)
// and analysis, with the summed durations of the actions.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// A Result is the measurement of one command: what ran and each measured
// run's figures, one JSON line of the results file.
type Result struct {
	Spec
	Samples
	Failed string `json:"failed,omitempty"`
}

// A Spec is one NAME=COMMAND of a run call, with the call's group,
// directory and units of work.
type Spec struct {
	Group   string `json:"group"`
	Name    string `json:"name"`
	Command string `json:"command"`
	Dir     string `json:"dir"`
	Units   int    `json:"units,omitempty"`
}

// Samples are the figures of a command's measured runs, in order.
type Samples struct {
	Wall []float64 `json:"wall_s"`
	CPU  []float64 `json:"cpu_s"`
	RSS  []float64 `json:"maxrss_mb"`
	Exit []int     `json:"exit"`
}

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	switch os.Args[1] {
	case "run":
		runMain(os.Args[2:])
	case "table":
		tableMain(os.Args[2:])
	case "gobench":
		gobenchMain()
	case "phases":
		phasesMain()
	default:
		usage()
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: benchrun run|table|gobench ... (see the package doc)")
	os.Exit(2)
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "benchrun: "+format+"\n", args...)
	os.Exit(1)
}

func runMain(args []string) {
	fs := flag.NewFlagSet("run", flag.ExitOnError)
	out := fs.String("o", "", "append results to this JSON-lines file")
	group := fs.String("group", "", "group name")
	runs := fs.Int("runs", 5, "measured runs of each command")
	warmup := fs.Int("warmup", 0, "unmeasured runs of each command first")
	dir := fs.String("dir", ".", "working directory")
	okCodes := fs.String("ok", "0", "comma-separated exit codes that are success")
	units := fs.Int("units", 0, "units of work (packages) per run, for per-unit times")
	logDir := fs.String("logs", "", "directory for each run's output (default: a temporary one, removed)")
	fs.Parse(args)
	if *out == "" || *group == "" || fs.NArg() == 0 {
		fatalf("run needs -o, -group and NAME=COMMAND arguments")
	}
	ok := map[int]bool{}
	for _, c := range strings.Split(*okCodes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil {
			fatalf("-ok: %v", err)
		}
		ok[n] = true
	}
	var results []*Result
	for _, a := range fs.Args() {
		name, cmd, found := strings.Cut(a, "=")
		if !found || name == "" {
			fatalf("not NAME=COMMAND: %q", a)
		}
		results = append(results, &Result{Spec: Spec{Group: *group, Name: name, Command: cmd, Dir: *dir, Units: *units}})
	}
	logs := *logDir
	if logs == "" {
		d, err := os.MkdirTemp("", "benchrun-logs-")
		if err != nil {
			fatalf("%v", err)
		}
		defer os.RemoveAll(d)
		logs = d
	}
	seq := 0
	once := func(r *Result, measured bool) {
		seq++
		logFile := filepath.Join(logs, fmt.Sprintf("%s.%d.log", sanitize(r.Name), seq))
		wall, cpu, rss, code, err := execute(r.Command, *dir, logFile)
		tag := "warmup"
		if measured {
			tag = "run"
		}
		fmt.Fprintf(os.Stderr, "  %-10s %-28s %s %6.2fs wall %6.2fs cpu %6.0f MB exit %d\n", *group, r.Name, tag, wall, cpu, rss, code)
		if err != nil || !ok[code] {
			tail, _ := os.ReadFile(logFile)
			if len(tail) > 2000 {
				tail = tail[len(tail)-2000:]
			}
			msg := fmt.Sprintf("exit %d", code)
			if err != nil {
				msg = err.Error()
			}
			fmt.Fprintf(os.Stderr, "benchrun: %s: %s failed: %s\n%s\n", *group, r.Name, msg, tail)
			if r.Failed == "" {
				r.Failed = msg
			}
		}
		if measured {
			r.Wall = append(r.Wall, wall)
			r.CPU = append(r.CPU, cpu)
			r.RSS = append(r.RSS, rss)
			r.Exit = append(r.Exit, code)
		}
	}
	for round := 0; round < *warmup+*runs; round++ {
		for i := range results {
			r := results[(i+round)%len(results)]
			if r.Failed != "" {
				continue
			}
			once(r, round >= *warmup)
		}
	}
	f, err := os.OpenFile(*out, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		fatalf("%v", err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, r := range results {
		if err := enc.Encode(r); err != nil {
			fatalf("%v", err)
		}
	}
}

func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '/' || r == ' ' || r == '=' {
			return '_'
		}
		return r
	}, s)
}

// execute runs command once with sh -c and measures it.
func execute(command, dir, logFile string) (wall, cpu, rssMB float64, code int, err error) {
	if strings.Contains(command, "{tmp}") {
		tmp, err := os.MkdirTemp("", "benchrun-tmp-")
		if err != nil {
			return 0, 0, 0, -1, err
		}
		defer os.RemoveAll(tmp)
		command = strings.ReplaceAll(command, "{tmp}", tmp)
	}
	command = strings.ReplaceAll(command, "{salt}", strconv.FormatInt(time.Now().UnixNano(), 36))
	log, err := os.Create(logFile)
	if err != nil {
		return 0, 0, 0, -1, err
	}
	defer log.Close()
	cmd := exec.Command("sh", "-c", command)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = log, log
	start := time.Now()
	err = cmd.Run()
	wall = time.Since(start).Seconds()
	if cmd.ProcessState == nil {
		return wall, 0, 0, -1, err
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	cpu = tv(ru.Utime) + tv(ru.Stime)
	rssMB = float64(ru.Maxrss) / 1024 // KiB on Linux
	return wall, cpu, rssMB, cmd.ProcessState.ExitCode(), nil
}

func tv(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if n := len(s); n%2 == 1 {
		return s[n/2]
	} else {
		return (s[n/2-1] + s[n/2]) / 2
	}
}

func minMax(xs []float64) (lo, hi float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs {
		lo, hi = min(lo, x), max(hi, x)
	}
	return lo, hi
}

func tableMain(args []string) {
	fs := flag.NewFlagSet("table", flag.ExitOnError)
	group := fs.String("group", "", "group to print")
	bases := fs.String("base", "", "comma-separated commands to give ratios against")
	unitsLabel := fs.String("units-label", "pkg", "what -units counted, for the per-unit columns")
	paired := fs.String("paired", "", "A=B: give each command named A<suffix> its ratio to B<suffix>")
	fs.Parse(args)
	if fs.NArg() != 1 {
		fatalf("table needs the results file")
	}
	data, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		fatalf("%v", err)
	}
	var rs []*Result
	byName := map[string]*Result{}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var r Result
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			fatalf("%v", err)
		}
		if r.Group == *group {
			rs = append(rs, &r)
			byName[r.Name] = &r
		}
	}
	if len(rs) == 0 {
		fmt.Printf("(no results for %s)\n", *group)
		return
	}
	var baseNames []string
	for _, b := range strings.Split(*bases, ",") {
		if b = strings.TrimSpace(b); b != "" && byName[b] != nil {
			baseNames = append(baseNames, b)
		}
	}
	hasUnits := false
	for _, r := range rs {
		hasUnits = hasUnits || r.Units > 0
	}
	head := []string{"command", "runs", "wall s (median)", "wall min–max", "CPU s (user+sys)", "max RSS MB"}
	if hasUnits {
		head = append(head, *unitsLabel+"s", "wall ms/"+*unitsLabel, "CPU ms/"+*unitsLabel)
	}
	for _, b := range baseNames {
		head = append(head, "÷ "+b+" (wall / CPU / RSS)")
	}
	pa, pb, hasPairs := strings.Cut(*paired, "=")
	if hasPairs {
		head = append(head, "÷ "+pb+" at the same size (wall / CPU / RSS)")
	}
	fmt.Println("| " + strings.Join(head, " | ") + " |")
	fmt.Println("|" + strings.Repeat("---|", len(head)))
	for _, r := range rs {
		row := []string{"`" + r.Name + "`"}
		if r.Failed != "" {
			row = append(row, fmt.Sprint(len(r.Wall)), "FAILED: "+r.Failed)
			for len(row) < len(head) {
				row = append(row, "")
			}
			fmt.Println("| " + strings.Join(row, " | ") + " |")
			continue
		}
		lo, hi := minMax(r.Wall)
		row = append(row, fmt.Sprint(len(r.Wall)), fmt.Sprintf("%.2f", median(r.Wall)), fmt.Sprintf("%.2f–%.2f", lo, hi),
			fmt.Sprintf("%.2f", median(r.CPU)), fmt.Sprintf("%.0f", median(r.RSS)))
		if hasUnits {
			if r.Units > 0 {
				row = append(row, fmt.Sprint(r.Units), fmt.Sprintf("%.1f", 1000*median(r.Wall)/float64(r.Units)), fmt.Sprintf("%.1f", 1000*median(r.CPU)/float64(r.Units)))
			} else {
				row = append(row, "", "", "")
			}
		}
		for _, bn := range baseNames {
			b := byName[bn]
			if b == r || b.Failed != "" {
				row = append(row, "—")
				continue
			}
			row = append(row, ratios(r, b))
		}
		if hasPairs {
			cell := "—"
			if sfx, ok := strings.CutPrefix(r.Name, pa); ok {
				if b := byName[pb+sfx]; b != nil && b.Failed == "" {
					cell = ratios(r, b)
				}
			}
			row = append(row, cell)
		}
		fmt.Println("| " + strings.Join(row, " | ") + " |")
	}
}

func ratios(r, b *Result) string {
	return fmt.Sprintf("%s / %s / %s", ratio(median(r.Wall), median(b.Wall)), ratio(median(r.CPU), median(b.CPU)), ratio(median(r.RSS), median(b.RSS)))
}

func ratio(a, b float64) string {
	if b == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f×", a/b)
}

// gobenchMain summarizes go test -bench output read from stdin.
func gobenchMain() {
	type metrics map[string][]float64 // unit -> values
	var order []string
	byName := map[string]metrics{}
	pkg := ""
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if p, ok := strings.CutPrefix(line, "pkg: "); ok {
			pkg = p
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := pkg + " " + f[0]
		m := byName[name]
		if m == nil {
			m = metrics{}
			byName[name] = m
			order = append(order, name)
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			m[f[i+1]] = append(m[f[i+1]], v)
		}
	}
	if err := sc.Err(); err != nil && err != io.EOF {
		fatalf("%v", err)
	}
	fmt.Println("| package | benchmark | runs | ns/op (median) | ns/op min–max | B/op | allocs/op |")
	fmt.Println("|---|---|---|---|---|---|---|")
	for _, name := range order {
		m := byName[name]
		p, b, _ := strings.Cut(name, " ")
		lo, hi := minMax(m["ns/op"])
		fmt.Printf("| %s | `%s` | %d | %.0f | %.0f–%.0f | %.0f | %.0f |\n", p, b, len(m["ns/op"]), median(m["ns/op"]), lo, hi, median(m["B/op"]), median(m["allocs/op"]))
	}
}

// phasesMain splits a checker run's time into loading and analysis, from
// its -debug=vt log on stdin.
func phasesMain() {
	fs := flag.NewFlagSet("phases", flag.ExitOnError)
	wall := fs.Float64("wall", 0, "the run's wall time, seconds")
	fs.Parse(os.Args[2:])
	var tLoad, tGraph, tWarn time.Time
	var actions, listed time.Duration
	var slowest []string
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		stamp := func() time.Time {
			t, _ := time.Parse("15:04:05.000000", strings.Fields(line)[0])
			return t
		}
		switch {
		case strings.Contains(line, " load ["):
			tLoad = stamp()
		case strings.Contains(line, " building graph of analysis passes"):
			tGraph = stamp()
		case strings.Contains(line, " Warning: times are"):
			tWarn = stamp()
		default:
			d, rest, ok := strings.Cut(line, "\t")
			if !ok {
				continue
			}
			dur, err := time.ParseDuration(d)
			if err != nil {
				continue
			}
			actions += dur
			if rest != "all others" {
				listed += dur
				if len(slowest) < 5 {
					slowest = append(slowest, fmt.Sprintf("%s %s", rest, dur.Round(time.Microsecond)))
				}
			}
		}
	}
	if tLoad.IsZero() || tGraph.IsZero() {
		fatalf("phases: no -debug=v timestamps in the input")
	}
	load := tGraph.Sub(tLoad).Seconds()
	fmt.Printf("- load (go list, parse, type-check every package loaded; before the analysis graph): %.2f s", load)
	if *wall > 0 {
		fmt.Printf(" (%.0f%% of the %.2f s wall time)", 100*load/(*wall), *wall)
	}
	fmt.Println()
	if !tWarn.IsZero() {
		an := tWarn.Sub(tGraph).Seconds()
		fmt.Printf("- analysis (the analyzer on every package, facts, printing): %.2f s", an)
		if *wall > 0 {
			fmt.Printf(" (%.0f%%)", 100*an/(*wall))
		}
		fmt.Println()
		if *wall > 0 {
			fmt.Printf("- before the load and after the analysis (process start, flags, exit): %.2f s\n", *wall-load-an)
		}
	}
	fmt.Printf("- summed durations of the analyzer's actions (its Run on each package, in parallel): %v\n", actions.Round(time.Millisecond))
	if len(slowest) > 0 {
		fmt.Printf("- slowest actions: %s\n", strings.Join(slowest, "; "))
	}
}
