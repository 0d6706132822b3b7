package mapper_test

import (
	"strings"
	"testing"
)

// TestSelfNestingTypeConverges checks that a value built from itself
// reaches a fixed point instead of nesting its type one level deeper on
// every inference pass (which never ended: a hang, caught by go test's own
// timeout if it comes back).
func TestSelfNestingTypeConverges(t *testing.T) {
	_, diags := translate(t, "point = (point + (5,), point * 2)\n")
	if want := "unsupported: operator on a any and a tuple[int]"; !strings.Contains(diags.String(), want) {
		t.Errorf("diagnostics %q do not contain %q", diags.String(), want)
	}
}
