package parser

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Pos is a position in a Python source file. Line and Col are 1-based; Col
// counts bytes, as CPython's col_offset does (plus one).
type Pos struct {
	File string
	Line int
	Col  int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }

// Severity tells an error, which stops the translation, from a note, which
// only informs (for example "inferred any for x").
type Severity int

const (
	Error Severity = iota
	Note
)

// Diagnostic is one message about the input, positioned at the Python source.
type Diagnostic struct {
	Pos      Pos
	Severity Severity
	Msg      string
	// Source is the text of the line at Pos.Line without its line end; empty
	// when the position is past the end of the file.
	Source string
}

// String renders the diagnostic as `file:line:col: message`, then the source
// line indented by four spaces and a caret under the column. Tabs before the
// column are kept in the caret line so the caret lines up in a terminal.
func (d Diagnostic) String() string {
	var b strings.Builder
	msg := d.Msg
	if d.Severity == Note {
		msg = "note: " + msg
	}
	fmt.Fprintf(&b, "%s: %s\n", d.Pos, msg)
	if d.Source == "" {
		return b.String()
	}
	b.WriteString("    ")
	b.WriteString(d.Source)
	b.WriteString("\n    ")
	b.WriteString(caretPad(d.Source, d.Pos.Col))
	b.WriteString("^\n")
	return b.String()
}

// caretPad returns the padding that puts a caret under byte column col
// (1-based): one space per rune before it, tabs kept as tabs.
func caretPad(line string, col int) string {
	if col < 1 {
		col = 1
	}
	if col-1 > len(line) {
		col = len(line) + 1
	}
	var b strings.Builder
	for _, r := range line[:col-1] {
		if r == '\t' {
			b.WriteByte('\t')
		} else if r != utf8.RuneError {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// Diagnostics is a list of diagnostics in the order they were found.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Errors returns only the errors.
func (ds Diagnostics) Errors() Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if d.Severity == Error {
			out = append(out, d)
		}
	}
	return out
}

// Sort orders diagnostics by file, line and column, keeping the order of
// diagnostics at the same position.
func (ds Diagnostics) Sort() {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i].Pos, ds[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// String renders every diagnostic, one after the other.
func (ds Diagnostics) String() string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.String())
	}
	return b.String()
}

// SourceLine returns line n (1-based) of src without its line end, or "" when
// there is no such line.
func SourceLine(src []byte, n int) string {
	for i := 1; i < n; i++ {
		j := strings.IndexByte(string(src), '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(string(src), '\n'); j >= 0 {
		src = src[:j]
	}
	return strings.TrimSuffix(string(src), "\r")
}
