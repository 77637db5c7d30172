package analyzer

import (
	"go/constant"
	"go/token"
	"testing"
)

// TestParseExact checks that each kind of constant a fact writes with
// ExactString reads back as the same constant.
func TestParseExact(t *testing.T) {
	for _, c := range []constant.Value{
		constant.MakeInt64(0),
		constant.MakeInt64(-3),
		constant.MakeString("readUserPresenceStatus"),
		constant.MakeString(`a "quoted" \ name`),
		constant.MakeBool(true),
		constant.MakeFloat64(1.5),
	} {
		got, ok := parseExact(c.ExactString())
		if !ok || !constant.Compare(got, token.EQL, c) {
			t.Errorf("parseExact(%s) = %v, %v", c.ExactString(), got, ok)
		}
	}
	if _, ok := parseExact("not a constant"); ok {
		t.Error("parseExact read a constant from text that is none")
	}
}
