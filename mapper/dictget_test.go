package mapper_test

import (
	"strings"
	"testing"
)

// TestDictGetOptional pins d.get(k) without a default: an any holding the
// value or nil for value types Go cannot make nil, GetOr with a nil
// default for pointers, and a diagnostic for arithmetic on the result.
func TestDictGetOptional(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"int values", "d = {'a': 1}\nx = d.get('b')\nprint(x is None, x)\n", `pyrt.GetOptional(d, "b")`},
		{"instance values", "class C:\n    pass\nd = {'c': C()}\nprint(d.get('z') is None)\n", `pyrt.GetOr(d, "z", nil) == nil`},
		{"narrowed before arithmetic", "d = {'a': 1}\nx = d.get('a')\nif x is not None:\n    print(x + 1)\n", `pyrt.GetOptional(d, "a")`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, diags := translate(t, tc.src)
			if diags.HasErrors() {
				t.Fatalf("diagnostics: %s", diags)
			}
			if !strings.Contains(got, tc.want) {
				t.Errorf("want %q in:\n%s", tc.want, got)
			}
		})
	}
	_, diags := translate(t, "d = {'a': 1}\nx = d.get('a')\nprint(x + 1)\n")
	if !strings.Contains(diags.String(), "may be None") {
		t.Errorf("arithmetic on d.get(k) gave %v, want a may-be-None diagnostic", diags)
	}
}
