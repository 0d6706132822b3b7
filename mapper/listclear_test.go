package mapper_test

import (
	"strings"
	"testing"
)

// TestListClear pins list.clear() as a reslice to length zero, both on a
// plain list and on a list held in a dict.
func TestListClear(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"plain list", "xs = [1, 2]\nxs.clear()\nxs.append(3)\nprint(xs)\n", "xs = xs[:0]"},
		{"list in a dict", "d = {'a': [1]}\nd['a'].clear()\nprint(d)\n", `[:0]`},
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
}
