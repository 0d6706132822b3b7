package runtime

import (
	"strings"
	"testing"
)

func TestWriteString(t *testing.T) {
	var b strings.Builder
	if n := WriteString(&b, "héllo\n"); n != 6 {
		t.Errorf("WriteString returned %d, want 6 code points", n)
	}
	if b.String() != "héllo\n" {
		t.Errorf("wrote %q", b.String())
	}
}

func TestStrs(t *testing.T) {
	got := strings.Join(Strs([]any{1, 2.0, "x", nil, true}), " ")
	if got != "1 2.0 x None True" {
		t.Errorf("Strs = %q", got)
	}
}
