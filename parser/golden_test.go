package parser

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "regenerate testdata/golden.json with python3 (CPython 3.11) and testdata/cpython_dump.py")

// goldenCase is a source whose Dump must equal CPython 3.11's AST, as
// rendered by the mirror dumper testdata/cpython_dump.py.
type goldenCase struct {
	name string
	src  string
}

var fstringCases = []goldenCase{
	{"prefix-f", "x = f'a{b}c'\n"},
	{"prefix-F", "x = F'a{b}c'\n"},
	{"prefix-rf", `x = rf'\d{b}\n'` + "\n"},
	{"prefix-fr", `x = fr"\d{b}\n"` + "\n"},
	{"prefix-Rf", `x = Rf'\w{b}'` + "\n"},
	{"prefix-fR", `x = fR'\w{b}'` + "\n"},
	{"prefix-RF", `x = RF'\w{b}'` + "\n"},
	{"prefix-FR", `x = FR'\w{b}'` + "\n"},
	{"prefix-rF", `x = rF'\w{b}'` + "\n"},
	{"double-quotes", "x = f\"name={thread.name}, daemon={thread.daemon}\"\n"},
	{"triple-single", "x = f'''a{b}\nc{d}'''\n"},
	{"triple-double", "x = f\"\"\"a {b!r}\n  {c:>10}\n\"\"\"\n"},
	{"doubled-braces", "x = f'{{literal}} {a} }}{{'\n"},
	{"only-braces", "x = f'{{}}'\n"},
	{"empty", "x = f''\n"},
	{"plain", "x = f'plain'\n"},
	{"nested-quotes", "x = f'{d[\"k\"]} {e[\"a\" + \"b\"]}'\n"},
	{"nested-fstring", "x = f\"{f'{a}' + 'b'}\"\n"},
	{"conv-r", "x = f'{x!r}'\n"},
	{"conv-s-a", "x = f'{a!s}{b!a}'\n"},
	{"spec", "x = f'{value:.2f}'\n"},
	{"spec-nested", "x = f'{v:{w}.{p}f}'\n"},
	{"spec-nested-2", "x = f'{v:>{w}}'\n"},
	{"spec-time", "x = f'{dt:%H:%M}'\n"},
	{"spec-expr", "x = f'{v:{\"<\" if b else \">\"}10}'\n"},
	{"spec-empty", "x = f'{v:}'\n"},
	{"conv-and-spec", "x = f'{x!r:>10}'\n"},
	{"debug", "x = f'{x=}'\n"},
	{"debug-spaces", "x = f'{x = }'\n"},
	{"debug-conv", "x = f'{x=!s}'\n"},
	{"debug-spec", "x = f'{x=:>10}'\n"},
	{"debug-expr", "x = f'{a + b=}'\n"},
	{"not-equal", "x = f'{a != b} {a!=b}'\n"},
	{"compare-ops", "x = f'{a == b} {a<b} {a >= b} {a <= b} {a > b}'\n"},
	{"binop", "x = f'{a + b * 2}'\n"},
	{"concat-plain-first", "x = 'a' f'{b}'\n"},
	{"concat-plain-last", "x = f'{b}' 'c'\n"},
	{"concat-two-f", "x = f'{a}' f'{b}'\n"},
	{"concat-lines", "x = ('a' f'{b}'\n     'c' f\"{d}\")\n"},
	{"concat-backslash", "x = f'{a}' \\\n    'b'\n"},
	{"backslash-newline", "x = f'abc\\\n{a}'\n"},
	{"escapes", "x = f'tab\\t{a}\\n'\n"},
	{"unicode", "x = f'é{名}ü{x}'\n"},
	{"multiline-field", "x = f'''{a +\n  b}'''; k = g(1)\n"},
	{"multiline-field-2", "x = f'''\n{b\n  + 1} {c}'''\n"},
	{"call-arg", "print(f'Thread {number} got {value}')\n"},
	{"call-field", "x = f'{len(xs)} {obj.method(1, k=2)[0]}'\n"},
	{"default-arg", "def f(a=f'{b}'):\n    return f'{a}'\n"},
	{"class-body", "class C:\n    s = f'{x}'\n"},
	{"after-semicolon", "a = 1; b = f'{a}'\n"},
	{"numeric-underscore-field", "x = f'{1_000 + n:,}'\n"},
	{"docstring-then-f", "'''doc'''\nx = f'{a}'\n"},
	{"fstring-in-annotation-value", "x: str = f'{a}'\n"},
	{"lambda-in-parens", "x = f'{(lambda y: y)(1)}'\n"},
	{"dict-in-field", "x = f'{ {\"a\": 1}[\"a\"] }'\n"},
	{"crlf", "x = f'{a}'\r\ny = f'''{b\r\n}'''\r\n"},
	{"crlf-debug", "x = f'''{a\r\n=}'''\r\n"},
	{"expr-stmt", "f'{a}'\n"},
	{"escaped-brace", "x = f'a\\{b}' f'\\\\{c}'\n"},
	{"string-not-fstring", "x = \"f'{x}' is not an f-string\"  # f'{x}'\n"},
	{"subscript-slice", "x = f'{a[1:2]} {b[::2]}'\n"},
	{"repeated-expr", "x = f'{a} {a}'\n"},
	{"strings-in-field", "x = f'{\"\"\"q\"\"\"}'\n"},
}

