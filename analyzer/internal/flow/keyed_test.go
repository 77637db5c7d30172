package flow

import (
	"fmt"
	"go/constant"
	"testing"
)

// TestKeyed checks a table read at a parameter: its keys are the
// constants the function distinguishes it by, and the struct it returns
// for each key holds that entry's fields.
func TestKeyed(t *testing.T) {
	tp := buildTest(t, `
type Operation struct{ Method, Template string }

var table = map[string]Operation{
	"calllog": {Method: "GET", Template: "/v1/call-log"},
	"sms":     {Method: "POST", Template: "/v1/sms"},
}

func Lookup(name string) (Operation, bool) {
	op, ok := table[name]
	return op, ok
}

func MustLookup(name string) Operation {
	op, ok := table[name]
	if !ok {
		panic(name)
	}
	return op
}
`)
	for _, fn := range []string{"Lookup", "MustLookup"} {
		obj := tp.funcs[fn]
		params := tp.prog.DispatchParams(obj)
		if fmt.Sprint(params) != `map[0:["calllog" "sms"]]` && fmt.Sprint(params) != `map[0:["sms" "calllog"]]` {
			t.Errorf("%s: DispatchParams = %v, want the table's keys at 0", fn, params)
		}
		e, ok := tp.prog.Effects(obj)
		t.Logf("%s: effects %v %v", fn, ok, rendered(e.Result))
		se, ok := tp.prog.SpecializedEffects(obj, map[int]constant.Value{0: constant.MakeString("sms")})
		if got := fmt.Sprint(rendered(se.Result)); !ok || got != "map[0:[POST] 1:[/v1/sms]]" {
			t.Errorf("%s: SpecializedEffects(sms) = %s, %v; want map[0:[POST] 1:[/v1/sms]]", fn, got, ok)
		}
	}
}
