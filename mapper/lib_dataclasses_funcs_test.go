package mapper_test

import (
	"strings"
	"testing"
)

// TestDataclassFuncs pins asdict, astuple and fields of a dataclass.
func TestDataclassFuncs(t *testing.T) {
	src := "from dataclasses import dataclass, asdict, astuple, fields\n@dataclass\nclass P:\n    x: int\n    y: float\n    tags: list[str]\n" +
		"p = P(1, 2.5, [])\nprint(astuple(p), asdict(p))\nfor f in fields(P):\n    print(f.name, f.type, f.type.__name__)\n"
	got, diags := translate(t, src)
	if diags.HasErrors() {
		t.Fatalf("%s", diags)
	}
	checkGo(t, got, []string{
		"pyrt.Tuple3[int, float64, []string]{V0: p.x, V1: p.y, V2: p.tags}",
		`pyrt.DictOf([]string{"x", "y", "tags"}, []any{p.x, p.y, p.tags})`,
		`{Name: "tags", Type: "list[str]", TypeName: "list"}`,
		`{Name: "x", Type: "<class 'int'>", TypeName: "int"}`,
		"f.Name, pyrt.Str(f.Type), f.TypeName",
	}, nil)
}

// TestDataclassFuncsUnsupported pins the diagnostics: a computed argument,
// a nested dataclass (converted recursively by CPython), an annotation
// whose str() is not known.
func TestDataclassFuncsUnsupported(t *testing.T) {
	head := "from dataclasses import dataclass, asdict, fields\nfrom typing import Optional\n@dataclass\nclass P:\n    x: int\n"
	for _, c := range []struct{ src, want string }{
		{head + "print(asdict(P(1)))\n", "t.py:6:7: unsupported: dataclasses.asdict of something other than a dataclass instance held in a variable"},
		{head + "@dataclass\nclass Q:\n    p: P\nq = Q(P(1))\nprint(asdict(q))\n", "t.py:10:7: unsupported: dataclasses.asdict of a value whose field p holds a dataclass or named tuple"},
		{head + "@dataclass\nclass Q:\n    p: Optional[int]\nprint(fields(Q))\n", "t.py:8:8: unsupported: dataclasses.fields of a field annotated Optional[int]"},
	} {
		_, diags := translate(t, c.src)
		if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), c.want) {
			t.Errorf("%q: got diagnostics\n%s\nwant prefix %q", c.src, diags, c.want)
		}
	}
}

// TestFrozenDataclass pins assignments to a frozen dataclass's fields:
// the value is evaluated, then FrozenInstanceError is raised.
func TestFrozenDataclass(t *testing.T) {
	src := "from dataclasses import dataclass\n@dataclass(frozen=True)\nclass P:\n    x: int\np = P(1)\np.x = 2\np.x += 1\nprint(p)\n"
	got, diags := translate(t, src)
	if diags.HasErrors() {
		t.Fatalf("%s", diags)
	}
	checkGo(t, got, []string{`pyrt.Raise(pyrt.FrozenInstanceError, "cannot assign to field 'x'")`, "_ = p.x"}, []string{"p.x = 2", "p.x++"})
}

// TestNamedTupleAsdict pins _asdict() of a named tuple held in a variable.
func TestNamedTupleAsdict(t *testing.T) {
	got, diags := translate(t, "from collections import namedtuple\nP = namedtuple('P', 'x y')\np = P(1, 2)\nprint(p._asdict())\n")
	if diags.HasErrors() {
		t.Fatalf("%s", diags)
	}
	checkGo(t, got, []string{`pyrt.DictOf([]string{"x", "y"}, []int{p.x, p.y})`}, nil)
	_, diags = translate(t, "from collections import namedtuple\nP = namedtuple('P', 'x y')\nprint(P(1, 2)._asdict())\n")
	if want := "t.py:3:7: unsupported: _asdict() other than of a named tuple held in a variable"; !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), want) {
		t.Errorf("got diagnostics\n%s\nwant prefix %q", diags, want)
	}
}
