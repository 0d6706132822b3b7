package mapper_test

import "testing"

// TestDesugar pins the rewrites made before name resolution: wrapper
// decorators specialised per function, loops over differently shaped
// records unrolled, star-argument displays spread.
func TestDesugar(t *testing.T) {
	announce := "from functools import wraps\n\ndef announce(func):\n    @wraps(func)\n    def wrapper(*args, **kwargs):\n        print('calling', func.__name__)\n        return func(*args, **kwargs)\n    return wrapper\n\n"
	cases := []struct {
		name, src string
		want, not []string
	}{
		{"a wraps decorator becomes a wrapper named as the function, calling it renamed",
			announce + "@announce\ndef add(a, b=0):\n    '''Add.'''\n    return a + b\n\nprint(add(1, b=2), add.__name__, add.__doc__)\n",
			[]string{"func addUndecorated(a int, b int) int", "func add(kwargs *pyrt.Dict[string, int], args ...int) int",
				`fmt.Println("calling", "add")`, `"add", "Add."`},
			[]string{"func announce", "wraps"}},
		{"a decorator factory's parameters become the decoration's constants",
			"from functools import wraps\n\ndef times(n=2):\n    def deco(func):\n        @wraps(func)\n        def wrapper(*args):\n            return [func(*args) for _ in range(n)]\n        return wrapper\n    return deco\n\n@times(3)\ndef f(x):\n    return x\n\nprint(f(1))\n",
			[]string{"for range 3 {", "func f(args ...int) []int"}, []string{"func times"}},
		{"a decorator used otherwise too keeps its definition",
			announce + "@announce\ndef add(a):\n    return a\n\nprint(add(1))\nprint(announce)\n",
			nil, nil},
		{"a loop over differently shaped records is unrolled",
			"def f(a):\n    print(a)\ndef g():\n    print('g')\nfor fn, args in [(f, (1,)), (g, ())]:\n    fn(*args)\n",
			[]string{"f(1)\n\tg()"}, []string{"for "}},
		{"a loop over records of one shape stays a loop",
			"for name, n in [('a', 1), ('b', 2)]:\n    print(name, n)\n",
			[]string{"for _, "}, nil},
		{"a loop whose variable is read after it stays a loop",
			"for x in [(1,), (1, 2)]:\n    print(x)\nprint(x)\n",
			[]string{"for "}, nil},
		{"a loop variable's name used as another function's local does not block unrolling",
			"def f(args):\n    return args\nfor a, args in [(1, (1,)), (2, ())]:\n    print(a, args)\n",
			[]string{"fmt.Println(1, pyrt.Str(pyrt.Tuple1[int]{V0: 1}))"}, nil},
		{"a records list named once and only looped over with **record is unrolled and dropped",
			"def f(a=0, b=''):\n    print(a, b)\nspecs = [{'a': 1}, {'b': 'x'}]\nfor s in specs:\n    f(**s)\n",
			[]string{`f(1, "")`, `f(0, "x")`}, []string{"specs"}},
		{"dict records only read by key stay a loop",
			"for s in [{'a': 1}, {'b': 'x'}]:\n    print(s)\n",
			[]string{"for _, s := range"}, nil},
		{"a dict display spread into a library call becomes keywords",
			"print(1, 2, **{'sep': '-'})\n",
			[]string{`fmt.Printf("%d-%d\n", 1, 2)`}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, diags := translate(t, c.src)
			if c.want == nil && c.not == nil {
				if !diags.HasErrors() {
					t.Fatalf("want a diagnostic for the decorator's other use, got:\n%s", out)
				}
				return
			}
			if diags.HasErrors() {
				t.Fatalf("diagnostics:\n%s", diags)
			}
			checkGo(t, out, c.want, c.not)
		})
	}
}
