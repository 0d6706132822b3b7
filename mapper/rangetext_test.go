package mapper_test

import (
	"strings"
	"testing"
)

// TestRangeText pins how a range prints: a constant text for constant
// bounds, the runtime's RangeRepr of a call printed where it is made, and
// a diagnostic for a range variable with bounds known only at run time.
func TestRangeText(t *testing.T) {
	out, diags := translate(t, "r = range(1, 10, 2)\nprint(r, range(4))\nfor i in range(2):\n    print(range(i, 5))\n")
	if diags.HasErrors() {
		t.Fatalf("diagnostics:\n%s", diags)
	}
	checkGo(t, out, []string{`fmt.Println("range(1, 10, 2)", "range(0, 4)")`, "pyrt.RangeRepr(i, 5, 1)"}, nil)
	_, diags = translate(t, "n = 3\nr = range(n)\nprint(r)\n")
	want := "t.py:3:7: unsupported: printing a range held in r, whose bounds are not constants"
	if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), want) {
		t.Errorf("got diagnostics\n%s\nwant prefix %q", diags, want)
	}
}
