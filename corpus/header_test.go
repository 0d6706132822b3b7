package corpus

import (
	"strings"
	"testing"
	"time"
)

func TestParseHeader(t *testing.T) {
	src := `# source: 002_x.txt, "Some Section"
# restored: line breaks
# kind: program
# rule: normalised
# normalise: id=\d+ => id=N
# normalise: (x)\n+ => $1\n
# normalise: noise =>
# timeout: 3s
# expect: hang
# Method 1: a comment that ends the header
# kind: not read
print(1)
`
	h, err := ParseHeader([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if h.Source != `002_x.txt, "Some Section"` || h.Restored != "line breaks" || h.Kind != Program ||
		h.Rule != Normalised || h.Timeout != 3*time.Second || !h.ExpectHang || len(h.Normalise) != 3 {
		t.Fatalf("parsed %+v", h)
	}
	if got := normalise("id=42 xx\n\n\nnoise", h.Normalise); got != "id=N xx\n" {
		t.Errorf("normalised to %q", got)
	}
}

func TestParseHeaderDefaults(t *testing.T) {
	h, err := ParseHeader([]byte("# covers: lists\n# kind: fragment\nx = y\n"))
	if err != nil {
		t.Fatal(err)
	}
	if h.Covers != "lists" || h.Kind != Fragment || h.Timeout != DefaultTimeout || h.ExpectHang || h.Rule != "" {
		t.Errorf("parsed %+v", h)
	}
}

func TestParseHeaderErrors(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"# source: a\n# kind: program\n# rule: exact\n# colour: red\n", "unknown key"},
		{"# source: a\n# kind: program\n# kind: program\n# rule: exact\n", "given twice"},
		{"# source: a\n# covers: b\n# kind: fragment\n", "exactly one of source and covers"},
		{"# kind: fragment\n", "exactly one of source and covers"},
		{"# source: a\n# rule: exact\n", "needs kind"},
		{"# source: a\n# kind: program\n", "needs a rule"},
		{"# source: a\n# kind: fragment\n# rule: exact\n", "never run"},
		{"# source: a\n# kind: program\n# rule: normalised\n", "at least one normalise"},
		{"# source: a\n# kind: program\n# rule: exact\n# normalise: a => b\n", "takes no normalise"},
		{"# source: a\n# kind: program\n# rule: lines\n# normalise: a( => b\n", "missing closing"},
		{"# source: a\n# kind: program\n# rule: lines\n# normalise: just a pattern\n", "REGEXP => REPLACEMENT"},
		{"# source: a\n# kind: program\n# rule: exact\n# timeout: 1m30s\n", "one unit"},
		{"# source: a\n# kind: program\n# rule: exact\n# expect: crash\n", "expectations are hang and overflow"},
		{"# source: a\n# kind: thing\n", "program or fragment"},
		{"# source: a\n# kind: program\n# rule: fuzzy\n", "exact, lines or normalised"},
		{"# source:\n# kind: program\n# rule: exact\n", "empty value"},
	} {
		_, err := ParseHeader([]byte(c.src))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got error %v, want one containing %q", c.src, err, c.want)
		}
	}
}
