package permissions

import "testing"

func TestDbg(t *testing.T) {
	for _, u := range []string{"https://platform.ringcentral.com/restapi{}", "https://platform.ringcentral.com/restapi{}/extension/~", "https://platform.ringcentral.com{}/extension/~"} {
		m := Lookup("GET", u)
		t.Logf("%s: %v %d %+v", u, m.Verdict, len(m.Candidates), FindGap(u, m))
	}
}
