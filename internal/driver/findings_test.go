package driver

import (
	"go/constant"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/rcperm/rcperm/analyzer"
)

// inModule writes files (path → content) into a new module directory and
// makes it the working directory for the rest of the test.
func inModule(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	return dir
}

// TestStepsInOtherPackages: a finding's wrapper steps are placed at their
// calls, in the other package's file, through the file set the run shares.
func TestStepsInOtherPackages(t *testing.T) {
	dir := inModule(t, map[string]string{
		"go.mod":      standInGoMod(t),
		"rcperm.yaml": "permissions: [ReadAccounts]\n",
		"rc/rc.go": `package rc

import rcgo "github.com/ringcentral/ringcentral-go"

// Get sends GET to a RingCentral path.
func Get(path string) {
	rcgo.RestClient{}.Get(path)
}
`,
		"app.go": `package app

import "example.com/app/rc"

// Run reads the call log.
func Run() {
	rc.Get("/restapi/v1.0/account/~/extension/~/call-log")
}
`,
	})
	run, err := Analyze([]string{"./..."}, Options{}, analyzer.New(analyzer.Config{}))
	if err != nil {
		t.Fatal(err)
	}
	var missing []Finding
	for _, f := range run.Findings() {
		if f.Category == analyzer.CategoryMissingPermission {
			missing = append(missing, f)
		}
	}
	if len(missing) != 1 || len(missing[0].Related) != 1 {
		t.Fatalf("findings %+v, want one missing-permission with one step", missing)
	}
	want := token.Position{Filename: filepath.Join(dir, "rc", "rc.go"), Line: 7, Column: 2}
	if got := missing[0].Related[0].Pos; got.Filename != want.Filename || got.Line != want.Line || got.Column != want.Column {
		t.Errorf("step at %v, want %v (the call in rc.Get)", got, want)
	}
}

// TestTypeSizesFromGoList: packages are type-checked and analyzed with the
// sizes of the target go list reports (GOARCH), not of the machine rcperm
// runs on.
func TestTypeSizesFromGoList(t *testing.T) {
	inModule(t, map[string]string{
		"go.mod": "module example.com/app\n\ngo 1.26\n",
		"app.go": "package app\n\nimport \"unsafe\"\n\nconst intSize = unsafe.Sizeof(0)\n",
	})
	t.Setenv("GOARCH", "386")
	var passSize, constSize int64
	probe := &analysis.Analyzer{Name: "probe", Doc: "records int's size", Run: func(pass *analysis.Pass) (any, error) {
		passSize = pass.TypesSizes.Sizeof(types.Typ[types.Int])
		c := pass.Pkg.Scope().Lookup("intSize").(*types.Const)
		constSize, _ = constant.Int64Val(c.Val())
		return nil, nil
	}}
	if _, err := Analyze([]string{"."}, Options{}, probe); err != nil {
		t.Fatal(err)
	}
	if passSize != 4 || constSize != 4 {
		t.Errorf("with GOARCH=386: pass.TypesSizes says int has %d bytes, the type checker %d; want 4 and 4", passSize, constSize)
	}
}
