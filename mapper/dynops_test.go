package mapper_test

import "testing"

// TestDynamicArithmetic checks that +, - and * on a value of several types
// go through the runtime's dynamic operators instead of Go operators that
// would not compile.
func TestDynamicArithmetic(t *testing.T) {
	got, diags := translate(t, "double = lambda x: x * 2\nprint(double(4), double('ab'))\njoin = lambda a, b: a + b\nprint(join(1, 2), join('a', 'b'))\n")
	if diags.HasErrors() {
		t.Fatalf("diagnostics: %s", diags)
	}
	checkGo(t, got, []string{"return pyrt.DynMul(x, 2)", "return pyrt.DynAdd(a, b)"}, []string{"x * 2"})
	got, diags = translate(t, "def f(x):\n    if isinstance(x, int):\n        return x * 2\n    return 0\nprint(f(1), f('a'), f(None))\n")
	if diags.HasErrors() {
		t.Fatalf("diagnostics: %s", diags)
	}
	checkGo(t, got, []string{"pyrt.DynMul(x, 2)"}, nil)
}
