package analyzer

import (
	"go/token"
	"testing"
)

// TestPosInFile: a step is placed in a file of the file set only where its
// position reads back as the step's line and column: in the parsed file,
// not in export data's stand-in for it, whose lines are lone newlines.
func TestPosInFile(t *testing.T) {
	const src = "package rc\n\nfunc Get() {\n\tcall()\n}\n"
	fset := token.NewFileSet()
	parsed := fset.AddFile("rc.go", -1, len(src))
	parsed.SetLinesForContent([]byte(src))
	// As x/tools' gcimporter builds a file from export data: 64 Ki bytes,
	// one per line, lines up to the last position it read.
	exported := fset.AddFile("rc.go", -1, 64*1024)
	exported.SetLines([]int{0, 1, 2, 3, 4})

	call := Step{Call: "call", File: "rc.go", Line: 4, Col: 2}
	for _, tc := range []struct {
		name string
		file *token.File
		step Step
		want bool
	}{
		{"parsed file", parsed, call, true},
		{"export data", exported, call, false},
		{"another file", parsed, Step{File: "other.go", Line: 4, Col: 2}, false},
		{"past the last line", parsed, Step{File: "rc.go", Line: 9, Col: 1}, false},
		{"past the end of its line", parsed, Step{File: "rc.go", Line: 4, Col: 12}, false},
		{"no column", parsed, Step{File: "rc.go", Line: 4}, false},
	} {
		p, ok := posInFile(tc.file, tc.step)
		if ok != tc.want {
			t.Errorf("%s: posInFile = %v, want %v", tc.name, ok, tc.want)
		}
		if ok {
			if got := fset.Position(p); got.Line != tc.step.Line || got.Column != tc.step.Col {
				t.Errorf("%s: placed at %v, want line %d column %d", tc.name, got, tc.step.Line, tc.step.Col)
			}
		}
	}
}
