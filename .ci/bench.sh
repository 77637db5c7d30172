#!/usr/bin/env bash
# rcperm's performance yardstick (make bench): what rcperm costs, as a
# standalone checker, as a vet tool and as a golangci-lint plugin, against
# no-op analyzers run the same way (the floors, internal/cmd/nullfact and
# nullnofact), on a small app using the three real RingCentral SDKs
# (realsdk), on a synthetic module of N packages (internal/cmd/synth) and on
# a large real module (golangci-lint's source, from the module cache); how
# it scales with N, its peak memory, what loading tests costs, warm reruns;
# gosec for comparison; and the micro benchmarks. Prints one markdown report
# (also written to BENCH_OUT), which ends with issue 22's budget and the
# rows that measure them.
#
# Every row is the median of BENCH_RUNS runs, the commands of a table
# interleaved round by round (benchrun, internal/cmd/benchrun), after
# BENCH_WARMUP unmeasured runs of each: on a shared, noisy machine compare
# the ratios within a table, not absolute times across runs of the script.
# "CPU" is user+sys time of the whole process tree; "max RSS" that of its
# largest process (wait4 rusage).
#
# rcperm keeps a cache of its results (RCPERM_CACHE). Every rcperm ./... run
# here is a first run, with a fresh, empty cache directory (RCPERM_CACHE=
# {tmp}: it lists, analyzes and writes its entries), except in the warm
# table. The floors run with rcperm's default -test=false (singlechecker's
# default is -test=true), so that both load the same packages.
#
# Tables:
#   G1  rcperm ./... (first run; also -cache=false) vs nullfact ./...
#       (no-op analyzer with a fact type: the checker loads every
#       dependency from source) and nullnofact ./... (no facts: only the
#       named packages from source, dependencies from export data: the
#       floor of any analyzer), on realsdk, synth (SYNTH_N), synth at
#       BENCH_LARGE_N packages and golangci-lint GCL_SOURCE_VERSION's
#       source module (BENCH_LARGE_RUNS runs; nullfact is left out on these
#       two: it reads every dependency from source, minutes a run).
#   mem rcperm ./... vs nullnofact ./... on synth at BENCH_MEM_N packages,
#       BENCH_MEM_RUNS runs: peak memory (max RSS) at scale.
#   tests  rcperm -test=true vs -test=false (first runs), and nullnofact
#       both ways, on the golangci-lint module: what loading test variants
#       costs (test files are loaded and type-checked, but requests in
#       _test.go files are never reported).
#   warm  a second rcperm ./... with no change (RCPERM_CACHE filled by one
#       unmeasured run) vs a first run and the floor, on synth and on the
#       golangci-lint module.
#   G2  go vet -vettool=rcperm vs the same no-op tools as vet tools
#       (singlechecker speaks go vet's protocol): nullfact and nullnofact.
#       warm: go vet's cache holds every result (a second run with nothing
#       changed). cold: go vet's results are invalidated, compiled export
#       data is not: each run passes a new value of an ignored flag
#       (-manifest-digest for rcperm, -salt for the null tools), which is
#       part of go vet's cache key for every package, so the tool runs
#       again on every package and dependency, std included. That is what
#       a user sees after upgrading rcperm, editing rcperm.yaml under
#       `rcperm vet`, or on CI with a restored build cache. A fresh GOCACHE
#       would add recompiling std and every dependency, the same for every
#       tool, and dilute the ratio.
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
#       module proxy) vs rcperm and nullnofact on realsdk and synth.
#   micro  go test -bench of ./permissions/ and ./analyzer/ (BenchmarkLookup,
#       BenchmarkEval), -count=BENCH_RUNS, medians.
#   profile  one rcperm -cache=false -cpuprofile/-memprofile run on the
#       synthetic module (BENCH_PROFILE, default /tmp/rcperm.prof): pprof
#       top 15 by cumulative and flat time.
#
# Settings (environment):
#   BENCH_RUNS=5 BENCH_WARMUP=1 SYNTH_N=400 SYNTH_SEED=1
#   BENCH_LARGE_N=1600 BENCH_LARGE_RUNS=3 BENCH_MEM_N=3200 BENCH_MEM_RUNS=1
#   GCL_SOURCE_VERSION=v2.15.0 (the golangci-lint module measured)
#   BENCH_SCALE_NS="100 200 400 800" BENCH_VET_COLD_RUNS=$BENCH_RUNS
#   BENCH_GROUPS="G1 mem tests warm G2 G3 G4 G5 micro profile"
#   BENCH_CACHE=~/.cache/rcperm-bench (gosec, custom golangci-lint)
#   BENCH_OUT=/tmp/rcperm-bench-<time>.md  BENCH_KEEP=1 keeps the work dir
# On a fresh machine it downloads, through the module proxy, before it
# measures anything: the SDK modules (testdata/realsdk's go.mod, which the
# synthetic module requires too), golangci-lint's module and its
# dependencies, gosec. Then GOPROXY=off.
# A smoke test:
#   BENCH_RUNS=1 BENCH_WARMUP=0 SYNTH_N=50 BENCH_SCALE_NS="25 50" BENCH_LARGE_N=100 BENCH_MEM_N=200 make bench
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

