package parser

import (
	"fmt"
	"sort"
)

// The pre-lexer is a minimal Python tokenizer. It only needs to know where
// names, numbers, strings, operators and logical line ends are, and how deep
// in brackets each token sits, so that the rewrites never touch the inside of
// a string or a comment. Comments and non-logical newlines produce no token.

type tokKind uint8

const (
	tokName tokKind = iota
	tokNumber
	tokString
	tokOp
	tokNewline // end of a logical line at bracket depth 0
)

type token struct {
	kind       tokKind
	start, end int // byte offsets in the text
	depth      int // bracket depth before the token
	// For strings: prefix length, quote length (1 or 3), and whether the
	// closing quote was found.
	prefixLen, quoteLen int
	terminated          bool
}

// lineIndex maps byte offsets to 1-based lines and 0-based byte columns.
type lineIndex []int // offsets of line starts

func newLineIndex(text []byte) lineIndex {
	idx := lineIndex{0}
	for i, c := range text {
		if c == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

// at returns the 1-based line and 0-based column of offset off.
func (li lineIndex) at(off int) (line, col int) {
	i := sort.Search(len(li), func(i int) bool { return li[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return i + 1, off - li[i]
}

// offset returns the byte offset of 1-based line and 0-based column.
func (li lineIndex) offset(line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(li) {
		line = len(li)
	}
	return li[line-1] + col
}

// stringPrefixes are the lower-cased prefixes that may start a literal.
var stringPrefixes = map[string]bool{"": true, "r": true, "u": true, "b": true, "br": true, "rb": true, "f": true, "fr": true, "rf": true}

var threeCharOps = []string{"**=", "//=", ">>=", "<<=", "..."}
var twoCharOps = []string{"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":="}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// lexer holds the state of one pre-lex pass.
type lexer struct {
	text  []byte
	toks  []token
	depth int
	ind   *indentChecker
	// open holds the offsets of the open brackets; bracketErr records the
	// first bracket mismatch (reported with the indentation errors).
	open       []int
	bracketErr bool
}

// prelex splits text into tokens. Indentation problems are reported to ind
// (which may be nil).
func prelex(text []byte, ind *indentChecker) []token {
	lx := &lexer{text: text, ind: ind, toks: make([]token, 0, len(text)/4+8)}
	lx.run()
	return lx.toks
}

func (lx *lexer) emit(t token) {
	t.depth = lx.depth
	lx.toks = append(lx.toks, t)
}

// lineHasTokens reports whether a token was emitted since the last NEWLINE.
func (lx *lexer) lineHasTokens() bool {
	return len(lx.toks) > 0 && lx.toks[len(lx.toks)-1].kind != tokNewline
}

func (lx *lexer) run() {
	text := lx.text
	n := len(text)
	i := 0
	atLineStart := true
	for i < n {
		if atLineStart {
			atLineStart = false
			if lx.depth == 0 && !lx.lineHasTokens() {
				i = lx.indentation(i)
				continue
			}
		}
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\f':
			i++
		case c == '#':
			for i < n && text[i] != '\n' {
				i++
			}
		case c == '\\' && i+1 < n && text[i+1] == '\n':
			i += 2
		case c == '\\' && i+2 < n && text[i+1] == '\r' && text[i+2] == '\n':
			i += 3
		case c == '\n':
			if lx.depth == 0 && lx.lineHasTokens() {
				lx.emit(token{kind: tokNewline, start: i, end: i + 1})
			}
			i++
			atLineStart = true
		case c == '\r':
			i++
		case isDigit(c) || c == '.' && i+1 < n && isDigit(text[i+1]):
			i = lx.number(i)
		case isIdentByte(c):
			j := i
			for j < n && isIdentByte(text[j]) {
				j++
			}
			if j < n && (text[j] == '\'' || text[j] == '"') && j-i <= 2 && stringPrefixes[lowerASCII(text[i:j])] {
				i = lx.str(i, j)
			} else {
				lx.emit(token{kind: tokName, start: i, end: j})
				i = j
			}
		case c == '\'' || c == '"':
			i = lx.str(i, i)
		default:
			i = lx.op(i)
		}
	}
	if lx.lineHasTokens() {
		lx.emit(token{kind: tokNewline, start: n, end: n})
	}
	if lx.ind != nil {
		if len(lx.open) > 0 && !lx.bracketErr {
			o := lx.open[len(lx.open)-1]
			lx.ind.bracketError(o, fmt.Sprintf("'%c' was never closed", text[o]))
		}
		lx.ind.finish(lx.toks, n)
	}
}

// closeBracket checks the closing bracket at i against the innermost open
// one, with CPython's messages.
func (lx *lexer) closeBracket(i int) {
	c := lx.text[i]
	if len(lx.open) == 0 {
		lx.reportBracket(i, fmt.Sprintf("unmatched '%c'", c))
		return
	}
	o := lx.open[len(lx.open)-1]
	lx.open = lx.open[:len(lx.open)-1]
	if want := map[byte]byte{'(': ')', '[': ']', '{': '}'}[lx.text[o]]; want != c {
		msg := fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, lx.text[o])
		if lx.ind != nil {
			if ol, cl := lx.ind.lineOf(o), lx.ind.lineOf(i); ol != cl {
				msg += fmt.Sprintf(" on line %d", ol)
			}
		}
		lx.reportBracket(i, msg)
	}
}

func (lx *lexer) reportBracket(off int, msg string) {
	if lx.ind == nil || lx.bracketErr {
		return
	}
	lx.bracketErr = true
	lx.ind.bracketError(off, msg)
}

func lowerASCII(b []byte) string {
	out := make([]byte, len(b))
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return string(out)
}

// number reads a numeric literal as one token, including exponent signs.
func (lx *lexer) number(i int) int {
	text := lx.text
	start := i
	hex := i+1 < len(text) && text[i] == '0' && (text[i+1] == 'x' || text[i+1] == 'X')
	for i < len(text) {
		c := text[i]
		if isIdentByte(c) && c < 0x80 || c == '.' {
			i++
			continue
		}
		if (c == '+' || c == '-') && !hex && (text[i-1] == 'e' || text[i-1] == 'E') {
			i++
			continue
		}
		break
	}
	lx.emit(token{kind: tokNumber, start: start, end: i})
	return i
}

// str reads a string literal whose prefix starts at start and whose quote is
// at q, following Python 3.11: the first unescaped matching quote ends it, a
// backslash skips the next byte (in raw strings too), and a raw newline ends
// a single-quoted literal unterminated.
func (lx *lexer) str(start, q int) int {
	text := lx.text
	n := len(text)
	quote := text[q]
	ql := 1
	if q+2 < n && text[q+1] == quote && text[q+2] == quote {
		ql = 3
	}
	t := token{kind: tokString, start: start, prefixLen: q - start, quoteLen: ql}
	i := q + ql
	for i < n {
		c := text[i]
		switch {
		case c == '\\':
			i += 2
			if i <= n && text[i-1] == '\r' && i < n && text[i] == '\n' {
				i++
			}
			continue
		case ql == 1 && c == '\n':
			t.end = i
			lx.emit(t)
			return i
		case c == quote && (ql == 1 || i+2 < n && text[i+1] == quote && text[i+2] == quote):
			t.end = i + ql
			t.terminated = true
			lx.emit(t)
			return t.end
		}
		i++
	}
	if i > n {
		i = n
	}
	t.end = i
	lx.emit(t)
	return i
}

// op reads an operator or bracket and tracks the bracket depth.
func (lx *lexer) op(i int) int {
	text := lx.text
	for _, set := range [][]string{threeCharOps, twoCharOps} {
		for _, o := range set {
			if i+len(o) <= len(text) && string(text[i:i+len(o)]) == o {
				lx.emit(token{kind: tokOp, start: i, end: i + len(o)})
				return i + len(o)
			}
		}
	}
	c := text[i]
	if c == ')' || c == ']' || c == '}' {
		lx.closeBracket(i)
		if lx.depth > 0 {
			lx.depth--
		}
	}
	lx.emit(token{kind: tokOp, start: i, end: i + 1})
	if c == '(' || c == '[' || c == '{' {
		lx.depth++
		lx.open = append(lx.open, i)
	}
	return i + 1
}

// indentation measures the indentation of the physical line starting at i.
// Blank and comment-only lines are skipped entirely.
func (lx *lexer) indentation(i int) int {
	text := lx.text
	for {
		col, altcol := 0, 0
		j := i
	measure:
		for ; j < len(text); j++ {
			switch text[j] {
			case ' ':
				col++
				altcol++
			case '\t':
				col = (col/8 + 1) * 8
				altcol++
			case '\f':
				col, altcol = 0, 0
			default:
				break measure
			}
		}
		blank := j >= len(text) || text[j] == '#' || text[j] == '\n' ||
			text[j] == '\r' && (j+1 >= len(text) || text[j+1] == '\n')
		if !blank {
			if lx.ind != nil {
				lx.ind.line(lx.toks, j, col, altcol)
			}
			return j
		}
		for j < len(text) && text[j] != '\n' {
			j++
		}
		if j >= len(text) {
			return j
		}
		i = j + 1
	}
}

// text returns the source text of t.
func (t token) text(src []byte) string { return string(src[t.start:t.end]) }

// isOp reports whether t is the operator s.
func (t token) isOp(src []byte, s string) bool {
	return t.kind == tokOp && t.end-t.start == len(s) && string(src[t.start:t.end]) == s
}

// isName reports whether t is the name s.
func (t token) isName(src []byte, s string) bool {
	return t.kind == tokName && t.end-t.start == len(s) && string(src[t.start:t.end]) == s
}
