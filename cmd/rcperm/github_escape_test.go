package main

import "testing"

// TestWorkflowCommandEscaping: the Actions runner reads %, CR and LF as
// escapes in a message, and also ':' and ',' in a property.
func TestWorkflowCommandEscaping(t *testing.T) {
	const in = "50% of a:b,c\r\nnext"
	if got, want := escapeData(in), "50%25 of a:b,c%0D%0Anext"; got != want {
		t.Errorf("escapeData(%q) = %q, want %q", in, got, want)
	}
	if got, want := escapeProperty(in), "50%25 of a%3Ab%2Cc%0D%0Anext"; got != want {
		t.Errorf("escapeProperty(%q) = %q, want %q", in, got, want)
	}
}
