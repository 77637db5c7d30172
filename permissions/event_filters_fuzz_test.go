package permissions

import (
	"strings"
	"testing"
)

// FuzzLookupEventFilter checks that LookupEventFilter never panics, that its
// FilterMatch is consistent with its verdict, and that a query appended to a
// filter without one changes nothing. The seeds are in
// testdata/fuzz/FuzzLookupEventFilter.
func FuzzLookupEventFilter(f *testing.F) {
	f.Fuzz(func(t *testing.T, filter string) {
		m := LookupEventFilter(filter)
		switch m.Verdict {
		case DocumentedFilter:
			if m.Filter == nil || m.Nearest != nil || len(m.Operation.Candidates) != 0 {
				t.Fatalf("LookupEventFilter(%q): documented, with filter %v, nearest %v", filter, m.Filter, m.Nearest)
			}
		case OperationFilter:
			if m.Filter != nil || m.Nearest != nil || len(m.Operation.Candidates) == 0 {
				t.Fatalf("LookupEventFilter(%q): operation filter, with filter %v, nearest %v, %d candidates", filter, m.Filter, m.Nearest, len(m.Operation.Candidates))
			}
		case UnknownFilter:
			if m.Filter != nil || m.Nearest == nil || m.AnyOf() != 0 {
				t.Fatalf("LookupEventFilter(%q): unknown, with filter %v, nearest %v", filter, m.Filter, m.Nearest)
			}
		default:
			t.Fatalf("LookupEventFilter(%q): verdict %d out of range", filter, m.Verdict)
		}
		if strings.ContainsAny(filter, "?#") {
			return
		}
		if q := LookupEventFilter(filter + "?detailedTelephonyState=true"); q.Verdict != m.Verdict || q.Filter != m.Filter || q.AnyOf() != m.AnyOf() {
			t.Fatalf("LookupEventFilter(%q) = %v, but with a query %v", filter, m.Verdict, q.Verdict)
		}
	})
}
