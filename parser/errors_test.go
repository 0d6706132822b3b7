package parser

import (
	"strings"
	"testing"
)

// errorCases give the exact rendered diagnostics. Messages are CPython
// 3.11's; positions are at the offending character (CPython's where it
// points there too).
var errorCases = []struct {
	name, src, want string
}{
	{"syntax", "x = = 1\n", `
t.py:1:5: syntax error: invalid syntax
    x = = 1
        ^`},
	{"syntax-after-newline", "f() = 3\n", `
t.py:1:8: syntax error: cannot assign to function call
    f() = 3
           ^`},
	{"try-alone", "try:\n    x = 1\ny = 2\n", `
t.py:1:1: syntax error: expected 'except' or 'finally' block
    try:
    ^`},
	{"try-else-finally", "try:\n    x = 1\nelse:\n    pass\nfinally:\n    pass\n", `
t.py:1:1: syntax error: expected 'except' or 'finally' block
    try:
    ^`},
	{"backslash-eof", "x = 1\n\\", `
t.py:2:1: syntax error: unexpected EOF while parsing
    \
    ^`},
	{"backslash-char", "x = 1 \\ 2\n", `
t.py:1:7: syntax error: unexpected character after line continuation character
    x = 1 \ 2
          ^`},
	{"positional-after-keyword", "f(a=1, b)\n", `
t.py:1:8: syntax error: positional argument follows keyword argument
    f(a=1, b)
           ^`},
	{"fstring-starred", "s = f'{*a}'\n", `
t.py:1:8: syntax error: f-string: cannot use starred expression here
    s = f'{*a}'
           ^`},
	{"never-closed", "x = ([1,\n", `
t.py:1:6: syntax error: '[' was never closed
    x = ([1,
         ^`},
	{"unmatched", "x = 1)\n", `
t.py:1:6: syntax error: unmatched ')'
    x = 1)
         ^`},
	{"mismatched", "x = (1,\n2]\n", `
t.py:2:2: syntax error: closing parenthesis ']' does not match opening parenthesis '(' on line 1
    2]
     ^`},
	{"eof-after-backslash", "x = 1 + \\\n", `
t.py:1:8: syntax error: unexpected EOF while parsing
    x = 1 + \
           ^`},
	{"tab-space", "if x:\n\tx = 1\n        y = 2\n", `
t.py:3:1: syntax error: inconsistent use of tabs and spaces in indentation
            y = 2
    ^`},
	{"unexpected-indent", "x = 1\n  y = 2\n", `
t.py:2:3: syntax error: unexpected indent
      y = 2
      ^`},
	{"missing-block", "if x:\npass\n", `
t.py:2:1: syntax error: expected an indented block after 'if' statement on line 1
    pass
    ^`},
	{"missing-block-eof", "def f():\n", `
t.py:1:9: syntax error: expected an indented block after function definition on line 1
    def f():
            ^`},
	{"unindent", "if x:\n    a\n  b\n", `
t.py:3:3: syntax error: unindent does not match any outer indentation level
      b
      ^`},
	{"walrus", "if (n := len(xs)) > 3:\n    pass\n", `
t.py:1:7: unsupported: walrus operator ':='; assign the value on its own line first
    if (n := len(xs)) > 3:
          ^`},
	{"match", "match cmd:\n    case 1:\n        pass\n", `
t.py:1:1: unsupported: 'match' statement; use an if/elif chain instead
    match cmd:
    ^`},
	{"matmul", "c = a @ b\n", `
t.py:1:7: unsupported: matrix multiplication operator '@'; call a function instead
    c = a @ b
          ^`},
	{"posonly", "def f(a, /, b):\n    pass\n", `
t.py:1:10: unsupported: positional-only parameter marker '/'; remove it
    def f(a, /, b):
             ^`},
	{"dict-unpack", "d = {'a': 1, **e}\n", `
t.py:1:14: unsupported: '**' unpacking in a dict display; build the dict with dict(...) and .update() instead
    d = {'a': 1, **e}
                 ^`},
	{"call-unpack", "f(*a, *b)\n", `
t.py:1:7: unsupported: more than one '*' unpacking in a call; concatenate the sequences first
    f(*a, *b)
          ^`},
	{"return-starred", "def f(xs):\n    return 1, *xs\n", `
t.py:2:15: unsupported: starred expression in 'return' or 'yield'; build the tuple or list first
        return 1, *xs
                  ^`},
	{"named-escape", "s = 'a \\\\N{x} \\N{BULLET}'\nb = b'\\N{x}'\nr = r'\\N{x}'\n", `
t.py:1:15: unsupported: \N{...} escape; write the character itself or use \uXXXX
    s = 'a \\N{x} \N{BULLET}'
                  ^`},
	{"with-parens", "with (open(a) as f, open(b) as g):\n    pass\n", `
t.py:1:6: unsupported: parenthesised context managers in 'with'; drop the parentheses (continue the line with a backslash)
    with (open(a) as f, open(b) as g):
         ^`},
	{"async-await", "async def f():\n    await g()\n", `
t.py:1:1: unsupported: 'async def'; run the work in threads (threading or concurrent.futures) instead
    async def f():
    ^
t.py:2:5: unsupported: 'await'; run the work in threads (threading or concurrent.futures) instead
        await g()
        ^`},
	{"several-unsupported", "a = b @ c\nmatch x:\n    case _:\n        pass\ny = (z := 1)\n", `
t.py:1:7: unsupported: matrix multiplication operator '@'; call a function instead
    a = b @ c
          ^
t.py:2:1: unsupported: 'match' statement; use an if/elif chain instead
    match x:
    ^
t.py:5:8: unsupported: walrus operator ':='; assign the value on its own line first
    y = (z := 1)
           ^`},
	{"fstring-empty", "print(f'{}')\n", `
t.py:1:10: syntax error: f-string: empty expression not allowed
    print(f'{}')
             ^`},
	{"fstring-single-brace", "s = f'a } b'\n", `
t.py:1:9: syntax error: f-string: single '}' is not allowed
    s = f'a } b'
            ^`},
	{"fstring-expecting", "s = f'{x'\n", `
t.py:1:9: syntax error: f-string: expecting '}'
    s = f'{x'
            ^`},
	{"fstring-conversion", "s = f'{x!z}'\n", `
t.py:1:10: syntax error: f-string: invalid conversion character: expected 's', 'r', or 'a'
    s = f'{x!z}'
             ^`},
	{"fstring-backslash", "s = f'{a\\n}'\n", `
t.py:1:9: syntax error: f-string expression part cannot include a backslash
    s = f'{a\n}'
            ^`},
	{"fstring-hash", "s = f'{a#}'\n", `
t.py:1:9: syntax error: f-string expression part cannot include '#'
    s = f'{a#}'
            ^`},
	{"fstring-nested-too-deeply", "s = f'{x:{y:{z}}}'\n", `
t.py:1:13: syntax error: f-string: expressions nested too deeply
    s = f'{x:{y:{z}}}'
                ^`},
	{"fstring-unmatched", "s = f'{a)}'\n", `
t.py:1:9: syntax error: f-string: unmatched ')'
    s = f'{a)}'
            ^`},
	{"fstring-mismatch", "s = f'{(a]}'\n", `
t.py:1:10: syntax error: f-string: closing parenthesis ']' does not match opening parenthesis '('
    s = f'{(a]}'
             ^`},
	{"fstring-syntax", "s = f'{a b}'\n", `
t.py:1:10: syntax error: f-string: invalid syntax
    s = f'{a b}'
             ^`},
	{"fstring-same-quotes", "s = f'{d['k']}'\n", `
t.py:1:10: syntax error: f-string: unmatched '['
    s = f'{d['k']}'
             ^`},
	{"fstring-walrus", "s = f'{(y:=1)}'\n", `
t.py:1:10: unsupported: walrus operator ':='; assign the value on its own line first
    s = f'{(y:=1)}'
             ^`},
	{"numeric-underscore", "n = 1__000\n", `
t.py:1:6: syntax error: invalid decimal literal
    n = 1__000
         ^`},
	{"unterminated", "s = 'abc\n", `
t.py:1:5: syntax error: unterminated string literal (detected at line 1)
    s = 'abc
        ^`},
	{"bad-annotation-target", "x: int = y = 1\n", `
t.py:1:1: syntax error: invalid syntax
    x: int = y = 1
    ^`},
}

