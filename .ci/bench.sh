#!/usr/bin/env bash
# rcperm's performance yardstick (make bench): what rcperm costs, as a
# standalone checker, as a vet tool and as a golangci-lint plugin, against
# no-op analyzers run the same way (the floors), on a small app using the
# three real RingCentral SDKs and on a synthetic module of N packages
# (internal/cmd/synth); how it scales with N; gosec for comparison; and the
# micro benchmarks. Prints one markdown report (also written to BENCH_OUT).
#
# Every row is the median of BENCH_RUNS runs, the commands of a table
# interleaved round by round (benchrun, internal/cmd/benchrun), after
# BENCH_WARMUP unmeasured runs of each: on a shared, noisy machine compare
# the ratios within a table, not absolute times across runs of the script.
# "CPU" is user+sys time of the whole process tree; "max RSS" that of its
# largest process (wait4 rusage).
#
# Tables:
#   G1  rcperm ./... vs nullfact ./... (no-op analyzer with a fact type: the
#       checker loads every dependency from source, as for rcperm) and
#       nullnofact ./... (no facts: only the named packages from source,
#       dependencies from export data: the floor of any analyzer).
#   G2  go vet -vettool=rcperm vs the no-op vet tools nullvet (fact type)
#       and nullvetnofact. warm: go vet's cache holds every result (a
#       second run with nothing changed). cold: go vet's results are
#       invalidated, compiled export data is not: each run passes a new
#       value of an ignored flag (-manifest-digest for rcperm, -X.salt for
#       the null tools), which is part of go vet's cache key for every
#       package, so the tool runs again on every package and dependency,
#       std included. That is what a user sees after upgrading rcperm,
#       editing rcperm.yaml under `rcperm vet`, or on CI with a restored
#       build cache. A fresh GOCACHE would add recompiling std and every
#       dependency, the same for every tool, and dilute the ratio.
#   G3  a custom golangci-lint with the rcperm plugin (cold: a fresh
#       GOLANGCI_LINT_CACHE each run; warm: the same cache again) vs the
#       same golangci-lint with rcperm swapped for govet's printf (a
#       fact-based analyzer: golangci-lint cannot run with no linter) and
#       for ineffassign (syntax only: its floor). Only when a custom
#       golangci-lint is at BENCH_GCL, bin/custom-gcl or
#       $BENCH_CACHE/custom-gcl; BENCH_BUILD_GCL=1 builds the latter once
#       with .ci/golangci-test.sh (one golangci-lint build). It holds the
#       rcperm of the checkout it was built from: BENCH_BUILD_GCL=1
#       BENCH_GCL_REBUILD=1 replaces it after changing the analyzer.
#   G4  rcperm ./... and nullfact ./... on the synthetic module at each
#       size of BENCH_SCALE_NS: time per package.
#   G5  gosec (GOSEC_VERSION, installed once into BENCH_CACHE from the
#       module proxy) vs rcperm and nullnofact on both corpora.
#   micro  go test -bench of ./permissions/ and ./analyzer/ (BenchmarkLookup,
#       BenchmarkEval), -count=BENCH_RUNS, medians.
#   profile  one rcperm -cpuprofile/-memprofile run on the synthetic module
#       (BENCH_PROFILE, default /tmp/rcperm.prof): pprof top 15 by
#       cumulative and flat time, and the load/analysis split (-debug=vt).
#
# Settings (environment):
#   BENCH_RUNS=5 BENCH_WARMUP=1 SYNTH_N=400 SYNTH_SEED=1
#   BENCH_SCALE_NS="100 200 400 800" BENCH_VET_COLD_RUNS=$BENCH_RUNS
#   BENCH_GROUPS="G1 G2 G3 G4 G5 micro profile"
#   BENCH_CACHE=~/.cache/rcperm-bench (gosec, custom golangci-lint)
#   BENCH_OUT=/tmp/rcperm-bench-<time>.md  BENCH_KEEP=1 keeps the work dir
# A smoke test: BENCH_RUNS=1 BENCH_WARMUP=0 SYNTH_N=50 BENCH_SCALE_NS="25 50" make bench
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

