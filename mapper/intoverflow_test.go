package mapper_test

import "testing"

// TestIntOverflowChecks pins which int operations are checked: those whose
// result may leave 64 bits become runtime calls that raise OverflowError,
// those that provably fit stay Go operators.
func TestIntOverflowChecks(t *testing.T) {
	cases := []goCase{
		{"adding two parameters is checked",
			"def add(a, b):\n    return a + b\nprint(add(1, 2))\n",
			[]string{"return pyrt.AddInt(a, b)"}, []string{"a + b"}},
		{"a small constant step is a Go operator",
			"def f(n):\n    return n + 1, n - 2, n * 1\nprint(f(3))\n",
			[]string{"n + 1", "n - 2", "n * 1"}, []string{"pyrt.AddInt", "pyrt.SubInt", "pyrt.MulInt"}},
		{"an accumulated sum and product are checked",
			"total = 0\nprod = 1\nfor x in [3, 4]:\n    total += x\n    prod *= x\n    prod = prod * x\nprint(total, prod)\n",
			[]string{"total = pyrt.AddInt(total, x)", "prod = pyrt.MulInt(prod, x)", "prod = pyrt.MulInt(prod, x)"}, []string{"total += x"}},
		{"range variables with constant bounds multiply unchecked",
			"for i in range(10):\n    for j in range(1, 5):\n        print(i * j, i * i + j, (i * j * j) * 3)\n",
			[]string{"i*j", "(i*i)+j", "((i*j)*j)*3"}, []string{"pyrt.MulInt", "pyrt.AddInt"}},
		{"a range over a parameter is not bounded",
			"def f(n):\n    for i in range(n):\n        print(i * i)\nf(3)\n",
			[]string{"pyrt.MulInt(i, i)"}, nil},
		{"a loop variable bound twice keeps no bound",
			"def f(n):\n    for i in range(3):\n        print(i * i)\n    for i in range(n):\n        print(i * i)\nf(3)\n",
			[]string{"pyrt.MulInt(i, i)"}, nil},
		{"len is bounded",
			"xs = [1, 2]\nprint(len(xs) * len(xs))\n",
			[]string{"len(xs) * len(xs)"}, []string{"pyrt.MulInt"}},
		{"floats are never checked",
			"def f(a, b):\n    return a * b + a\nprint(f(1.5, 2.5))\n",
			[]string{"return (a * b) + a"}, []string{"pyrt.AddInt", "pyrt.MulInt"}},
	}
	runGoCases(t, cases)
}

func TestIntOverflowComprehensionRange(t *testing.T) {
	got, diags := translate(t, "print([x * x for x in range(5)], sum(y * 3 for y in range(4)))\n")
	if diags.HasErrors() {
		t.Fatalf("diagnostics: %s", diags)
	}
	checkGo(t, got, []string{"x*x", "y*3"}, []string{"pyrt.MulInt"})
}
