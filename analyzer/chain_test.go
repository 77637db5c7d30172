package analyzer_test

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/rcperm/rcperm/analyzer"
)

// chainPackages is how many packages the generated wrapper chains cross.
const chainPackages = 4

// TestWrapperChainLinear checks that the facts of a chain of wrappers grow
// linearly with its depth (issue 10): a chain twice as deep takes about
// twice the bytes, not four times, as it did when each wrapper's fact
// copied its callee's whole chain. The request at the top still has the
// whole chain, across packages.
func TestWrapperChainLinear(t *testing.T) {
	t.Parallel()
	const n = 200
	small := factBytes(t, analyzeChain(t, loadChain(t, n)), n)
	large := factBytes(t, analyzeChain(t, loadChain(t, 2*n)), 2*n)
	if ratio := float64(large) / float64(small); ratio > 2.5 {
		t.Errorf("facts of %d wrappers: %d bytes; of %d: %d bytes, %.1f times as many", n, small, 2*n, large, ratio)
	}
}

// BenchmarkWrapperChain analyzes chains of n wrappers across a few packages,
// already loaded: time, allocations and the bytes of the facts (gob, as go
// vet writes them) should all grow linearly with n.
//
//	go test ./analyzer -run '^$' -bench WrapperChain -benchtime 3x
func BenchmarkWrapperChain(b *testing.B) {
	for _, n := range []int{500, 1000, 2000} {
		pkgs := loadChain(b, n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var g *checker.Graph
			for b.Loop() {
				g = analyzeChain(b, pkgs)
			}
			b.ReportMetric(float64(factBytes(b, g, n)), "fact-bytes")
		})
	}
}

// loadChain writes and loads a GOPATH tree of n wrappers, in chainPackages
// packages chain/p0, chain/p1...: each wrapper passes its route to the one
// before, the first to the official SDK's stand-in, and chain/app calls
// the last with a route.
func loadChain(tb testing.TB, n int) []*packages.Package {
	tb.Helper()
	gopath := tb.TempDir()
	writeStandinSDK(tb, gopath)
	perPkg := (n + chainPackages - 1) / chainPackages
	for p := 0; p*perPkg < n; p++ {
		var src strings.Builder
		fmt.Fprintf(&src, "package p%d\n\nimport ringcentral \"github.com/ringcentral/ringcentral-go\"\n", p)
		if p > 0 {
			fmt.Fprintf(&src, "import \"chain/p%d\"\n", p-1)
		}
		for i := p * perPkg; i < min(n, (p+1)*perPkg); i++ {
			fmt.Fprintf(&src, "\nfunc W%d(rc ringcentral.RestClient, route string) []byte {\n\treturn ", i)
			switch {
			case i == 0:
				src.WriteString("rc.Get(route)")
			case i == p*perPkg:
				fmt.Fprintf(&src, "p%d.W%d(rc, route)", p-1, i-1)
			default:
				fmt.Fprintf(&src, "W%d(rc, route)", i-1)
			}
			src.WriteString("\n}\n")
		}
		writeFile(tb, filepath.Join(gopath, "src", "chain", fmt.Sprintf("p%d", p), "chain.go"), src.String())
	}
	last := (n - 1) / perPkg
	writeFile(tb, filepath.Join(gopath, "src", "chain", "app", "main.go"), fmt.Sprintf(`package main

import (
	ringcentral "github.com/ringcentral/ringcentral-go"

	"chain/p%d"
)

func main() {
	p%d.W%d(ringcentral.RestClient{}, "/restapi/v1.0/account/~/extension/~/call-log")
}
`, last, last, n-1))
	writeFile(tb, filepath.Join(gopath, "src", "chain", "app", "rcperm.yaml"), "permissions: [ReadCallLog]\n")
	return loadGOPATH(tb, gopath, "chain/app")
}

// writeStandinSDK copies the stand-in of the official SDK, which imports
// nothing, into the GOPATH tree.
func writeStandinSDK(tb testing.TB, gopath string) {
	tb.Helper()
	sdk := filepath.Join("testdata", "src", "github.com", "ringcentral", "ringcentral-go")
	for _, name := range []string{"ringcentral.go", "definitions.go"} {
		data, err := os.ReadFile(filepath.Join(sdk, name))
		if err != nil {
			tb.Fatal(err)
		}
		writeFile(tb, filepath.Join(gopath, "src", "github.com", "ringcentral", "ringcentral-go", name), string(data))
	}
}

// loadGOPATH loads the package path of the GOPATH tree, with its
// dependencies, from source.
func loadGOPATH(tb testing.TB, gopath, path string) []*packages.Package {
	tb.Helper()
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join(gopath, "src"),
		Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, path)
	if err != nil {
		tb.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		tb.Fatalf("the generated %s does not load", path)
	}
	return pkgs
}

func writeFile(tb testing.TB, name, data string) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// analyzeChain runs rcperm on a loaded chain and checks its outcome: no
// finding, and the app's one request reached through every wrapper.
func analyzeChain(tb testing.TB, pkgs []*packages.Package) *checker.Graph {
	tb.Helper()
	g, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, pkgs, nil)
	if err != nil {
		tb.Fatal(err)
	}
	for act := range g.All() {
		if act.Err != nil {
			tb.Fatalf("%s: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			tb.Errorf("%s: unexpected finding: %s", act.Package.Fset.Position(d.Pos), d.Message)
		}
	}
	return g
}

// factBytes returns the size of the facts of a chain of n wrappers, each
// encoded once with gob, as go vet writes them; and checks that the app's
// request has its whole chain: the call in main, one step per wrapper, and
// the SDK's call.
func factBytes(tb testing.TB, g *checker.Graph, n int) int {
	tb.Helper()
	res := g.Roots[0].Result.(*analyzer.Result)
	if len(res.Requests) != 1 || len(res.Requests[0].Chain) != n+1 {
		tb.Fatalf("the app's requests: %+v, want one with a chain of %d steps", res.Requests, n+1)
	}
	if first, last := res.Requests[0].Chain[0].Call, res.Requests[0].Chain[n].Call; first != fmt.Sprintf("chain/p%d.W%d", (n-1)/((n+chainPackages-1)/chainPackages), n-1) ||
		last != "(github.com/ringcentral/ringcentral-go.RestClient).Get" {
		tb.Fatalf("the chain runs from %s to %s", first, last)
	}
	size := 0
	encode := func(f analysis.Fact) {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(f); err != nil {
			tb.Fatal(err)
		}
		size += buf.Len()
	}
	for act := range g.All() {
		for _, f := range act.AllObjectFacts() {
			if f.Object.Pkg() == act.Package.Types {
				encode(f.Fact)
			}
		}
		for _, f := range act.AllPackageFacts() {
			if f.Package == act.Package.Types {
				encode(f.Fact)
			}
		}
	}
	return size
}
