package mapper_test

import (
	"strings"
	"testing"
)

func TestContainerIdentity(t *testing.T) {
	got, diags := translate(t, "a = [1]\nb = None\nprint(a is a, a is not a, b is None)\n")
	if diags.HasErrors() {
		t.Fatalf("diagnostics: %s", diags)
	}
	checkGo(t, got, []string{"pyrt.Str(true), pyrt.Str(false)"}, []string{"slices.Compare(a, a)"})
	_, diags = translate(t, "a = [1]\nb = a\nprint(a is b)\n")
	if want := "t.py:3:7: unsupported: `is` between a list[int] and a list[int]"; !strings.Contains(diags.String(), want) {
		t.Errorf("diagnostics %q do not contain %q", diags.String(), want)
	}
}

func TestExceptionClassIdentityFolded(t *testing.T) {
	got, diags := translate(t, "import queue, concurrent.futures\nprint(queue.Empty is queue.Empty, concurrent.futures.TimeoutError is TimeoutError, ValueError is KeyError)\n")
	if diags.HasErrors() {
		t.Fatalf("diagnostics: %s", diags)
	}
	checkGo(t, got, []string{"pyrt.Str(true), pyrt.Str(true), pyrt.Str(false)"}, []string{"pyrt.QueueEmpty == pyrt.QueueEmpty"})
}
