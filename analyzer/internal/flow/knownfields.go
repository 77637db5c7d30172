package flow

import "go/types"

// Fields of other packages' types whose text is known whatever the
// program stores: a test server's URL is the loopback address, never
// RingCentral's, whoever reads it (a mock platform's readiness probe in
// non-test code, s.URL + "/restapi/...").
var knownFields = map[string]Str{
	"net/http/httptest.Server.URL": {{Lit: "http://127.0.0.1:"}, {Unknown: true}},
}

// knownField is what field f of the struct t is or points to holds, when
// knownFields says.
func knownField(t types.Type, f int) ([]Str, bool) {
	named, ok := types.Unalias(structOf(t)).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return nil, false
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok || f >= st.NumFields() {
		return nil, false
	}
	s, ok := knownFields[named.Obj().Pkg().Path()+"."+named.Obj().Name()+"."+st.Field(f).Name()]
	if !ok {
		return nil, false
	}
	return []Str{s}, true
}
