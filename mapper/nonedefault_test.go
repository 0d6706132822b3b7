package mapper_test

import (
	"strings"
	"testing"
)

// TestNoneDefaultOnInt pins a parameter whose default is None and whose
// callers pass ints: it is optional (any), the omitted argument is nil,
// and a library timeout taking it converts None to "no timeout".
func TestNoneDefaultOnInt(t *testing.T) {
	src := "import threading\nb = threading.Barrier(1, timeout=0.5)\ndef f(timeout=None):\n    b.wait(timeout)\nf()\nf(5)\n"
	got, diags := translate(t, src)
	if diags.HasErrors() {
		t.Fatalf("diagnostics: %s", diags)
	}
	for _, want := range []string{"func f(timeout any)", "f(nil)", "f(5)", "b.Wait(pyrt.OptionalTimeout(timeout))"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in:\n%s", want, got)
		}
	}
}
