package mapper_test

import (
	"strings"
	"testing"
)

// TestHashBuiltin pins hash() of values CPython hashes by value, of frozen
// dataclasses (the tuple of their fields) and the diagnostics for the rest.
func TestHashBuiltin(t *testing.T) {
	src := "from dataclasses import dataclass\n@dataclass(frozen=True)\nclass P:\n    x: int\n    y: str\n" +
		"p = P(1, 'a')\nprint(hash(p), hash(P(2, 'b')), hash((1, 2.5)), hash('s'))\n"
	got, diags := translate(t, src)
	if diags.HasErrors() {
		t.Fatalf("%s", diags)
	}
	checkGo(t, got, []string{"pyrt.Hash(pyrt.Tuple2[int, string]{V0: p.x, V1: p.y})",
		"func(v *P) pyrt.Tuple2[int, string]", `pyrt.Hash(pyrt.Tuple2[int, float64]{V0: 1, V1: 2.5})`, `pyrt.Hash("s")`}, nil)
	for _, c := range []struct{ src, want string }{
		{"print(hash([1]))\n", "t.py:1:7: unsupported: hash() of a list[int]"},
		{"from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\nprint(hash(P(1)))\n", "t.py:5:7: unsupported: hash() of a P"},
	} {
		_, diags := translate(t, c.src)
		if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), c.want) {
			t.Errorf("%q: got diagnostics\n%s\nwant prefix %q", c.src, diags, c.want)
		}
	}
}
