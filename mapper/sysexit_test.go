package mapper_test

import (
	"strings"
	"testing"
)

// TestSysExitCode pins sys.exit's forms (no argument is None, a message is
// passed as is) and SystemExit's code attribute.
func TestSysExitCode(t *testing.T) {
	src := "import sys\ntry:\n    sys.exit()\nexcept SystemExit as e:\n    print(e.code)\nsys.exit('bad')\n"
	got, diags := translate(t, src)
	if diags.HasErrors() {
		t.Fatalf("diagnostics: %s", diags)
	}
	for _, want := range []string{"pyrt.Exit(nil)", "pyrt.Str(e.Code())", `pyrt.Exit("bad")`} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in:\n%s", want, got)
		}
	}
}
