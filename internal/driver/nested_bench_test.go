package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rcperm/rcperm/analyzer"
)

// BenchmarkNestedLiterals analyzes a package holding one expression of n
// nested composite literals, at 1, 2 and 4 times n, cold: each iteration
// changes the file, as each pull request does, so that nothing of it is in
// the go command's build cache. The compiler's cost on such an expression
// grows with the square of its depth (5,000 levels, 100 KB: 9 s and 3 GB);
// go vet does not compile the packages it vets, and neither does rcperm,
// which checks them from source (issue 23, item 1). The cost is linear.
func BenchmarkNestedLiterals(b *testing.B) {
	dir := inModule(b, map[string]string{
		"go.mod":      standInGoMod(b),
		"rcperm.yaml": "permissions: [ReadCallLog]\n",
	})
	for _, n := range []int{1000, 2000, 4000} {
		b.Run(fmt.Sprintf("depth=%d", n), func(b *testing.B) {
			i := 0
			for b.Loop() {
				b.StopTimer()
				i++
				src := fmt.Sprintf("package app\n\nimport rcgo %q\n\n// Run is run %d.\nfunc Run() any {\n\trcgo.RestClient{}.Get(%q)\n\treturn %s1%s\n}\n",
					"github.com/ringcentral/ringcentral-go", i, "/restapi/v1.0/account/~/extension/~/call-log",
					strings.Repeat(`map[string]any{"a": `, n), strings.Repeat("}", n))
				if err := os.WriteFile(filepath.Join(dir, "app.go"), []byte(src), 0o644); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				run, err := Analyze([]string{"./..."}, Options{}, analyzer.New(analyzer.Config{}))
				if err != nil {
					b.Fatal(err)
				}
				if !slices.Contains(run.analyzed, "example.com/app") {
					b.Fatalf("analyzed %v, want example.com/app", run.analyzed)
				}
			}
		})
	}
}
