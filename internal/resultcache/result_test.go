package resultcache

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/permissions"
)

// TestCachedResultRoundTrip: a cache entry gives back every field of an
// analyzer.Result, at any depth, its positions where they were in their
// files. A field the cache dropped would make a warm run report less than
// a cold one, such as no unused grant or unfollowed route: the result is
// filled by reflection, every field set, so a field added to Result or to
// a type it holds fails here until the cache carries it. Then each
// position is checked the fail-closed way: once its file no longer has
// its line, or the line ends before its column, the entry does not
// restore, and the package is analyzed again.
func TestCachedResultRoundTrip(t *testing.T) {
	cold := token.NewFileSet()
	cold.AddFile("padding", -1, 1000) // another process's token.Pos values differ
	filler := &resultFiller{t: t, dir: t.TempDir(), fset: cold, files: map[string]string{}}
	res := new(analyzer.Result)
	filler.fill(reflect.ValueOf(res).Elem(), "Result")

	e, ok := NewEntry(cold, nil, res, nil)
	if !ok {
		t.Fatal("NewEntry: the result cannot be cached")
	}
	store := NewStore(t.TempDir())
	key := strings.Repeat("0a", 32)
	if err := store.Put(key, e); err != nil {
		t.Fatal(err)
	}
	restore := func() (*analyzer.Result, *token.FileSet, error) {
		stored, ok := store.Get(key)
		if !ok {
			t.Fatal("the stored entry does not read back")
		}
		warm := token.NewFileSet()
		_, result, err := stored.Restore(NewFiles(warm))
		if err != nil {
			return nil, nil, err
		}
		return result, warm, nil
	}

	got, warm, err := restore()
	if err != nil {
		t.Fatal(err)
	}
	want, have := resultLines(cold, res), resultLines(warm, got)
	for _, line := range want {
		if !slices.Contains(have, line) {
			t.Errorf("the cache does not give back %s", line)
		}
	}
	if t.Failed() {
		t.Logf("restored:\n%s", strings.Join(have, "\n"))
	}

	for name, field := range filler.files {
		content, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		before, _, _ := strings.Cut(string(content), "var _")
		for what, edit := range map[string]string{
			"lost the position's line":             before,
			"shortened the line before its column": before + "var\n\n" + strings.TrimPrefix(string(content), before),
		} {
			writeFile(t, name, edit)
			if _, _, err := restore(); err == nil {
				t.Errorf("%s: restored after its file %s, want a miss", field, what)
			}
		}
		writeFile(t, name, string(content))
	}
}

var (
	posType       = reflect.TypeFor[token.Pos]()
	operationType = reflect.TypeFor[*permissions.Operation]()
)

// A resultFiller sets every field of a value, each to a value of its own:
// positions in files of their own, written to dir and added to fset.
type resultFiller struct {
	t     *testing.T
	dir   string
	fset  *token.FileSet
	n     int               // the values given so far
	files map[string]string // the file of each position → its field
}

func (f *resultFiller) fill(v reflect.Value, path string) {
	f.n++
	switch {
	case v.Type() == posType:
		name := filepath.Join(f.dir, fmt.Sprintf("pos%d.go", f.n))
		content := fmt.Sprintf("package p\n\n// %s\nvar _ = %d\n", path, f.n)
		writeFile(f.t, name, content)
		tf := f.fset.AddFile(name, -1, len(content))
		tf.SetLinesForContent([]byte(content))
		v.SetInt(int64(tf.Pos(strings.Index(content, "_ ="))))
		f.files[name] = path
	case v.Type() == operationType:
		// Current and legacy operations in turn: a legacy one's ID may
		// be a current one's too.
		ops := permissions.Operations()
		if f.n%2 == 1 {
			ops = permissions.LegacyOperations()
		}
		v.Set(reflect.ValueOf(ops[f.n%len(ops)]))
	case v.Kind() == reflect.String:
		v.SetString(fmt.Sprintf("%s %d", path, f.n))
	case v.CanInt():
		v.SetInt(int64(f.n))
	case v.CanUint():
		v.SetUint(uint64(f.n))
	case v.Kind() == reflect.Bool:
		v.SetBool(true)
	case v.Kind() == reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range s.Len() {
			f.fill(s.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
		v.Set(s)
	case v.Kind() == reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		f.fill(p.Elem(), path)
		v.Set(p)
	case v.Kind() == reflect.Struct:
		for i := range v.NumField() {
			field := v.Type().Field(i)
			if !field.IsExported() {
				f.t.Fatalf("%s.%s is unexported: the cache cannot carry it", path, field.Name)
			}
			f.fill(v.Field(i), path+"."+field.Name)
		}
	default:
		f.t.Fatalf("%s is a %s, which this test cannot fill: teach it, and cachedResult, about %[2]s", path, v.Type())
	}
}

// resultLines are every value of res, one line each with its field path:
// positions resolved in fset, operations by ID, path and table.
func resultLines(fset *token.FileSet, res *analyzer.Result) []string {
	var out []string
	var walk func(v reflect.Value, path string)
	walk = func(v reflect.Value, path string) {
		switch {
		case v.Type() == posType:
			out = append(out, fmt.Sprintf("%s = %v", path, fset.PositionFor(token.Pos(v.Int()), false)))
		case v.Type() == operationType && !v.IsNil():
			op := v.Interface().(*permissions.Operation)
			out = append(out, fmt.Sprintf("%s = operation %s legacy %v", path, op, op.Legacy))
		case v.Kind() == reflect.Slice:
			out = append(out, fmt.Sprintf("%s has %d", path, v.Len()))
			for i := range v.Len() {
				walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
			}
		case v.Kind() == reflect.Pointer && !v.IsNil():
			walk(v.Elem(), path)
		case v.Kind() == reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i), path+"."+v.Type().Field(i).Name)
			}
		default:
			out = append(out, fmt.Sprintf("%s = %#v", path, v.Interface()))
		}
	}
	walk(reflect.ValueOf(res).Elem(), "Result")
	return out
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