runs=${BENCH_RUNS:-5}
warmup=${BENCH_WARMUP:-1}
synth_n=${SYNTH_N:-400}
seed=${SYNTH_SEED:-1}
scale_ns=${BENCH_SCALE_NS:-100 200 400 800}
large_n=${BENCH_LARGE_N:-1600}
large_runs=${BENCH_LARGE_RUNS:-3}
mem_n=${BENCH_MEM_N:-3200}
mem_runs=${BENCH_MEM_RUNS:-1}
gcl_source_version=${GCL_SOURCE_VERSION:-v2.15.0}
cold_runs=${BENCH_VET_COLD_RUNS:-$runs}
groups=" ${BENCH_GROUPS:-G1 mem tests warm G2 G3 G4 G5 micro profile} "
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
for t in nullfact nullnofact benchrun; do
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
			echo "built $(date -u +%FT%TZ) by .ci/golangci-test.sh from $root at $(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet HEAD -- analyzer permissions internal golangci 2>/dev/null || echo ' + uncommitted changes')" >"$cache/custom-gcl.stamp"
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

# The corpora's modules, into the module cache (nothing to do when they
# are there already): the SDKs, which the synthetic module requires too,
# and the golangci-lint module with its dependencies.
say "downloading the corpora's modules (module proxy; nothing if cached)"
(cd testdata/realsdk && go mod download)
gcl_source=""
if want G1 || want tests || want warm; then
	gcl_source=$work/golangci-lint
	src=$(cd "$work" && go mod download -json "github.com/golangci/golangci-lint/v2@$gcl_source_version" |
		sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	[ -d "$src" ] || { say "no module source for golangci-lint $gcl_source_version"; exit 1; }
	cp -R "$src" "$gcl_source"
	chmod -R u+w "$gcl_source" # the module cache is read-only
	(cd "$gcl_source" && go mod download)
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
		(cd "$d" && go build ./...) >&2 # export data warm
		# It must be clean; a larger module has the same kinds of code
		# (its first packages are the smaller one's), so SYNTH_N's vet
		# vouches for the rest at the cost of one.
		if [ "$1" = "$synth_n" ]; then (cd "$d" && go vet ./...) >&2; fi
	fi
	echo "$d"
}
synthdir=$(synth "$synth_n")
(cd "$realsdk" && go build ./...)
if [ -n "$gcl_source" ]; then
	say "building golangci-lint $gcl_source_version's packages (export data)"
	(cd "$gcl_source" && go build ./...)
	if want tests; then
		(cd "$gcl_source" && go list -test -export ./... >/dev/null) # the test variants' export data
	fi
fi
npkgs() { (cd "$1" && go list ./... | wc -l | tr -d ' '); }
corpus_dir() { # corpus_dir NAME: the directory of a corpus
	case $1 in
	realsdk) echo "$realsdk" ;;
	synth) echo "$synthdir" ;;
	synth-large) synth "$large_n" ;;
	golangci-lint) echo "$gcl_source" ;;
	esac
}
# rcperm's default -test, given to the floors too (singlechecker's is true).
floor_test=-test=false

