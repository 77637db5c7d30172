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
