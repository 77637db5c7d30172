package clip

import (
	"strings"
	"testing"
)

func TestString(t *testing.T) {
	long := strings.Repeat("x", 64)
	for _, tt := range []struct{ in, want string }{
		{"ReadCallLog", "ReadCallLog"},
		{long, long},
		{long + "y", long + "..."},
		// A two-byte character across the limit is left out whole.
		{strings.Repeat("x", 63) + "é", strings.Repeat("x", 63) + "..."},
	} {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPrintable(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"/restapi/v1.0/account/~/call-log", "/restapi/v1.0/account/~/call-log"},
		{"/x\n::error file=README.md,line=1::rcperm passed", `/x\n::error file=README.md,line=1::rcperm passed`},
		{"/x\r\n- Faxes", `/x\r\n- Faxes`},
		{"/x\x1b[2K\x1b[1A", `/x\x1b[2K\x1b[1A`},
		{"/x\u202egnp.exe", `/x\u202egnp.exe`},
		{"/x\u2028y\x85z", `/x\u2028y\x85z`},
		{"/x\xffy", `/x\xffy`},
		{"/é/日本/tab\there", `/é/日本/tab\there`},
		{`/already\nescaped`, `/already\nescaped`},
	} {
		got := Printable(tt.in)
		if got != tt.want {
			t.Errorf("Printable(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if again := Printable(got); again != got {
			t.Errorf("Printable(%q) = %q: not idempotent", got, again)
		}
	}
}

func TestRoute(t *testing.T) {
	long := "/restapi/" + strings.Repeat("x", 1000)
	if got := Route(long); got != long[:routeLimit]+"..." {
		t.Errorf("Route(%d bytes) = %d bytes %q..., want the first %d and ...", len(long), len(got), got[:20], routeLimit)
	}
	if got := Route("/x\n" + long); !strings.HasPrefix(got, `/x\n/restapi/`) || strings.Contains(got, "\n") {
		t.Errorf("Route kept a newline: %q", got[:20])
	}
}
