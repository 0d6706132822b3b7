package mapper_test

import "testing"

// TestStaticRaise pins the operations whose operand types make them fail
// whatever the values: they raise CPython's exception where they stand.
func TestStaticRaise(t *testing.T) {
	cases := []goCase{
		{"str + int in a returned value",
			"def f(k):\n    if k:\n        return 'x' + 1\n    return 'ok'\nprint(f(0))\n",
			[]string{`return pyrt.Raising[string](pyrt.TypeError, "can only concatenate str (not \"int\") to str")`, "func f(k int) string"}, nil},
		{"int + str names both types",
			"def f():\n    return 1 + 'x'\ntry:\n    f()\nexcept TypeError as e:\n    print(e)\n",
			[]string{`"unsupported operand type(s) for +: 'int' and 'str'"`}, nil},
		{"a method of None as a statement",
			"x = None\nx.append(1)\n",
			[]string{`pyrt.Raise(pyrt.AttributeError, "'NoneType' object has no attribute 'append'")`}, nil},
		{"subscripting None",
			"x = None\nprint(x[0])\n",
			[]string{`"'NoneType' object is not subscriptable"`}, nil},
		{"str * float",
			"print('ab' * 1.5)\n",
			[]string{`"can't multiply sequence by non-int of type 'float'"`}, nil},
		{"valid mixes stay operations",
			"print('ab' * 2, 2 * 'ab', 'n=%d' % 3, 1 + 2.5, [1] * 2)\n",
			nil, []string{"Raising", "pyrt.Raise("}},
	}
	runGoCases(t, cases)
}

// TestMapReadsRaiseInFunctionsCalledFromTry pins where a missing dict key
// raises KeyError: in try bodies and in what they call.
func TestMapReadsRaiseInFunctionsCalledFromTry(t *testing.T) {
	src := "def inner(d):\n    return d['k']\ndef outer(d):\n    return inner(d)\ndef elsewhere(d):\n    return d['j']\n" +
		"try:\n    print(outer({'a': 1}))\nexcept KeyError as e:\n    print('missing', e)\nprint(elsewhere({'j': 2}))\n"
	got, diags := translate(t, src)
	if diags.HasErrors() {
		t.Fatalf("diagnostics: %s", diags)
	}
	checkGo(t, got, []string{`return pyrt.MapAt(d, "k")`}, []string{`pyrt.MapAt(d, "j")`})
}