runs=${BENCH_RUNS:-5}
warmup=${BENCH_WARMUP:-1}
synth_n=${SYNTH_N:-400}
seed=${SYNTH_SEED:-1}
scale_ns=${BENCH_SCALE_NS:-100 200 400 800}
cold_runs=${BENCH_VET_COLD_RUNS:-$runs}
groups=" ${BENCH_GROUPS:-G1 G2 G3 G4 G5 micro profile} "
cache=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rcperm-bench}
gosec_version=${GOSEC_VERSION:-v2.30.0}
profile=${BENCH_PROFILE:-/tmp/rcperm.prof}
out=${BENCH_OUT:-${TMPDIR:-/tmp}/rcperm-bench-$(date +%Y%m%d-%H%M%S).md}
work=$(mktemp -d "${TMPDIR:-/tmp}/rcperm-bench.XXXXXX")
cleanup() {
	if [ -n "${BENCH_KEEP:-}" ]; then
		echo "bench: work directory kept: $work" >&2
	else
		rm -rf "$work"
	fi
}
trap cleanup EXIT
want() { [[ $groups == *" $1 "* ]]; }
say() { echo "bench: $*" >&2; }
t_start=$SECONDS

bin=$work/bin
results=$work/results.jsonl
report=$work/report.md
mkdir -p "$bin" "$cache"
: >"$results"
: >"$report"
md() { printf '%s\n' "$@" >>"$report"; }

# --- Tools, built from this checkout -------------------------------------
say "building rcperm and the helpers"
go build -o "$bin/rcperm" ./cmd/rcperm
for t in nullfact nullnofact nullvet nullvetnofact benchrun; do
	go build -o "$bin/$t" "./internal/cmd/$t"
done
br=$bin/benchrun

gosec=""
if want G5; then
	gosec=$cache/gosec-$gosec_version/gosec
	if [ ! -x "$gosec" ]; then
		say "installing gosec $gosec_version into $cache (module proxy)"
		(cd "$work" && GOFLAGS= GOBIN="$cache/gosec-$gosec_version" go install "github.com/securego/gosec/v2/cmd/gosec@$gosec_version") || gosec=""
	fi
fi

gcl=""
gcl_note=""
if want G3; then
	for c in "${BENCH_GCL:-}" "$root/bin/custom-gcl" "$cache/custom-gcl"; do
		if [ -n "$c" ] && [ -x "$c" ] && [ -z "${BENCH_GCL_REBUILD:-}" ]; then
			gcl=$c
			break
		fi
	done
	if [ -z "$gcl" ] && [ -n "${BENCH_BUILD_GCL:-}" ]; then
		say "building a custom golangci-lint with rcperm (.ci/golangci-test.sh, once)"
		mkdir -p "$work/gcl"
		if RCPERM_KEEP=1 TMPDIR=$work/gcl bash .ci/golangci-test.sh >"$work/gcl/log" 2>&1 ||
			ls "$work"/gcl/rcperm-golangci-test.*/bin/custom-gcl >/dev/null 2>&1; then
			cp "$work"/gcl/rcperm-golangci-test.*/bin/custom-gcl "$cache/custom-gcl"
			echo "built $(date -u +%FT%TZ) by .ci/golangci-test.sh from $root at $(git rev-parse --short HEAD 2>/dev/null) (+ uncommitted changes)" >"$cache/custom-gcl.stamp"
			gcl=$cache/custom-gcl
		else
			say "golangci-lint build failed: see $work/gcl/log (BENCH_KEEP=1 keeps it)"
		fi
		rm -rf "$work"/gcl/rcperm-golangci-test.*
	fi
	if [ -z "$gcl" ]; then
		gcl_note="skipped: no custom golangci-lint at bin/custom-gcl or $cache/custom-gcl (BENCH_BUILD_GCL=1 builds one, once)"
	fi
fi

# From here on, nothing is downloaded: the corpora build from the module cache.
export GOPROXY=off GOWORK=off

# --- Corpora --------------------------------------------------------------
realsdk=$work/realsdk
cp -R testdata/realsdk "$realsdk"
rm -f "$realsdk/realsdk"
synth() { # synth N: the synthetic module of N packages, generated once
	local d=$work/synth-$1
	if [ ! -d "$d" ]; then
		say "generating the synthetic module, N=$1"
		go run ./internal/cmd/synth -n "$1" -seed "$seed" -o "$d" >&2
		(cd "$d" && go build ./... && go vet ./...) >&2 # export data warm, and it must be clean
	fi
	echo "$d"
}
synthdir=$(synth "$synth_n")
(cd "$realsdk" && go build ./...)
npkgs() { (cd "$1" && go list ./... | wc -l | tr -d ' '); }

