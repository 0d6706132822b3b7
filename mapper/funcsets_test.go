package mapper_test

import "testing"

// TestFunctionSets pins values that hold one of several functions: lambdas
// stored in one dict share a Go func type, and calls through them flow
// their arguments into all.
func TestFunctionSets(t *testing.T) {
	cases := []goCase{
		{"lambdas in one dict",
			"ops = {'+': lambda a, b: a + b, '*': lambda a, b: a * b}\nfor k in ops:\n    print(ops[k](6, 7))\n",
			[]string{"[]func(int, int) int{func(a int, b int) int {", "}, func(a int, b int) int {", "ops.At(k)(6, 7)"}, []string{"any"}},
		{"lambdas in one list with results of different numeric types",
			"fs = [lambda: 1, lambda: 2.5]\nfor f in fs:\n    print(f())\n",
			[]string{"[]func() pyrt.Num{"}, []string{"any"}},
		{"functions with different parameter counts stay apart",
			"def f(a):\n    return a\ndef g(a, b):\n    return a\nh = [f, g]\nprint(len(h))\n",
			[]string{"[]any{"}, nil},
		{"a variable holding one of several exception classes",
			"for cls in (ValueError, KeyError):\n    try:\n        raise cls\n    except Exception as e:\n        print(cls.__name__, repr(e))\n",
			[]string{"[]*pyrt.ExcType{pyrt.ValueError, pyrt.KeyError}", "panic(pyrt.NewExc(cls))", "cls.Name"}, nil},
	}
	runGoCases(t, cases)
}

// TestLambdaDefaultsBoundAtCreation pins lambdas in a comprehension whose
// defaults name its variable: the value is bound when the lambda is made.
func TestLambdaDefaultsBoundAtCreation(t *testing.T) {
	src := "bound = [lambda i=i: i * 10 for i in range(3)]\nprint([f() for f in bound])\n"
	got, diags := translate(t, src)
	if diags.HasErrors() {
		t.Fatalf("diagnostics: %s", diags)
	}
	checkGo(t, got, []string{"[]func() int{}", "func(i2 int) func() int {", "}(i))", "f()"}, []string{"f(i"})
}
