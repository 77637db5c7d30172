# rcperm developer tasks. `make test` is what CI runs (.ci/run).
GO ?= go
BIN := bin/rcperm
# The SDK whose method→route table analyzer/sdkroutes.tsv is generated from.
SDK_CLIENT := github.com/grokify/go-ringcentral-client@v0.3.25

.PHONY: build test lint generate bench demo clean realworld

build:
	$(GO) build -o $(BIN) ./cmd/rcperm

# -short skips the sweep over std, TestHostModule, go vet over modules
# that import net/http and the README's commands, which .ci/run runs as a
# step of their own.
test: lint
	$(GO) test -short ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt: not formatted:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) mod tidy -diff

# Regenerate the committed tables from their sources: RingCentral's spec in
# ../shared and the generated SDK in the module cache.
generate:
	$(GO) generate ./permissions
	$(GO) run ./analyzer/internal/gensdk \
	  -dir "$$($(GO) mod download -json $(SDK_CLIENT) | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$$/\1/p')" \
	  -o analyzer/sdkroutes.tsv

# The main job on the bundled example app: rcperm's findings, as a user sees
# them. rcperm exits 3 when it reports findings; that is the demo working.
demo: build
	@echo "rcperm ./... in testdata/example (manifest: testdata/example/rcperm.yaml)"
	@cd testdata/example && ../../$(BIN) ./... || test $$? -eq 3

# The performance yardstick (.ci/bench.sh): rcperm standalone, as a vet
# tool and as a golangci-lint plugin against no-op analyzers run the same
# way (internal/cmd/nullfact, nullnofact), on the real-SDK app, a synthetic
# module (internal/cmd/synth, N=400 and 1600) and golangci-lint's source;
# peak memory at N=3200, the cost of -test, warm reruns, scaling, gosec, the
# micro benchmarks and a CPU profile, as one markdown report. Medians of
# BENCH_RUNS=5 runs; see the script for the rest. Well over 25 minutes on
# 2 cores. A smoke test:
#   BENCH_RUNS=1 BENCH_WARMUP=0 SYNTH_N=50 BENCH_SCALE_NS="25 50" BENCH_LARGE_N=100 BENCH_MEM_N=200 make bench
bench:
	bash .ci/bench.sh

clean:
	rm -rf bin

# The real-world recall measure on ../shared/realworld's five labelled
# projects (.ci/realworld.sh): fails on a false positive, a wrong
# permission, or recall below REALWORLD_MIN.
realworld:
	bash .ci/realworld.sh

# rcperm as a golangci-lint v2 module plugin, end to end: installs
# golangci-lint, builds a custom one with rcperm from this checkout
# (.custom-gcl.yml), runs it on a throwaway app, and runs the differential
# test (TestDifferential) with it as the third host. Slow: one full
# golangci-lint build. Needs only Go and the module proxy.
.PHONY: golangci-test
golangci-test:
	bash .ci/golangci-test.sh

# rcperm as a pre-commit hook (.pre-commit-hooks.yaml), end to end: try-repo
# and real `git commit`s in a throwaway app, with this checkout (uncommitted
# changes included) as the hook repository. Needs pre-commit (Debian:
# apt-get install pre-commit) and Go; the network only for a `go mod
# download` when the module cache lacks rcperm's dependencies.
.PHONY: precommit-test
precommit-test:
	bash .ci/precommit-test.sh
