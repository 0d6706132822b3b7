package corpus

import (
	"fmt"
	"sort"
	"strings"
)

const tracebackHead = "Traceback (most recent call last):"

// CollapseTracebacks keeps of each traceback in s only its first line
// ("Traceback (most recent call last):") and its exception line(s), dropping
// the frames: every indented line between the two. Go cannot reproduce
// Python's frames, and CPython's own show absolute paths that differ between
// machines. Chained tracebacks ("During handling of the above exception...")
// are collapsed one by one; text outside tracebacks is kept as it is.
func CollapseTracebacks(s string) string {
	lines := strings.SplitAfter(s, "\n")
	var b strings.Builder
	inFrames := false
	for _, line := range lines {
		if inFrames && strings.HasPrefix(line, " ") {
			continue
		}
		inFrames = strings.TrimRight(line, "\r\n") == tracebackHead
		b.WriteString(line)
	}
	return b.String()
}

// normalise applies the header's normalisers in order.
func normalise(s string, ns []Normaliser) string {
	for _, n := range ns {
		s = n.Apply(s)
	}
	return s
}

// comparable returns the streams in the form the rules compare: tracebacks
// collapsed on stderr, then the normalisers applied to both streams.
func comparable(r Record, h Header) Record {
	r.Stderr = CollapseTracebacks(r.Stderr)
	r.Stdout = normalise(r.Stdout, h.Normalise)
	r.Stderr = normalise(r.Stderr, h.Normalise)
	return r
}

// Mismatch describes how a Go run differs from CPython's record.
type Mismatch struct {
	Summary string // one line, for STATUS files
	Detail  string // a diff of the compared streams, for the test log
}

// Compare checks a Go run against CPython's record under the header's rule
// and returns nil when they agree. The exit must be equal (a program marked
// `expect: hang` must time out like CPython did); the streams are compared
// after tracebacks are collapsed and the normalisers applied, exactly or,
// under rule lines, as multisets of lines.
func Compare(h Header, cpython, goRun Record) *Mismatch {
	want, got := comparable(cpython, h), comparable(goRun, h)
	if h.ExpectOverflow {
		return compareOverflow(want, got)
	}
	if want.Exit != got.Exit {
		return &Mismatch{
			Summary: fmt.Sprintf("exit: CPython %s, Go %s", want.Exit, got.Exit),
			Detail:  fmt.Sprintf("exit: CPython %s, Go %s\nGo stderr:\n%s", want.Exit, got.Exit, got.Stderr),
		}
	}
	for _, s := range []struct{ name, want, got string }{
		{"stdout", want.Stdout, got.Stdout},
		{"stderr", want.Stderr, got.Stderr},
	} {
		if m := compareStream(h.Rule, s.name, s.want, s.got); m != nil {
			return m
		}
	}
	return nil
}

func compareStream(rule Rule, name, want, got string) *Mismatch {
	if rule == Lines {
		return compareLines(name, want, got)
	}
	if want == got {
		return nil
	}
	return &Mismatch{
		Summary: name + " " + firstDifference(want, got),
		Detail:  fmt.Sprintf("%s differs (- CPython, + Go):\n%s", name, Diff(want, got)),
	}
}

// compareLines compares two streams as multisets of lines. Whether the last
// line ends in a newline does not count: when threads race, CPython may
// write a line's newline before another thread's text.
func compareLines(name, want, got string) *Mismatch {
	w, g := sortedLines(want), sortedLines(got)
	if strings.Join(w, "\n") == strings.Join(g, "\n") && len(w) == len(g) {
		return nil
	}
	wantCount, gotCount := countLines(w), countLines(g)
	summary := ""
	for _, line := range w {
		if gotCount[line] < wantCount[line] {
			summary = fmt.Sprintf("%s: line %q %d times in CPython, %d in Go", name, line, wantCount[line], gotCount[line])
			break
		}
	}
	if summary == "" {
		for _, line := range g {
			if wantCount[line] < gotCount[line] {
				summary = fmt.Sprintf("%s: line %q %d times in CPython, %d in Go", name, line, wantCount[line], gotCount[line])
				break
			}
		}
	}
	return &Mismatch{
		Summary: summary,
		Detail:  fmt.Sprintf("%s differs as sorted lines (- CPython, + Go):\n%s", name, Diff(strings.Join(w, "\n")+"\n", strings.Join(g, "\n")+"\n")),
	}
}

func sortedLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	sort.Strings(lines)
	return lines
}

func countLines(lines []string) map[string]int {
	n := map[string]int{}
	for _, l := range lines {
		n[l]++
	}
	return n
}

// firstDifference names the first line where got departs from want.
func firstDifference(want, got string) string {
	w, g := strings.SplitAfter(want, "\n"), strings.SplitAfter(got, "\n")
	for i := 0; ; i++ {
		switch {
		case i >= len(w) && i >= len(g):
			return "differs" // unreachable for different strings
		case i >= len(w) || w[i] == "" && i == len(w)-1:
			return fmt.Sprintf("line %d: Go has extra %q", i+1, strings.TrimSuffix(g[i], "\n"))
		case i >= len(g) || g[i] == "" && i == len(g)-1:
			return fmt.Sprintf("line %d: Go ends, CPython has %q", i+1, strings.TrimSuffix(w[i], "\n"))
		case w[i] != g[i]:
			return fmt.Sprintf("line %d: CPython %q, Go %q", i+1, w[i], g[i])
		}
	}
}

// compareOverflow checks a program marked `expect: overflow`: CPython
// printed an int beyond 64 bits, and the Go run must have stopped there
// with OverflowError and exit 1, after printing exactly the lines CPython
// printed before it.
func compareOverflow(want, got Record) *Mismatch {
	lines := strings.Split(strings.TrimSuffix(got.Stderr, "\n"), "\n")
	last := lines[len(lines)-1]
	switch {
	case got.Exit != "1":
		return &Mismatch{Summary: "exit: want 1 (OverflowError), Go " + got.Exit, Detail: "Go stderr:\n" + got.Stderr}
	case !strings.HasPrefix(last, "OverflowError: "):
		return &Mismatch{Summary: fmt.Sprintf("stderr: want OverflowError last, Go %q", last), Detail: "Go stderr:\n" + got.Stderr}
	case !strings.HasPrefix(want.Stdout, got.Stdout) || got.Stdout != "" && !strings.HasSuffix(got.Stdout, "\n"):
		return &Mismatch{
			Summary: "stdout: not a prefix of CPython's lines " + firstDifference(want.Stdout, got.Stdout),
			Detail:  fmt.Sprintf("stdout differs (- CPython, + Go):\n%s", Diff(want.Stdout, got.Stdout)),
		}
	}
	return nil
}
