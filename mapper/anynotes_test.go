package mapper_test

import (
	"strings"
	"testing"
)

// TestAnyFallbacksAreNoted checks that each place inference had to fall
// back to any is reported as a note at the Python name, and that a fully
// typed program gets none.
func TestAnyFallbacksAreNoted(t *testing.T) {
	src := "def echo(x):\n    return x\n\na = 1\na = 'one'\nprint(echo(1), echo('x'), a)\n"
	_, diags := translate(t, src)
	var notes []string
	for _, d := range diags {
		if s := d.String(); strings.Contains(s, "note:") {
			notes = append(notes, strings.SplitN(s, "\n", 2)[0])
		}
	}
	want := []string{
		"t.py:4:1: note: variable a holds values of different types, so it is typed any",
		"t.py:1:10: note: parameter x holds values of different types, so it is typed any",
		"t.py:1:1: note: the return values of echo have different types, so it returns any",
	}
	if strings.Join(notes, "\n") != strings.Join(want, "\n") {
		t.Errorf("notes:\n%s\nwant:\n%s", strings.Join(notes, "\n"), strings.Join(want, "\n"))
	}

	_, diags = translate(t, "def double(x):\n    return 2 * x\n\nprint(double(3))\n")
	for _, d := range diags {
		t.Errorf("typed program got a diagnostic: %s", d.String())
	}
}