# --- Report header ----------------------------------------------------------
md "# rcperm benchmarks" ""
md "- date: $(date -u +%FT%TZ); $(go version); $(nproc) CPUs; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
md "- rcperm: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- analyzer permissions cmd 2>/dev/null || echo ' + uncommitted changes')"
md "- BENCH_RUNS=$runs (medians), BENCH_WARMUP=$warmup; corpora: realsdk = testdata/realsdk ($(npkgs "$realsdk") package, imports the three SDKs), synth = internal/cmd/synth -n $synth_n -seed $seed ($(npkgs "$synthdir") packages, $(cat "$synthdir"/pkg/*/*.go "$synthdir"/cmd/*/*.go | wc -l | tr -d ' ') lines)"
md "- ratios are of medians: wall / CPU (user+sys) / max RSS. On a shared machine CPU is the steadier measure: wall time depends on how many cores other work leaves free" ""

table() { # table GROUP TITLE [benchrun table flags]
	local g=$1 title=$2
	shift 2
	md "### $g: $title" ""
	"$br" table -group "$g" "$@" "$results" >>"$report"
	md ""
}

# --- G1: standalone ---------------------------------------------------------
if want G1; then
	md "## G1: rcperm ./... against the no-op analyzers" ""
	for corpus in realsdk synth; do
		dir=$realsdk
		[ $corpus = synth ] && dir=$synthdir
		say "G1 $corpus"
		"$br" run -o "$results" -group "G1-$corpus" -runs "$runs" -warmup "$warmup" -dir "$dir" -ok 0,3 \
			"rcperm=$bin/rcperm ./..." \
			"nullfact=$bin/nullfact ./..." \
			"nullnofact=$bin/nullnofact ./..."
		table "G1-$corpus" "$corpus" -base nullnofact,nullfact
	done
fi

# --- G2: go vet -------------------------------------------------------------
if want G2; then
	md "## G2: go vet -vettool" ""
	md "warm: go vet's cache holds every result. cold: every vet result invalidated by a new value of an ignored flag each run (compiled export data stays cached): the tool runs on every package and every dependency, std included." ""
	for corpus in realsdk synth; do
		dir=$realsdk
		[ $corpus = synth ] && dir=$synthdir
		say "G2 $corpus warm"
		"$br" run -o "$results" -group "G2-$corpus-warm" -runs "$runs" -warmup 1 -dir "$dir" -ok 0,1 \
			"vet rcperm=go vet -vettool=$bin/rcperm ./..." \
			"vet nullvet=go vet -vettool=$bin/nullvet ./..." \
			"vet nullvetnofact=go vet -vettool=$bin/nullvetnofact ./..."
		table "G2-$corpus-warm" "$corpus, warm" -base "vet nullvetnofact,vet nullvet"
		say "G2 $corpus cold"
		"$br" run -o "$results" -group "G2-$corpus-cold" -runs "$cold_runs" -warmup 0 -dir "$dir" -ok 0,1 \
			"vet rcperm=go vet -vettool=$bin/rcperm -manifest-digest={salt} ./..." \
			"vet nullvet=go vet -vettool=$bin/nullvet -nullvet.salt={salt} ./..." \
			"vet nullvetnofact=go vet -vettool=$bin/nullvetnofact -nullvetnofact.salt={salt} ./..."
		table "G2-$corpus-cold" "$corpus, cold" -base "vet nullvetnofact,vet nullvet"
	done
fi