var annotationCases = []goldenCase{
	{"ann-value", "count: int = 0\n"},
	{"ann-bare", "x: int\n"},
	{"ann-attr", "class C:\n    def __init__(self):\n        self.v: int = 0\n"},
	{"ann-class", "class C:\n    count: int = 0\n    name: str\n"},
	{"ann-string", "lock: 'threading.Lock' = None\n"},
	{"ann-subscript-target", "a[0]: int = 1\n"},
	{"ann-generic", "d: Dict[str, List[int]] = {}\n"},
	{"ann-semicolons", "z: int = 1; w: str = 'a'\n"},
	{"ann-multiline", "total: Dict[str,  # c\n            int] = {}\n"},
	{"ann-comment", "x: int = 0  # counter\ny: int  # bare\n"},
	{"ann-tuple-value", "t: tuple = 1, 2\n"},
	{"ann-not-dict", "d = {k: v for k, v in x}\n"},
	{"ann-call-in-target", "super().x: int = 1\nf(a)[0].b: str\n"},
	{"lambda-args-after-star", "f(*a, key=lambda x, y: x)\ng(k=lambda p, q: 0, j=1)\nd = {1: lambda x, *a: 0}\n"},
	{"ann-lambda", "f = lambda x: x\n"},
	{"ann-one-line-compound", "class C: x: int = 0\nif a: y: int\nfor i in r: z: str = f'{i}'\n"},
	{"numeric-underscores", "a = 1_000_000\nb = 0x_FF\nc = 1_0.5_0\nd = 0b1_0\ne = 1_0e1_0\nf = 1_0j\n"},
	{"except-positions", "try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    x = 1\nelse:\n    pass\n"},
	{"nested-except", "try:\n    try:\n        pass\n    except A:\n        pass\nexcept B:\n    pass\n"},
	{"positions", "a.b.c(1)[2].d(x, y=3)\nf()(g)\nx = obj.method\n"},
	{"def-annotations", "def f(x: int, y: 'str' = 'a', *a: int, k: int = 1, **kw) -> str:\n    return x\n"},
	{"starargs", "print(*args, sep='')\nf(1, *a, k=2, **kw)\n"},
	{"trailing-comma-star", "f(*a,)\ndef g(*a, **k,):\n    pass\n"},
	{"comprehensions", "x = [i for i in y if i]\nd = {k: v for k, v in z}\n"},
	{"bom-free-unicode", "名前 = 'π'\n"},
	{"elif-chain", "if a:\n    pass\nelif b and c:\n    pass\nelif f(d):\n    x = 1\nelse:\n    if e:\n        pass\n"},
	{"paren-primaries", "x = (a + b).c\ny = ((f))(1)[0]\nz = (lambda: 1)()\nw = ('a' 'b').upper()\nv = print((a).b, (c)[1])\n"},
	{"displays", "s = {1, 2}\nd = {'a': {1: 2}}[\"a\"]\ne = {}\nf = {k for k in y}\ng = sum(x for x in y)\nh = (x for x in y)\n"},
	{"tuple-targets", "for a, b in c:\n    pass\nfor (a, b) in c:\n    pass\nx = [i for i, j in z]\nfor [p, q] in r:\n    pass\n"},
	{"decorators", "@staticmethod\ndef f():\n    pass\n@functools.lru_cache(maxsize=None)\ndef g():\n    pass\n"},
}

const goldenFile = "testdata/golden.json"

// allGoldenCases returns the table cases plus every testdata/*.py file.
func allGoldenCases() []goldenCase {
	cases := append(append([]goldenCase(nil), fstringCases...), annotationCases...)
	files, _ := filepath.Glob(filepath.Join("testdata", "*.py"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			cases = append(cases, goldenCase{"file:" + filepath.Base(p), string(b)})
		}
	}
	return cases
}

func TestGolden(t *testing.T) {
	cases := allGoldenCases()
	if *update {
		regenerateGolden(t, cases)
	}
	data, err := os.ReadFile(goldenFile)
	if err != nil {
		t.Fatalf("%v (run go test ./parser -run TestGolden -update)", err)
	}
	var want map[string]string
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			exp, ok := want[c.name]
			if !ok {
				t.Fatalf("no golden entry for %q (run with -update)", c.name)
			}
			f, ds := Parse("t.py", []byte(c.src))
			if strings.HasPrefix(exp, "ERROR:") {
				if !ds.HasErrors() {
					t.Fatalf("CPython rejects %q (%s) but Parse accepted it", c.src, exp)
				}
				return
			}
			if ds.HasErrors() {
				t.Fatalf("Parse(%q) failed:\n%s", c.src, ds)
			}
			got := Dump(f.Module)
			if got != exp {
				t.Errorf("Parse(%q)\n got: %s\nwant: %s", c.src, got, exp)
			}
		})
	}
}

// regenerateGolden runs CPython over every case and writes the golden file.
func regenerateGolden(t *testing.T, cases []goldenCase) {
	srcs := make([]string, len(cases))
	for i, c := range cases {
		srcs[i] = c.src
	}
	in, _ := json.Marshal(srcs)
	cmd := exec.Command("python3", filepath.Join("testdata", "cpython_dump.py"))
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 mirror dumper: %v", err)
	}
	var dumps []string
	if err := json.Unmarshal(out, &dumps); err != nil || len(dumps) != len(cases) {
		t.Fatalf("mirror output: %v (%d dumps)", err, len(dumps))
	}
	golden := map[string]string{}
	for i, c := range cases {
		if _, dup := golden[c.name]; dup {
			t.Fatalf("duplicate case name %q", c.name)
		}
		golden[c.name] = dumps[i]
	}
	data, _ := json.MarshalIndent(golden, "", "  ")
	if err := os.WriteFile(goldenFile, append(data, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}
