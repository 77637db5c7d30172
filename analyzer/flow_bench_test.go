package analyzer_test

import (
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

// The shapes of BenchmarkFlowScale: each writes one package of n elements
// whose requests only the value flow (analyzer/internal/flow, on SSA)
// resolves, or whose depth is n. unresolved says whether its request is
// meant to stay unresolved: n distinct routes are more values than a set
// of the flow holds.
var flowScaleShapes = []struct {
	name       string
	doc        string
	gen        func(n int) string
	unresolved bool
}{
	{"slicetable", "a package-level []struct{method, path string} of n RingCentral routes (six operations, repeated), ranged over into Request", genSliceTable, false},
	{"maptable", "a package-level map[string]string of n distinct RingCentral routes (an extension id each), ranged over into Get", genMapTable, true},
	{"chain", "a chain of n forwarders, F1 calls F2 ... Fn, which makes the request; Run calls F1 with a literal route", genChain, false},
	{"funcchain", "a chain of n forwarders, each calling the next through a package-level function variable", genFuncChain, false},
	// The tests add nothing superlinear; building the function's SSA
	// form does (x/tools' dominance frontiers of n edges into the loop's
	// header), as for any SSA-based analyzer.
	{"guardswitch", "a switch of n cases on a route ranged over from a table (the tests of a value that lead to its uses)", genGuardSwitch, false},
}

// flowScaleRoutes are the routes of the tables, six operations.
var flowScaleRoutes = []struct{ method, path string }{
	{"GET", "/restapi/v1.0/account/~/extension/~/call-log"},
	{"GET", "/restapi/v1.0/account/~/extension/~/message-store"},
	{"POST", "/restapi/v1.0/account/~/extension/~/sms"},
	{"GET", "/restapi/v1.0/account/~/extension/~/presence"},
	{"GET", "/restapi/v1.0/account/~/call-queues"},
	{"PUT", "/restapi/v1.0/account/~/extension/~/answering-rule/business-hours-rule"},
}

const flowScaleHeader = "package app\n\nimport ringcentral \"github.com/ringcentral/ringcentral-go\"\n\n"

func genSliceTable(n int) string {
	var b strings.Builder
	b.WriteString(flowScaleHeader)
	b.WriteString("type route struct{ method, path string }\n\nvar routes = []route{\n")
	for i := range n {
		r := flowScaleRoutes[i%len(flowScaleRoutes)]
		fmt.Fprintf(&b, "\t{%q, %q},\n", r.method, r.path)
	}
	b.WriteString("}\n\nfunc Run(rc ringcentral.RestClient) {\n\tfor _, r := range routes {\n\t\t_ = rc.Request(r.method, r.path, \"\", nil)\n\t}\n}\n")
	return b.String()
}

func genMapTable(n int) string {
	var b strings.Builder
	b.WriteString(flowScaleHeader)
	b.WriteString("var routes = map[string]string{\n")
	for i := range n {
		fmt.Fprintf(&b, "\t\"op%d\": \"/restapi/v1.0/account/~/extension/%d/call-log\",\n", i, 1000+i)
	}
	b.WriteString("}\n\nfunc Run(rc ringcentral.RestClient) {\n\tfor _, p := range routes {\n\t\t_ = rc.Get(p)\n\t}\n}\n")
	return b.String()
}

// genGuardSwitch writes a loop over the six routes whose body switches
// on the route with n cases, each a test of the route followed by a use.
func genGuardSwitch(n int) string {
	var b strings.Builder
	b.WriteString(flowScaleHeader)
	b.WriteString("var routes = []string{\n")
	for _, r := range flowScaleRoutes {
		fmt.Fprintf(&b, "\t%q,\n", r.path)
	}
	b.WriteString("}\n\nfunc Run(rc ringcentral.RestClient) {\n\tfor _, p := range routes {\n\t\tswitch p {\n")
	for i := range n {
		fmt.Fprintf(&b, "\t\tcase \"/skip/%d\":\n\t\t\tcontinue\n", i)
	}
	b.WriteString("\t\t}\n\t\t_ = rc.Get(p)\n\t}\n}\n")
	return b.String()
}

func genChain(n int) string { return genForwarders(n, false) }

func genFuncChain(n int) string { return genForwarders(n, true) }

// genForwarders writes F1 ... Fn, each handing its route to the next, Fn
// to the SDK; through a package-level function variable when viaVar.
func genForwarders(n int, viaVar bool) string {
	var b strings.Builder
	b.WriteString(flowScaleHeader)
	b.WriteString("func Run(rc ringcentral.RestClient) {\n\tF1(rc, \"/restapi/v1.0/account/~/extension/~/call-log\")\n}\n")
	for i := 1; i <= n; i++ {
		call := fmt.Sprintf("F%d(rc, route)", i+1)
		switch {
		case i == n:
			call = "rc.Get(route)"
		case viaVar:
			call = fmt.Sprintf("next%d(rc, route)", i+1)
			fmt.Fprintf(&b, "\nvar next%d = F%d\n", i+1, i+1)
		}
		fmt.Fprintf(&b, "\nfunc F%d(rc ringcentral.RestClient, route string) []byte {\n\treturn %s\n}\n", i, call)
	}
	return b.String()
}

// BenchmarkFlowScale analyzes one generated package per shape and size,
// already loaded (with the stand-in SDK, which imports nothing, so the
// package is nearly all the work): time and allocations per op should
// grow linearly with n, about twice as much per doubling.
//
//	go test ./analyzer -run '^$' -bench FlowScale -benchtime 3x -benchmem
//
// FLOW_SCALE_NS overrides the sizes (default "2500 5000 10000": 1x, 2x,
// 4x); FLOW_SCALE_SHAPES picks shapes by name.
func BenchmarkFlowScale(b *testing.B) {
	ns := []int{2500, 5000, 10000}
	if s := os.Getenv("FLOW_SCALE_NS"); s != "" {
		ns = nil
		for _, f := range strings.Fields(s) {
			var n int
			if _, err := fmt.Sscan(f, &n); err != nil {
				b.Fatalf("FLOW_SCALE_NS: %v", err)
			}
			ns = append(ns, n)
		}
	}
	only := os.Getenv("FLOW_SCALE_SHAPES")
	for _, shape := range flowScaleShapes {
		if only != "" && !strings.Contains(" "+only+" ", " "+shape.name+" ") {
			continue
		}
		for _, n := range ns {
			pkgs := loadFlowScale(b, shape.gen(n))
			b.Run(fmt.Sprintf("%s/n=%d", shape.name, n), func(b *testing.B) {
				b.ReportAllocs()
				var requests, unresolved int
				for b.Loop() {
					requests, unresolved = analyzeFlowScale(b, pkgs)
				}
				b.ReportMetric(float64(requests), "requests")
				b.ReportMetric(float64(unresolved), "unresolved")
			})
		}
	}
}

// TestFlowScaleShapes checks that the benchmark's small packages are
// analyzed as the benchmark means them to be: the request resolved, or
// reported unresolved when its values are past the flow's bound.
func TestFlowScaleShapes(t *testing.T) {
	t.Parallel()
	for _, shape := range flowScaleShapes {
		t.Run(shape.name, func(t *testing.T) {
			t.Parallel()
			requests, unresolved := analyzeFlowScale(t, loadFlowScale(t, shape.gen(12)))
			if shape.unresolved && (requests != 0 || unresolved != 1) || !shape.unresolved && (requests == 0 || unresolved != 0) {
				t.Errorf("%s (%s): %d requests resolved, %d unresolved", shape.name, shape.doc, requests, unresolved)
			}
		})
	}
}

// TestFlowScaleTables checks that a table of 5,000 routes is linear work
// that resolves: a question of the value flow reads each element once,
// and only what memoization cannot share spends its budget. A slice of
// 5,000 struct literals of six operations is their six requests; a map
// of 5,000 distinct routes, more values than a set holds, is one
// unresolved request, accounted for and not silently dropped.
func TestFlowScaleTables(t *testing.T) {
	t.Parallel()
	for _, shape := range flowScaleShapes {
		if shape.name != "slicetable" && shape.name != "maptable" {
			continue
		}
		t.Run(shape.name, func(t *testing.T) {
			t.Parallel()
			requests, unresolved := analyzeFlowScale(t, loadFlowScale(t, shape.gen(5000)))
			if shape.unresolved && (requests != 0 || unresolved != 1) || !shape.unresolved && (requests != len(flowScaleRoutes) || unresolved != 0) {
				t.Errorf("%s at 5,000 (%s): %d requests resolved, %d unresolved", shape.name, shape.doc, requests, unresolved)
			}
		})
	}
}

// loadFlowScale writes src as the package flowscale/app of a GOPATH tree
// with the stand-in SDK, and loads it.
func loadFlowScale(tb testing.TB, src string) []*packages.Package {
	tb.Helper()
	gopath := tb.TempDir()
	writeStandinSDK(tb, gopath)
	writeFile(tb, filepath.Join(gopath, "src", "flowscale", "app", "app.go"), src)
	writeFile(tb, filepath.Join(gopath, "src", "flowscale", "app", "rcperm.yaml"), "permissions: [ReadCallLog]\n")
	return loadGOPATH(tb, gopath, "flowscale/app")
}

// analyzeFlowScale runs rcperm on the loaded package and returns how many
// requests of the app it resolved and how many it could not.
func analyzeFlowScale(tb testing.TB, pkgs []*packages.Package) (requests, unresolved int) {
	tb.Helper()
	g, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, pkgs, nil)
	if err != nil {
		tb.Fatal(err)
	}
	for act := range g.All() {
		if act.Err != nil {
			tb.Fatalf("%s: %v", act, act.Err)
		}
	}
	res := g.Roots[0].Result.(*analyzer.Result)
	return len(res.Requests), len(res.Unresolved)
}