# --- G3: golangci-lint --------------------------------------------------------
if want G3; then
	md "## G3: golangci-lint" ""
	if [ -z "$gcl" ]; then
		md "$gcl_note" ""
	else
		md "custom golangci-lint: \`$gcl\` ($("$gcl" version 2>&1 | head -1 | cut -c1-80)); $(cat "$gcl.stamp" 2>/dev/null || echo 'origin unknown'). Its rcperm is the one it was built with, not necessarily this checkout's." ""
		md "cold: a fresh GOLANGCI_LINT_CACHE each run (go's build cache warm); warm: the same golangci-lint cache, second run. rcperm's config is .golangci.example.yml; golangci-lint refuses to run with no linter, so the baselines swap rcperm for govet with only printf (fact-based, like rcperm) and for ineffassign (syntax only)." ""
		cp .golangci.example.yml "$work/gcl-rcperm.yml"
		printf 'version: "2"\nlinters:\n  default: none\n  enable: [govet]\n  settings:\n    govet:\n      disable-all: true\n      enable: [printf]\n' >"$work/gcl-printf.yml"
		printf 'version: "2"\nlinters:\n  default: none\n  enable: [ineffassign]\n' >"$work/gcl-ineffassign.yml"
		for corpus in realsdk synth; do
			dir=$realsdk
			[ $corpus = synth ] && dir=$synthdir
			say "G3 $corpus cold"
			"$br" run -o "$results" -group "G3-$corpus-cold" -runs "$runs" -warmup "$warmup" -dir "$dir" -ok 0,1 \
				"gcl rcperm=GOLANGCI_LINT_CACHE={tmp} $gcl run -c $work/gcl-rcperm.yml ./..." \
				"gcl govet-printf=GOLANGCI_LINT_CACHE={tmp} $gcl run -c $work/gcl-printf.yml ./..." \
				"gcl ineffassign=GOLANGCI_LINT_CACHE={tmp} $gcl run -c $work/gcl-ineffassign.yml ./..."
			table "G3-$corpus-cold" "$corpus, cold" -base "gcl ineffassign,gcl govet-printf"
			say "G3 $corpus warm"
			for c in rcperm printf ineffassign; do mkdir -p "$work/gclcache-$c"; done
			"$br" run -o "$results" -group "G3-$corpus-warm" -runs "$runs" -warmup 1 -dir "$dir" -ok 0,1 \
				"gcl rcperm=GOLANGCI_LINT_CACHE=$work/gclcache-rcperm $gcl run -c $work/gcl-rcperm.yml ./..." \
				"gcl govet-printf=GOLANGCI_LINT_CACHE=$work/gclcache-printf $gcl run -c $work/gcl-printf.yml ./..." \
				"gcl ineffassign=GOLANGCI_LINT_CACHE=$work/gclcache-ineffassign $gcl run -c $work/gcl-ineffassign.yml ./..."
			table "G3-$corpus-warm" "$corpus, warm" -base "gcl ineffassign,gcl govet-printf"
			rm -rf "$work"/gclcache-*
		done
	fi
fi

# --- G4: scaling --------------------------------------------------------------
if want G4; then
	md "## G4: scaling with the number of packages (synthetic module)" ""
	for n in $scale_ns; do
		dir=$(synth "$n")
		units=$(npkgs "$dir")
		say "G4 N=$n ($units packages)"
		"$br" run -o "$results" -group G4 -runs "$runs" -warmup "$warmup" -dir "$dir" -ok 0,3 -units "$units" \
			"rcperm n$n=$bin/rcperm ./..." \
			"nullfact n$n=$bin/nullfact ./..."
	done
	table G4 "rcperm ./... by size (pkgs: packages of the module, cmd/ included)" -paired "rcperm=nullfact"
fi

# --- G5: gosec ------------------------------------------------------------------
if want G5; then
	md "## G5: gosec $gosec_version" ""
	if [ -z "$gosec" ]; then
		md "skipped: gosec $gosec_version could not be installed." ""
	else
		for corpus in realsdk synth; do
			dir=$realsdk
			[ $corpus = synth ] && dir=$synthdir
			say "G5 $corpus"
			"$br" run -o "$results" -group "G5-$corpus" -runs "$runs" -warmup "$warmup" -dir "$dir" -ok 0,3 \
				"rcperm=$bin/rcperm ./..." \
				"gosec=$gosec -quiet -no-fail -fmt=text ./..." \
				"nullnofact=$bin/nullnofact ./..."
			table "G5-$corpus" "$corpus" -base gosec,nullnofact
		done
	fi
fi

