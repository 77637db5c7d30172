package permissions

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// FuzzLookup checks that Lookup never panics, that its Match is consistent
// with its Verdict, and that it answers the same for the same request: on a
// second call, with a query, a fragment or a trailing slash appended, and
// with a "-" of a bare path percent-encoded.
// The seeds are in testdata/fuzz/FuzzLookup; the inputs it failed on are in
// TestLookupFuzzRegressions.
func FuzzLookup(f *testing.F) {
	f.Fuzz(func(t *testing.T, method, url string) {
		if msg := lookupProblem(method, url, 2); msg != "" {
			t.Fatal(msg)
		}
	})
}

// lookupProblem returns what is wrong with Lookup's answer to a request, or
// "": a Match inconsistent with its Verdict; a different answer on any of
// calls identical calls; a different route with a query, a fragment or a
// trailing slash appended (when url has neither query nor fragment), or
// with the last "-" of a bare path written "%2D".
func lookupProblem(method, url string, calls int) string {
	m := Lookup(method, url)
	if msg := matchProblem(method, m); msg != "" {
		return fmt.Sprintf("Lookup(%q, %q) = %s: %s", method, url, describeMatch(m), msg)
	}
	for range calls - 1 {
		again := Lookup(method, url)
		if !sameMatch(m, again) {
			return fmt.Sprintf("Lookup(%q, %q) answers %s, then %s", method, url, describeMatch(m), describeMatch(again))
		}
	}
	if strings.HasPrefix(url, "/") && !strings.Contains(url, "%") {
		if i := strings.LastIndexByte(url, '-'); i >= 0 {
			encoded := url[:i] + "%2D" + url[i+1:]
			if other := Lookup(method, encoded); !sameRoute(m, other) {
				return fmt.Sprintf("Lookup(%q, %q) = %s, but encoded as %q %s", method, url, describeMatch(m), encoded, describeMatch(other))
			}
		}
	}
	if strings.ContainsAny(url, "?#") {
		return ""
	}
	for _, suffix := range []string{"?x=1", "#f", "/"} {
		if other := Lookup(method, url+suffix); !sameRoute(m, other) {
			return fmt.Sprintf("Lookup(%q, %q) = %s, but with %q appended %s", method, url, describeMatch(m), suffix, describeMatch(other))
		}
	}
	return ""
}

// TestLookupFuzzRegressions holds the inputs on which Lookup failed the
// fuzz target's checks: a suggestion that depended on map iteration order,
// and a "://" inside a bare path taken for a scheme.
func TestLookupFuzzRegressions(t *testing.T) {
	for _, tc := range []struct{ name, method, url string }{
		{"nearest_varies", "TRACE", "/restapi/v1.0/account/~/{}"},
		{"nearest_varies_partial_segment", "PATCH", "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-{}"},
		{"scheme_in_path", "GET", "/restapi/v1.0/account/~/call-log:/"},
		{"scheme_in_path_post", "POST", "/restapi/v1.0/account/~/extension/~/sms:/"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if msg := lookupProblem(tc.method, tc.url, 30); msg != "" {
				t.Error(msg)
			}
		})
	}
}

// matchProblem returns what is wrong with m, the answer to a request with
// the given method, or "".
func matchProblem(method string, m Match) string {
	switch m.Verdict {
	case NotRingCentral:
		if len(m.Candidates) != 0 || m.Requires != 0 || m.Nearest != nil || m.WrongMethod {
			return "not RingCentral, yet with an answer"
		}
		return ""
	case NoSuchOperation:
		if m.Nearest == nil {
			return "no such operation, and no nearest one"
		}
		if len(m.Candidates) != 0 || m.Requires != 0 {
			return "no such operation, yet with candidates"
		}
		if m.WrongMethod && methodIndex(method) >= 0 && strings.EqualFold(m.Nearest.Method, method) {
			return "wrong method, yet the nearest operation has it"
		}
		return ""
	case Found, Deprecated:
		if len(m.Candidates) == 0 {
			return "found, without candidates"
		}
		for _, op := range m.Candidates {
			if op.Requires != m.Requires {
				return fmt.Sprintf("found, requires %v, but %s requires %v", m.Requires, op.ID, op.Requires)
			}
		}
	case Ambiguous:
		if len(m.Candidates) < 2 {
			return "ambiguous, with fewer than two candidates"
		}
		differ := false
		for _, op := range m.Candidates[1:] {
			differ = differ || op.Requires != m.Candidates[0].Requires
		}
		if !differ {
			return "ambiguous, yet every candidate requires the same"
		}
		if m.Requires != 0 {
			return "ambiguous, with Requires set"
		}
	default:
		return "verdict out of range"
	}
	// Found, Deprecated or Ambiguous: candidates are distinct operations of
	// one table (the legacy one when Deprecated) and of the request's
	// method, sorted by path and method.
	if m.Nearest != nil || m.WrongMethod {
		return "found, yet with a nearest operation"
	}
	seen := map[*Operation]bool{}
	for i, op := range m.Candidates {
		if op == nil || seen[op] {
			return "a nil or repeated candidate"
		}
		seen[op] = true
		if op.Legacy != m.Candidates[0].Legacy || op.Legacy != (m.Verdict == Deprecated) && m.Verdict != Ambiguous {
			return fmt.Sprintf("%v with candidate %s (legacy %v)", m.Verdict, op, op.Legacy)
		}
		if !op.Legacy {
			if known, ok := OperationByID(op.ID); !ok || known != op {
				return op.ID + " is not in the operation table"
			}
		}
		if methodIndex(method) >= 0 && !strings.EqualFold(op.Method, method) {
			return fmt.Sprintf("candidate %s for method %q", op, method)
		}
		if i > 0 {
			prev := m.Candidates[i-1]
			if prev.Path > op.Path || prev.Path == op.Path && prev.Method >= op.Method {
				return fmt.Sprintf("candidates out of order: %s before %s", prev, op)
			}
		}
	}
	if m.Verdict != Ambiguous && len(m.Candidates) == 1 && m.Operation() != m.Candidates[0] {
		return "one candidate, but Operation() is not it"
	}
	return ""
}