func TestErrors(t *testing.T) {
	for _, c := range errorCases {
		t.Run(c.name, func(t *testing.T) {
			f, ds := Parse("t.py", []byte(c.src))
			if f != nil {
				t.Fatalf("Parse(%q) returned a file", c.src)
			}
			want := strings.TrimPrefix(c.want, "\n") + "\n"
			if got := ds.String(); got != want {
				t.Errorf("Parse(%q)\n got:\n%s\nwant:\n%s", c.src, got, want)
			}
		})
	}
}

func TestErrorCap(t *testing.T) {
	src := strings.Repeat("x = a @ b\n", 25)
	_, ds := Parse("t.py", []byte(src))
	if len(ds) != maxDiagnostics {
		t.Fatalf("got %d diagnostics, want %d", len(ds), maxDiagnostics)
	}
	if ds[9].Pos.Line != 10 {
		t.Errorf("diagnostics not in source order: last is at line %d", ds[9].Pos.Line)
	}
}

func TestBOMAndLoneCR(t *testing.T) {
	f, ds := Parse("t.py", []byte("\xef\xbb\xbfx = 1\ry = f'{x}'\r"))
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	want := "Module(body=[Assign@1:0(targets=[Name@1:0(id='x', ctx=Store)], value=Num@1:4(n=1)), " +
		"Assign@2:0(targets=[Name@2:0(id='y', ctx=Store)], value=JoinedStr@2:4(values=[FormattedValue@2:4(value=Name@2:7(id='x', ctx=Load), conversion=-1)]))])"
	if got := Dump(f.Module); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if d := f.Errorf(f.Module.Body[1], "bad %s", "y"); d.String() != "t.py:2:1: bad y\n    y = f'{x}'\n    ^\n" {
		t.Errorf("Errorf rendered %q", d.String())
	}
	if d := f.Notef(f.Module.Body[0], "inferred int"); d.Severity != Note || d.Pos.Col != 1 || d.Source != "x = 1" {
		t.Errorf("Notef gave %+v", d)
	}
}
