package mapper_test

import (
	"strings"
	"testing"
)

// TestUnsupportedLibCallNamed pins that an untranslated library call
// inside list(), sorted() or a for loop is reported by its own name.
func TestUnsupportedLibCallNamed(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"import itertools\nprint(list(itertools.zip_longest([1], [2])))\n", "t.py:2:12: unsupported call: itertools.zip_longest()"},
		{"import itertools\nprint(sorted(itertools.filterfalse(None, [0, 1])))\n", "t.py:2:14: unsupported call: itertools.filterfalse()"},
		{"import itertools\nfor a, b in itertools.zip_longest([1], [2]):\n    print(a, b)\n", "t.py:2:13: unsupported call: itertools.zip_longest()"},
	} {
		_, diags := translate(t, c.src)
		if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), c.want) || len(diags.Errors()) != 1 {
			t.Errorf("%q: got diagnostics\n%s\nwant one, with prefix %q", c.src, diags, c.want)
		}
	}
}

// TestUnsupportedModuleMember pins the diagnostic of a module attribute the
// mapper does not know: module and member.
func TestUnsupportedModuleMember(t *testing.T) {
	_, diags := translate(t, "import string\nprint(string.ascii_letters)\n")
	want := "t.py:2:7: unsupported: string.ascii_letters"
	if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), want) {
		t.Errorf("got diagnostics\n%s\nwant prefix %q", diags, want)
	}
}
