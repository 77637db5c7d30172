package flow

import (
	"fmt"
	"go/constant"
	"strings"
	"testing"
)

// TestKeyed checks a table read at a parameter: its keys are the
// constants the function distinguishes it by, and the struct it returns
// for each key holds that entry's fields. The table is a literal, or a
// map a loop builds by keying each object of a list with one of its
// fields: once in init, lazily under sync.Once, from a list of values or
// of pointers.
func TestKeyed(t *testing.T) {
	const lookups = `
func Lookup(name string) (Operation, bool) {
	load()
	op, ok := operations[name]
	return op, ok
}

func MustLookup(name string) Operation {
	load()
	op, ok := operations[name]
	if !ok {
		panic(name)
	}
	return op
}
`
	for _, tc := range []struct{ name, src string }{
		{"literal", `
type Operation struct{ Name, Method, Template string }

var operations = map[string]Operation{
	"calllog": {"calllog", "GET", "/v1/call-log"},
	"sms":     {"sms", "POST", "/v1/sms"},
}

func load() {}
`},
		{"built in init", `
type Operation struct{ Name, Method, Template string }

var list = []Operation{
	{"calllog", "GET", "/v1/call-log"},
	{"sms", "POST", "/v1/sms"},
}

var operations map[string]Operation

func init() {
	operations = make(map[string]Operation)
	for _, op := range list {
		operations[op.Name] = op
	}
}

func load() {}
`},
		{"built once", `
import "sync"

type Operation struct{ Name, Method, Template string }

const (
	CallLog = "calllog"
	SMS     = "sms"
)

var list = []Operation{
	{Name: CallLog, Method: "GET", Template: "/v1/call-log"},
	{Name: SMS, Method: "POST", Template: "/v1/sms"},
	{Name: "other", Method: "DELETE", Template: "/v1/other"},
}

var (
	once       sync.Once
	operations map[string]Operation
)

func load() {
	once.Do(func() {
		operations = make(map[string]Operation, len(list))
		for _, op := range list {
			operations[op.Name] = op
		}
	})
}
`},
		{"built from a long list", longList(100)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tp := buildTest(t, tc.src+lookups)
			for _, fn := range []string{"Lookup", "MustLookup"} {
				obj := tp.funcs[fn]
				params := tp.prog.DispatchParams(obj)
				if got := fmt.Sprint(params[0]); !strings.Contains(got, `"calllog"`) || !strings.Contains(got, `"sms"`) {
					t.Errorf("%s: DispatchParams = %v, want the table's keys at 0", fn, params)
				}
				for key, want := range map[string]string{"sms": "map[0:[sms] 1:[POST] 2:[/v1/sms]]", "calllog": "map[0:[calllog] 1:[GET] 2:[/v1/call-log]]"} {
					se, ok := tp.prog.SpecializedEffects(obj, map[int]constant.Value{0: constant.MakeString(key)})
					if got := fmt.Sprint(rendered(se.Result)); !ok || got != want {
						t.Errorf("%s: SpecializedEffects(%s) = %s, %v; want %s", fn, key, got, ok, want)
					}
				}
			}
		})
	}
}

// longList is a list of n operations past the bounds of a merged value
// (maxValues) and of the old pinning (64 objects), keyed in init: the
// first two are the calllog and sms the test reads.
func longList(n int) string {
	var b strings.Builder
	b.WriteString(`
type Operation struct{ Name, Method, Template string }

var list = []Operation{
	{"calllog", "GET", "/v1/call-log"},
	{"sms", "POST", "/v1/sms"},
`)
	for i := range n - 2 {
		fmt.Fprintf(&b, "\t{\"op%d\", \"GET\", \"/v1/op/%d\"},\n", i, i)
	}
	b.WriteString(`}

var operations = map[string]Operation{}

func init() {
	for _, op := range list {
		operations[op.Name] = op
	}
}

func load() {}
`)
	return b.String()
}