# --- Report header ----------------------------------------------------------
md "# rcperm benchmarks" ""
md "- date: $(date -u +%FT%TZ); $(go version); $(nproc) CPUs; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
md "- rcperm: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- analyzer permissions cmd 2>/dev/null || echo ' + uncommitted changes')"
md "- BENCH_RUNS=$runs (medians), BENCH_WARMUP=$warmup; corpora: realsdk = testdata/realsdk ($(npkgs "$realsdk") package, imports the three SDKs), synth = internal/cmd/synth -n $synth_n -seed $seed ($(npkgs "$synthdir") packages, $(cat "$synthdir"/pkg/*/*.go "$synthdir"/cmd/*/*.go | wc -l | tr -d ' ') lines)$([ -n "$gcl_source" ] && echo ", golangci-lint = github.com/golangci/golangci-lint/v2@$gcl_source_version's source from the module cache ($(npkgs "$gcl_source") packages, $(cd "$gcl_source" && go list -deps ./... | wc -l | tr -d ' ') with dependencies)")"
md "- every rcperm ./... run is a first run with an empty cache (RCPERM_CACHE={tmp}, a fresh directory each run) unless a table says warm; the floors run with rcperm's default $floor_test"
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
	md "rcperm: a first run (an empty cache: it lists the packages, analyzes them and writes its entries); rcperm no cache: -cache=false, the same without the cache. synth-large (N=$large_n) and golangci-lint: $large_runs runs, no nullfact (it reads every dependency from source, minutes a run)." ""
	for corpus in realsdk synth synth-large golangci-lint; do
		dir=$(corpus_dir $corpus)
		n=$runs
		fact=("nullfact=$bin/nullfact $floor_test ./...")
		if [ $corpus = synth-large ] || [ $corpus = golangci-lint ]; then
			n=$large_runs
			fact=()
		fi
		say "G1 $corpus"
		"$br" run -o "$results" -group "G1-$corpus" -runs "$n" -warmup "$warmup" -dir "$dir" -ok 0,3 \
			"rcperm=RCPERM_CACHE={tmp} $bin/rcperm ./..." \
			"rcperm no cache=$bin/rcperm -cache=false ./..." \
			"${fact[@]}" \
			"nullnofact=$bin/nullnofact $floor_test ./..."
		table "G1-$corpus" "$corpus" -base nullnofact,nullfact
	done
fi

# --- mem: peak memory at scale ------------------------------------------------
if want mem; then
	md "## mem: peak memory on synth N=$mem_n (target: rcperm's max RSS ≤ 800 MB)" ""
	dir=$(synth "$mem_n")
	say "mem N=$mem_n"
	"$br" run -o "$results" -group mem -runs "$mem_runs" -warmup 0 -dir "$dir" -ok 0,3 \
		"rcperm=RCPERM_CACHE={tmp} $bin/rcperm ./..." \
		"nullnofact=$bin/nullnofact $floor_test ./..."
	table mem "synth N=$mem_n ($(npkgs "$dir") packages)" -base nullnofact
fi

# --- tests: the cost of loading test variants -------------------------------
if want tests; then
	md "## tests: rcperm -test=true (tests) vs -test=false (no tests) on golangci-lint (first runs)" ""
	md "Requests in _test.go files are never reported: loading tests only adds test variants to list, parse and type-check." ""
	say "tests"
	"$br" run -o "$results" -group tests -runs "$large_runs" -warmup "$warmup" -dir "$gcl_source" -ok 0,3 \
		"rcperm tests=RCPERM_CACHE={tmp} $bin/rcperm -test=true ./..." \
		"rcperm no tests=RCPERM_CACHE={tmp} $bin/rcperm -test=false ./..." \
		"nullnofact tests=$bin/nullnofact -test=true ./..." \
		"nullnofact no tests=$bin/nullnofact -test=false ./..."
	table tests "golangci-lint" -base "rcperm no tests,nullnofact no tests"
fi

