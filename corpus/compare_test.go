package corpus

import (
	"regexp"
	"strings"
	"testing"
)

func TestCollapseTracebacks(t *testing.T) {
	in := `Exception in thread Thread-1 (work):
Traceback (most recent call last):
  File "/usr/lib/python3.11/threading.py", line 1045, in _bootstrap_inner
    self.run()
    ^^^^^^^^^^
  File "/tmp/x.py", line 15, in work
    raise Exception('Something bad happened')
Exception: Something bad happened
Traceback (most recent call last):
  File "/tmp/x.py", line 3, in <module>
    int("a")
ValueError: invalid literal for int() with base 10: 'a'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/tmp/x.py", line 5, in <module>
KeyError: 'k'
  indented text after the exception line stays
`
	want := `Exception in thread Thread-1 (work):
Traceback (most recent call last):
Exception: Something bad happened
Traceback (most recent call last):
ValueError: invalid literal for int() with base 10: 'a'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
KeyError: 'k'
  indented text after the exception line stays
`
	if got := CollapseTracebacks(in); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func header(rule Rule, normalisers ...string) Header {
	h := Header{Kind: Program, Rule: rule}
	for i := 0; i+1 < len(normalisers); i += 2 {
		h.Normalise = append(h.Normalise, Normaliser{regexp.MustCompile(normalisers[i]), normalisers[i+1]})
	}
	return h
}

func TestCompare(t *testing.T) {
	cpython := Record{Exit: "1", Stdout: "a\nb\nid=123\n", Stderr: "Traceback (most recent call last):\n  File \"/x.py\", line 1\nValueError: bad\n"}
	for _, c := range []struct {
		name    string
		h       Header
		goRun   Record
		summary string // "" when they must match
	}{
		{"exact match with collapsed frames", header(Exact),
			Record{Exit: "1", Stdout: "a\nb\nid=123\n", Stderr: "Traceback (most recent call last):\n  main.go:7\nValueError: bad\n"}, ""},
		{"exit differs", header(Exact), Record{Exit: "0", Stdout: cpython.Stdout}, "exit: CPython 1, Go 0"},
		{"exact line differs", header(Exact), Record{Exit: "1", Stdout: "a\nc\nid=123\n"}, `stdout line 2: CPython "b\n", Go "c\n"`},
		{"stderr differs", header(Exact), Record{Exit: "1", Stdout: cpython.Stdout, Stderr: "ValueError: bad\n"}, "stderr line 1"},
		{"lines in any order", header(Lines, `id=\d+`, "id=N"),
			Record{Exit: "1", Stdout: "id=9\nb\na", Stderr: "Traceback (most recent call last):\nValueError: bad\n"}, ""},
		{"lines missing", header(Lines, `id=\d+`, "id=N"),
			Record{Exit: "1", Stdout: "id=9\na\n", Stderr: "Traceback (most recent call last):\nValueError: bad\n"}, `stdout: line "b" 1 times in CPython, 0 in Go`},
		{"lines extra", header(Lines, `id=\d+`, "id=N"),
			Record{Exit: "1", Stdout: "id=9\na\nb\nb\n", Stderr: "Traceback (most recent call last):\nValueError: bad\n"}, `stdout: line "b" 1 times in CPython, 2 in Go`},
		{"normalised in order", header(Normalised, `id=\d+`, "id=N"),
			Record{Exit: "1", Stdout: "a\nb\nid=77\n", Stderr: "Traceback (most recent call last):\nValueError: bad\n"}, ""},
		{"normalised out of order", header(Normalised, `id=\d+`, "id=N"),
			Record{Exit: "1", Stdout: "b\na\nid=77\n", Stderr: "Traceback (most recent call last):\nValueError: bad\n"}, "stdout line 1"},
		{"Go output ends early", header(Exact), Record{Exit: "1", Stdout: "a\n"}, `stdout line 2: Go ends, CPython has "b"`},
	} {
		m := Compare(c.h, cpython, c.goRun)
		switch {
		case c.summary == "" && m != nil:
			t.Errorf("%s: unexpected mismatch %q\n%s", c.name, m.Summary, m.Detail)
		case c.summary != "" && m == nil:
			t.Errorf("%s: matched, want %q", c.name, c.summary)
		case c.summary != "" && !strings.HasPrefix(m.Summary, c.summary):
			t.Errorf("%s: summary %q, want it to start with %q", c.name, m.Summary, c.summary)
		}
	}
}

func TestStripRaceReports(t *testing.T) {
	run := Record{Exit: "66", Stdout: "2\n", Stderr: "==================\nWARNING: DATA RACE\nWrite at 0x00c by goroutine 7:\n  main.main()\n==================\nreal stderr\nFound 1 data race(s)\n"}
	got, raced := stripRaceReports(run)
	if !raced || got.Exit != "0" || got.Stderr != "real stderr\n" || got.Stdout != "2\n" {
		t.Errorf("got %+v, raced=%v", got, raced)
	}
	clean := Record{Exit: "66", Stderr: "x\n"}
	if got, raced := stripRaceReports(clean); raced || got != clean {
		t.Errorf("a run without races changed: %+v", got)
	}
}

func TestDiff(t *testing.T) {
	got := Diff("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nD\ne\nf\ng\nh")
	want := "…\n b\n c\n-d\n+D\n e\n f\n g\n+h (no final newline)\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestCompareOverflow(t *testing.T) {
	h := Header{Kind: Program, Rule: Exact, ExpectOverflow: true}
	cpython := Record{Exit: "0", Stdout: "start\n4611686018427387904\n1267650600228229401496703205376\n"}
	overflow := "Traceback (most recent call last):\nOverflowError: int too large to convert to 64 bits\n"
	cases := []struct {
		name    string
		goRun   Record
		summary string // "" when the run is as expected
	}{
		{"stops with OverflowError after a prefix", Record{Exit: "1", Stdout: "start\n4611686018427387904\n", Stderr: overflow}, ""},
		{"overflows before printing anything", Record{Exit: "1", Stderr: overflow}, ""},
		{"wraps around and exits 0", Record{Exit: "0", Stdout: "start\n4611686018427387904\n0\n"}, "exit: want 1"},
		{"fails with another error", Record{Exit: "1", Stdout: "start\n", Stderr: "Traceback (most recent call last):\nValueError: x\n"}, "want OverflowError last"},
		{"prints a wrapped value first", Record{Exit: "1", Stdout: "start\n-4611686018427387904\n", Stderr: overflow}, "not a prefix"},
		{"prints half a line", Record{Exit: "1", Stdout: "start\n46", Stderr: overflow}, "not a prefix"},
	}
	for _, tc := range cases {
		m := Compare(h, cpython, tc.goRun)
		switch {
		case tc.summary == "" && m != nil:
			t.Errorf("%s: unexpected mismatch %q", tc.name, m.Summary)
		case tc.summary != "" && (m == nil || !strings.Contains(m.Summary, tc.summary)):
			t.Errorf("%s: got %v, want a mismatch containing %q", tc.name, m, tc.summary)
		}
	}
}