# --- Micro benchmarks -------------------------------------------------------
if want micro; then
	say "micro benchmarks"
	md "## Micro benchmarks (go test -bench, -count=$runs, medians)" ""
	go test -run '^$' -bench . -benchmem -count="$runs" ./permissions/ ./analyzer/ >"$work/gobench.txt"
	"$br" gobench <"$work/gobench.txt" >>"$report"
	md ""
fi

# --- Profile ------------------------------------------------------------------
# share REGEX: the CPU samples of the profile with a function matching REGEX
# on their stack (pprof -focus), as "1.2s (34%)".
share() {
	local r
	r=$(go tool pprof -top -nodecount=1000000 -focus="$1" "$bin/rcperm" "$profile" 2>/dev/null |
		sed -n 's/^Showing nodes accounting for \([^,]*\), \([0-9.]*%\) of .*/\1 (\2)/p' | head -1)
	echo "${r:-0 (0%)}"
}
if want profile; then
	say "profile"
	md "## Profile: rcperm ./... on synth (N=$synth_n), one run" ""
	"$br" run -o "$results" -group profile -runs 1 -dir "$synthdir" -ok 0,3 \
		"rcperm (profiled)=$bin/rcperm -cpuprofile=$profile -memprofile=$profile.mem ./..."
	"$br" table -group profile "$results" >>"$report"
	md "" "CPU profile \`$profile\`, heap profile \`$profile.mem\` (view: \`go tool pprof -top $profile\`). The profile covers the rcperm process only; CPU time beyond its samples was spent in its child processes (go list, and the compiler go list runs for export data)." ""
	md "- $(go tool pprof -top -nodecount=1 "$bin/rcperm" "$profile" 2>/dev/null | grep '^Duration')"
	md "- In the rcperm process, the CPU samples with a function of each kind on their stack (a sample may count in several):"
	md "  - go/parser (parsing): $(share '^go/parser\.')"
	md "  - go/types (type-checking): $(share '^go/types\.')"
	md "  - export data import: $(share 'gcexportdata|gcimporter|internal/pkgbits')"
	md "  - golang.org/x/tools/go/packages (go list, its output): $(share 'golang.org/x/tools/go/packages')"
	md "  - rcperm's analyzer (github.com/rcperm/rcperm/analyzer): $(share '^github.com/rcperm/rcperm/analyzer\.')"
	md "  - rcperm's permission map (github.com/rcperm/rcperm/permissions): $(share '^github.com/rcperm/rcperm/permissions\.')"
	md "  - facts (encoding/gob): $(share '^encoding/gob\.')"
	md "  - garbage collection and allocation: $(share '^runtime\.(gcBgMarkWorker|gcAssistAlloc|mallocgc)')"
	md ""
	# Drivers built on go/analysis's checker (singlechecker) time their
	# phases with -debug=vt; rcperm's own driver may not.
	(cd "$synthdir" && "$bin/rcperm" -debug=vt ./... >/dev/null 2>"$work/debug.log") || true
	if grep -q 'building graph of analysis passes' "$work/debug.log"; then
		md "Phases, from a run with -debug=vt:" ""
		"$br" phases <"$work/debug.log" >>"$report"
		md ""
	else
		md "(No phase timings: this rcperm has no -debug=vt, the go/analysis checker's timing flag.)" ""
	fi
	md "Top 15 by cumulative CPU:" "" '```'
	go tool pprof -top -cum -nodecount=15 "$bin/rcperm" "$profile" 2>/dev/null | sed -n '/^Showing/,$p' >>"$report"
	md '```' "" "Top 15 by flat CPU:" "" '```'
	go tool pprof -top -nodecount=15 "$bin/rcperm" "$profile" 2>/dev/null | sed -n '/^Showing/,$p' >>"$report"
	md '```' "" "Bytes allocated over the run (heap profile, alloc_space), top 10 by cumulative:" "" '```'
	go tool pprof -top -cum -sample_index=alloc_space -nodecount=10 "$bin/rcperm" "$profile.mem" 2>/dev/null | sed -n '/^Showing/,$p' >>"$report"
	md '```' ""
fi

md "Harness: $((SECONDS - t_start)) s in all; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Every run: ${out%.md}.jsonl."
cp "$report" "$out"
cp "$results" "${out%.md}.jsonl"
cat "$report"
say "report written to $out"
