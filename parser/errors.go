package parser

import (
	"bytes"
	"errors"
	"strings"

	"github.com/go-python/gpython/py"
)

// maxDiagnostics caps how many errors one Parse reports.
const maxDiagnostics = 10

// rawDiag is an error positioned in the text being parsed (which may be an
// f-string field wrapped in parentheses): 1-based line, 0-based byte column.
// msg is complete ("syntax error: ...", "unsupported: ...").
type rawDiag struct {
	line, col int
	msg       string
}

const syntaxPrefix = "syntax error: "

// convertParseError turns an error from gpython's parser into a diagnostic.
// gpython notices errors just after the offending token; the token table
// moves the position back to that token's start. Errors noticed after a line
// end (line+1, column 0, no text) point at the end of the previous line.
func convertParseError(err error, text []byte, li lineIndex, toks []token) rawDiag {
	var exc *py.Exception
	if !errors.As(err, &exc) {
		return rawDiag{line: 1, col: 0, msg: syntaxPrefix + lowerFirst(err.Error())}
	}
	msg := "invalid syntax"
	if a, ok := exc.Args.(py.Tuple); ok && len(a) > 0 {
		if s, ok := a[0].(py.String); ok {
			msg = string(s)
		}
	}
	if !exc.Base.IsSubtype(py.SyntaxError) {
		// A Go panic inside gpython (SystemError): the input was invalid.
		msg = "invalid syntax"
	}
	// gpython keeps Python 3.4's wording.
	msg = syntaxPrefix + strings.Replace(lowerFirst(msg), "can't ", "cannot ", 1)
	line, col := dictInt(exc.Dict, "lineno"), dictInt(exc.Dict, "offset")
	lineText, _ := exc.Dict["line"].(py.String)
	if line < 1 {
		line = 1
	}
	if col < 0 {
		col = 0
	}
	if lineText == "" && col == 0 && line > 1 {
		return atEndOfPreviousLine(text, li, line, msg)
	}
	if line > len(li) {
		return atEndOfPreviousLine(text, li, len(li)+1, msg)
	}
	off := li.offset(line, col)
	if start, ok := tokenEndingAt(toks, off); ok {
		line, col = li.at(start)
	}
	return rawDiag{line: line, col: col, msg: msg}
}

func dictInt(d py.StringDict, key string) int {
	if v, ok := d[key].(py.Int); ok {
		return int(v)
	}
	return 0
}

func lowerFirst(s string) string {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'a' || s[1] > 'z' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}

// tokenEndingAt finds the (non-newline) token that ends at off.
func tokenEndingAt(toks []token, off int) (int, bool) {
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		if t.end == off && t.kind != tokNewline {
			return t.start, true
		}
		if t.end < off {
			break
		}
	}
	return 0, false
}

// atEndOfPreviousLine positions msg just after the last non-blank byte of
// the nearest non-blank line before line.
func atEndOfPreviousLine(text []byte, li lineIndex, line int, msg string) rawDiag {
	for l := line - 1; l >= 1; l-- {
		s := li.offset(l, 0)
		e := len(text)
		if l < len(li) {
			e = li[l]
		}
		content := bytes.TrimRight(text[s:e], " \t\f\r\n\\")
		if strings.TrimSpace(string(content)) != "" {
			return rawDiag{line: l, col: len(content), msg: msg}
		}
	}
	return rawDiag{line: 1, col: 0, msg: msg}
}