// sameRoute reports whether two answers agree on what the request is.
func sameRoute(a, b Match) bool {
	if a.Verdict != b.Verdict || a.Requires != b.Requires || a.WrongMethod != b.WrongMethod || len(a.Candidates) != len(b.Candidates) {
		return false
	}
	for i := range a.Candidates {
		if a.Candidates[i] != b.Candidates[i] {
			return false
		}
	}
	return true
}

// sameMatch reports whether two answers are the same in every field.
func sameMatch(a, b Match) bool { return sameRoute(a, b) && a.Nearest == b.Nearest }

func describeMatch(m Match) string {
	s := m.Verdict.String()
	if len(m.Candidates) > 0 {
		ids := make([]string, len(m.Candidates))
		for i, op := range m.Candidates {
			ids[i] = op.ID
		}
		s += fmt.Sprintf(" %v requires %v", ids, m.Requires)
	}
	if m.Nearest != nil {
		s += fmt.Sprintf(" (nearest %s, wrong method %v)", m.Nearest, m.WrongMethod)
	}
	return s
}

// fuzzCallLogURL is a request that needs ReadCallLog, for FuzzParseScope.
const fuzzCallLogURL = "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log?view=Simple"

// FuzzParseScope checks that ParseScope keeps only the app permissions among
// the scope's fields, whatever else the scope holds, and that Check decides
// on what ParseScope makes of the scope. The seeds are in
// testdata/fuzz/FuzzParseScope.
func FuzzParseScope(f *testing.F) {
	readCallLog, unknown := SetOf("ReadCallLog")
	if len(unknown) != 0 {
		f.Fatalf("ReadCallLog is not a known permission")
	}
	f.Fuzz(func(t *testing.T, scope string) {
		got := ParseScope(scope)
		fields := strings.Fields(scope)
		inScope := map[string]bool{}
		for _, field := range fields {
			inScope[field] = true
		}
		for _, p := range got.Permissions() {
			if !inScope[string(p)] {
				t.Fatalf("ParseScope(%q) = %v: %s is not a field of the scope", scope, got, p)
			}
		}
		asPermissions := make([]Permission, len(fields))
		for i, field := range fields {
			asPermissions[i] = Permission(field)
		}
		if known, _ := SetOf(asPermissions...); got != known {
			t.Fatalf("ParseScope(%q) = %v, but the scope's fields hold %v", scope, got, known)
		}
		if again := ParseScope(strings.Join(fields, " ")); again != got {
			t.Fatalf("ParseScope(%q) = %v, but its fields joined by spaces give %v", scope, got, again)
		}

		err := Check(scope, "GET", fuzzCallLogURL)
		missing := got.Missing(readCallLog)
		if (err == nil) != (missing == 0) {
			t.Fatalf("Check(%q, GET, call log) = %v, but the scope %v lacks %v", scope, err, got, missing)
		}
		if err != nil {
			var ipe *InsufficientPermissionsError
			if !errors.As(err, &ipe) {
				t.Fatalf("Check(%q, GET, call log) = %T %v, want an *InsufficientPermissionsError", scope, err, err)
			}
			if ipe.Missing != readCallLog || ipe.PermissionName != "ReadCallLog" || ipe.Operation == nil || ipe.Operation.ID != "readUserCallLog" {
				t.Fatalf("Check(%q, GET, call log) = %+v, want ReadCallLog missing for readUserCallLog", scope, *ipe)
			}
		}
	})
}
