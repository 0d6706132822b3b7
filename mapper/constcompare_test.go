package mapper_test

import "testing"

func TestConstantComparisonsFolded(t *testing.T) {
	got, diags := translate(t, "print(1 == 1.0, 3 < 3.5, 1 < 3 < 2, 5 > 4 >= 4 != 3, '' != '', 2**53 + 1 == 9007199254740993.0)\nx = 3\nprint(x == 3)\n")
	if diags.HasErrors() {
		t.Fatalf("diagnostics: %s", diags)
	}
	checkGo(t, got, []string{
		"pyrt.Str(true), pyrt.Str(true), pyrt.Str(false), pyrt.Str(true), pyrt.Str(false), pyrt.Str(false)",
		"x == 3", // a variable is not folded
	}, []string{"1.0 == 1.0"})
}

func TestConstantTruthFolded(t *testing.T) {
	got, diags := translate(t, "print(bool(0), bool(''), bool(2.5))\nx = 0\nprint(bool(x))\n")
	if diags.HasErrors() {
		t.Fatalf("diagnostics: %s", diags)
	}
	checkGo(t, got, []string{"pyrt.Str(false), pyrt.Str(false), pyrt.Str(true)", "x != 0"}, []string{"0 != 0", `"" != ""`})
}