# --- warm: a rerun with no change -----------------------------------------------
if want warm; then
	md "## warm: a second rcperm ./... with no change (target: ≤ 0.4× the floor's CPU)" ""
	md "rcperm warm: the same RCPERM_CACHE as a first, unmeasured run; rcperm first run: an empty cache each run." ""
	for corpus in synth golangci-lint; do
		dir=$(corpus_dir $corpus)
		n=$runs
		[ $corpus = golangci-lint ] && n=$large_runs
		say "warm $corpus"
		warmcache=$work/rcperm-cache-$corpus
		# The first run fills the cache; exit 3 is findings.
		(cd "$dir" && RCPERM_CACHE=$warmcache "$bin/rcperm" ./... >"$work/warm-$corpus.log" 2>&1) || [ $? = 3 ] ||
			{ say "rcperm ./... failed on $corpus:"; tail -20 "$work/warm-$corpus.log" >&2; exit 1; }
		"$br" run -o "$results" -group "warm-$corpus" -runs "$n" -warmup "$warmup" -dir "$dir" -ok 0,3 \
			"rcperm warm=RCPERM_CACHE=$warmcache $bin/rcperm ./..." \
			"rcperm first run=RCPERM_CACHE={tmp} $bin/rcperm ./..." \
			"nullnofact=$bin/nullnofact $floor_test ./..."
		table "warm-$corpus" "$corpus" -base nullnofact
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
			"vet nullfact=go vet -vettool=$bin/nullfact ./..." \
			"vet nullnofact=go vet -vettool=$bin/nullnofact ./..."
		table "G2-$corpus-warm" "$corpus, warm" -base "vet nullnofact,vet nullfact"
		say "G2 $corpus cold"
		"$br" run -o "$results" -group "G2-$corpus-cold" -runs "$cold_runs" -warmup 0 -dir "$dir" -ok 0,1 \
			"vet rcperm=go vet -vettool=$bin/rcperm -manifest-digest={salt} ./..." \
			"vet nullfact=go vet -vettool=$bin/nullfact -salt={salt} ./..." \
			"vet nullnofact=go vet -vettool=$bin/nullnofact -salt={salt} ./..."
		table "G2-$corpus-cold" "$corpus, cold" -base "vet nullnofact,vet nullfact"
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
			"rcperm n$n=RCPERM_CACHE={tmp} $bin/rcperm ./..." \
			"nullfact n$n=$bin/nullfact $floor_test ./..."
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
				"rcperm=RCPERM_CACHE={tmp} $bin/rcperm ./..." \
				"gosec=$gosec -quiet -no-fail -fmt=text ./..." \
				"nullnofact=$bin/nullnofact $floor_test ./..."
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
		"rcperm (profiled)=$bin/rcperm -cache=false -cpuprofile=$profile -memprofile=$profile.mem ./..."
	"$br" table -group profile "$results" >>"$report"
	md "" "CPU profile \`$profile\`, heap profile \`$profile.mem\` (view: \`go tool pprof -top $profile\`). The profile covers the rcperm process only; CPU time beyond its samples was spent in its child processes (go list, and the compiler go list runs for export data)." ""
	md "- $(go tool pprof -top -nodecount=1 "$bin/rcperm" "$profile" 2>/dev/null | grep '^Duration')"
	md "- In the rcperm process, the CPU samples with a function of each kind on their stack (a sample may count in several):"
	md "  - go/parser (parsing): $(share '^go/parser\.')"
	md "  - go/types (type-checking): $(share '^go/types\.')"
	md "  - export data import: $(share 'gcexportdata|gcimporter|internal/pkgbits')"
	md "  - golang.org/x/tools/go/packages (go list, its output): $(share 'golang.org/x/tools/go/packages')"
	md "  - rcperm's analyzer (github.com/rcperm/rcperm/analyzer): $(share '^github.com/rcperm/rcperm/analyzer\.')"
	md "  - of which SSA and the value flow (golang.org/x/tools/go/ssa, analyzer/internal/flow): $(share '^(golang.org/x/tools/go/ssa|github.com/rcperm/rcperm/analyzer/internal/flow)\.')"
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

md "## The budget (issue 22): where this report measures it" ""
md "- a first run ≤ 1.25× the no-facts floor in CPU on every corpus: G1, the \`rcperm\` rows' ÷ nullnofact column (realsdk, synth, synth-large N=$large_n, golangci-lint)."
md "- a no-change rerun ≤ 0.4× the floor's CPU: warm, the \`rcperm warm\` rows (synth, golangci-lint)."
md "- peak memory at scale, synth N=$mem_n max RSS ≤ 800 MB: mem."
md "- go vet and golangci-lint ≤ 1.25× their floors: G2 and G3."
md "- the -test default: tests (rcperm's default is -test=false)."
md ""
md "Harness: $((SECONDS - t_start)) s in all; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Every run: ${out%.md}.jsonl."
cp "$report" "$out"
cp "$results" "${out%.md}.jsonl"
cat "$report"
say "report written to $out"
