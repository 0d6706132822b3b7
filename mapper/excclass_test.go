package mapper_test

import (
	"strings"
	"testing"
)

// TestExceptionClassWithMethods pins the shape of an exception class with
// a body: a struct embedding the runtime exception, a constructor that
// returns the exception, typed attribute reads in except clauses.
func TestExceptionClassWithMethods(t *testing.T) {
	cases := []goCase{
		{"__init__ fields, super().__init__ sets args, a field read in the except clause",
			"class E(Exception):\n    def __init__(self, field, msg):\n        super().__init__(msg)\n        self.field = field\n" +
				"try:\n    raise E('name', 'required')\nexcept E as e:\n    print(e, e.field)\n",
			[]string{"var EClass = pyrt.NewExcType(\"E\", pyrt.Exception)", "type E struct {\n\t*pyrt.Exc\n\tfield string\n}",
				"func newE(field string, msg string) *pyrt.Exc", "e.SetArgs(msg)", "panic(newE(\"name\", \"required\"))",
				"e.IsInstance(EClass)", "e.Self.(*E).field"},
			[]string{" any\n"}},
		{"Exception.__init__(self, msg) sets args as super().__init__(msg) does",
			"class E(Exception):\n    def __init__(self, msg):\n        Exception.__init__(self, msg)\n        self.msg = msg\nraise E('x')\n",
			[]string{"e.SetArgs(msg)"}, nil},
		{"__str__ is the String method and args are the call's",
			"class Q(Exception):\n    def __init__(self, used):\n        self.used = used\n    def __str__(self):\n        return 'used ' + str(self.used)\nraise Q(3)\n",
			[]string{"pyrt.NewExc(QClass, used)", "func (q *Q) String() string"}, []string{"SetArgs"}},
		{"a subclass without a body shares its base's struct and __init__",
			"class H(Exception):\n    def __init__(self, status):\n        self.status = status\nclass N(H):\n    pass\n" +
				"try:\n    raise N(404)\nexcept N as e:\n    print(e.status)\n",
			[]string{"var N = pyrt.NewExcType(\"N\", HClass)", "func newN(status int) *pyrt.Exc", "e.Type = N", "e.Self.(*H).status"}, nil},
		{"a method called on the caught exception",
			"class H(Exception):\n    def __init__(self, status):\n        self.status = status\n    def client(self):\n        return self.status < 500\n" +
				"try:\n    raise H(404)\nexcept H as e:\n    print(e.client())\n",
			[]string{"func (h *H) client() bool", "e.Self.(*H).client()"}, nil},
		{"isinstance inside a broader except clause narrows to the subclass",
			"class A(Exception):\n    pass\nclass Q(A):\n    def __init__(self, used):\n        self.used = used\n" +
				"try:\n    raise Q(5)\nexcept A as e:\n    if isinstance(e, Q):\n        print(e.used)\n",
			[]string{"if e.IsInstance(QClass) {", "e.Self.(*Q).used"}, nil},
		{"raise E without arguments runs __init__",
			"class E(Exception):\n    def __init__(self, code=3):\n        self.code = code\ntry:\n    raise E\nexcept E as e:\n    print(e.code)\n",
			[]string{"panic(newE(3))"}, nil},
		{"raise from sets the cause, __cause__ reads it",
			"try:\n    try:\n        raise KeyError('x')\n    except KeyError as e:\n        raise ValueError('bad') from e\nexcept ValueError as e:\n    print(repr(e.__cause__))\n",
			[]string{"panic(pyrt.NewExc(pyrt.ValueError, \"bad\").WithCause(e))", "pyrt.Repr(e.Cause)"}, nil},
		{"raising inside an except clause keeps the handled exception as context; from None hides it",
			"def f(s):\n    try:\n        return int(s)\n    except ValueError:\n        raise RuntimeError('bad')\n" +
				"def g(s):\n    try:\n        return int(s)\n    except ValueError as e:\n        raise KeyError(s) from None\nprint(f('1'), g('2'))\n",
			[]string{`panic(pyrt.NewExc(pyrt.RuntimeError, "bad").WithContext(e))`, `panic(pyrt.NewExc(pyrt.KeyError, s).WithCause(nil))`,
				"\t}\n\treturn result\n}"},
			[]string{"returned"}},
		{"OSError attributes of a failed open",
			"try:\n    open('x')\nexcept FileNotFoundError as e:\n    print(e.filename, e.errno, e.strerror)\n",
			[]string{"e.IsInstance(pyrt.FileNotFoundError)", "e.Filename()", "e.Errno()", "e.Strerror()"}, nil},
	}
	runGoCases(t, cases)
}

// TestExceptionClassBodyDiagnostics pins what an exception class body
// cannot hold.
func TestExceptionClassBodyDiagnostics(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"raise E without an argument __init__ needs", "class E(Exception):\n    def __init__(self, msg):\n        self.msg = msg\nraise E\n",
			"t.py:4:7: __init__() missing argument 'msg'"},
		{"a class attribute", "class E(Exception):\n    code = 3\nraise E()\n",
			"t.py:2:5: unsupported: a statement in the body of exception class E"},
		{"methods in both a class and its base",
			"class A(Exception):\n    def f(self):\n        return 1\nclass B(A):\n    def g(self):\n        return 2\nraise B()\n",
			"t.py:4:1: unsupported: exception class B with methods deriving from A, which has methods too"},
		{"a base __init__ called without self", "class A(Exception):\n    def __init__(self, m):\n        Exception.__init__(m)\nraise A('x')\n",
			"t.py:3:9: unsupported: a base class's __init__ called without self in exception class A; use super().__init__(...)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := translate(t, tc.src)
			if !strings.Contains(diags.String(), tc.want) {
				t.Errorf("got %s, want %q", diags, tc.want)
			}
		})
	}
}

// TestSeveralTypesDiagnostics pins the diagnostics for values Go cannot
// hold with one static type.
func TestSeveralTypesDiagnostics(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"division after isinstance on a parameter of several types",
			"def f(x):\n    if isinstance(x, int):\n        return x / 2\n    return 0\nprint(f(1), f('a'), f(None))\n",
			"t.py:3:16: unsupported: arithmetic on a value of several types (any | None), which isinstance() does not narrow in Go"},
		{"a builtin class in a tuple of classes",
			"for t in (int, str):\n    print(isinstance(1, t))\n",
			"t.py:1:11: unsupported: the class int as a value (in a tuple or variable); call it, or name it in isinstance() directly"},
		{"a method on a value of several types",
			"d = {'k': [1], 'n': 0}\nd['k'].append(2)\n",
			"t.py:2:1: unsupported method: .append() on a value of several types (any)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := translate(t, tc.src)
			if !strings.Contains(diags.String(), tc.want) {
				t.Errorf("got %s, want %q", diags, tc.want)
			}
		})
	}
}
