package parser

import (
	"fmt"
	"strings"
)

// posKey identifies a node by its 1-based line and 0-based column.
type posKey struct{ line, col int }

// fstrGroup is a run of adjacent string literals (implicit concatenation)
// that contains at least one f-string. gpython merges the run into one Str at
// the first literal's position, which is the key.
type fstrGroup struct {
	members []token
}

// annotation records a blanked variable annotation `target: ann [= value]`.
type annotation struct {
	start, end int // offsets of the annotation text (after ':')
	hasValue   bool
}

// prepared is the result of the pre-lex rewrite of one text.
type prepared struct {
	src     []byte // input text
	text    []byte // rewritten text: same length, newlines in place
	li      lineIndex
	toks    []token
	fgroups map[posKey]*fstrGroup
	anns    map[posKey]*annotation
	excepts []posKey // positions of `except` keywords
	elifs   []posKey // positions of `elif` keywords
	// decorators maps the position of each '@' to the name tokens of its
	// dotted name, which gpython merges into one Name at the '@'.
	decorators map[posKey][]token
	diags      []rawDiag
}

func (p *prepared) key(off int) posKey {
	line, col := p.li.at(off)
	return posKey{line, col}
}

func (p *prepared) errorAt(off int, msg string) {
	line, col := p.li.at(off)
	p.diags = append(p.diags, rawDiag{line: line, col: col, msg: msg})
}

// prepare pre-lexes src and builds the rewritten text. checkIndent enables
// CPython's indentation errors (off for f-string fields, which are
// parenthesised).
func prepare(src []byte, checkIndent bool) *prepared {
	p := &prepared{
		src:     src,
		text:    append([]byte(nil), src...),
		li:      newLineIndex(src),
		fgroups: map[posKey]*fstrGroup{},
		anns:    map[posKey]*annotation{},

		decorators: map[posKey][]token{},
	}
	var ind *indentChecker
	if checkIndent {
		ind = newIndentChecker(src, p.li, &p.diags)
	}
	p.toks = prelex(src, ind)
	p.unterminatedStrings()
	p.namedEscapes()
	p.groupStrings()
	p.scanStatements()
	return p
}

// groupStrings finds implicit concatenations that contain an f-string,
// records them and blanks every f-string body.
func (p *prepared) groupStrings() {
	toks := p.toks
	for i := 0; i < len(toks); {
		if toks[i].kind != tokString {
			i++
			continue
		}
		j := i
		hasF, complete := false, true
		for j < len(toks) && toks[j].kind == tokString {
			hasF = hasF || p.isFString(toks[j])
			complete = complete && toks[j].terminated
			j++
		}
		if hasF && complete {
			g := &fstrGroup{members: append([]token(nil), toks[i:j]...)}
			p.fgroups[p.key(toks[i].start)] = g
			for _, t := range g.members {
				if p.isFString(t) {
					p.blankFString(t)
					// Report malformed f-strings now, together with the
					// other pre-lexer findings.
					if _, err := splitFString(p.src, t.start+t.prefixLen+t.quoteLen, t.end-t.quoteLen, p.isRaw(t)); err != nil {
						p.errorAt(err.off, syntaxPrefix+err.msg)
					}
				}
			}
		}
		i = j
	}
}

func (p *prepared) isFString(t token) bool {
	return strings.ContainsAny(string(p.src[t.start:t.start+t.prefixLen]), "fF")
}

func (p *prepared) isRaw(t token) bool {
	return strings.ContainsAny(string(p.src[t.start:t.start+t.prefixLen]), "rR")
}

// blankFString replaces an f-string literal by a plain literal of the same
// length: the quote moves onto the prefix, the body becomes spaces except for
// line ends, and in a single-quoted literal the backslash before a line end
// stays so the continuation survives.
func (p *prepared) blankFString(t token) {
	out := p.text[t.start:t.end]
	q := p.src[t.start+t.prefixLen : t.start+t.prefixLen+t.quoteLen]
	for i := range out {
		out[i] = ' '
	}
	copy(out, q)
	copy(out[len(out)-t.quoteLen:], q)
	for o := t.start + t.prefixLen + t.quoteLen; o < t.end-t.quoteLen; o++ {
		c := p.src[o]
		if c != '\n' && c != '\r' {
			continue
		}
		out[o-t.start] = c
		if t.quoteLen == 1 && (c == '\r' || p.src[o-1] != '\r') {
			out[o-t.start-1] = '\\'
		}
	}
}

// blankRange replaces text[start:end] by spaces, keeping line ends.
func (p *prepared) blankRange(start, end int) {
	for o := start; o < end; o++ {
		if c := p.text[o]; c != '\n' && c != '\r' {
			p.text[o] = ' '
		}
	}
}

// unterminatedStrings reports string literals without a closing quote with
// CPython 3.11's message, at the literal's start.
func (p *prepared) unterminatedStrings() {
	for _, t := range p.toks {
		if t.kind != tokString || t.terminated {
			continue
		}
		kind := "string literal"
		if t.quoteLen == 3 {
			kind = "triple-quoted string literal"
		}
		end := t.end
		if end > t.start && end == len(p.src) && p.src[end-1] == '\n' {
			end--
		}
		line, _ := p.li.at(end)
		p.errorAt(t.start, fmt.Sprintf("%sunterminated %s (detected at line %d)", syntaxPrefix, kind, line))
	}
}

// namedEscapes reports \N{NAME} escapes: gpython leaves them undecoded and
// the standard library has no table of Unicode character names.
func (p *prepared) namedEscapes() {
	for _, t := range p.toks {
		if t.kind != tokString || !t.terminated || p.isRaw(t) ||
			strings.ContainsAny(string(p.src[t.start:t.start+t.prefixLen]), "bB") {
			continue
		}
		body := p.src[t.start+t.prefixLen+t.quoteLen : t.end-t.quoteLen]
		for i := 0; i+1 < len(body); i++ {
			if body[i] != '\\' {
				continue
			}
			if body[i+1] == 'N' && i+2 < len(body) && body[i+2] == '{' {
				p.errorAt(t.start+t.prefixLen+t.quoteLen+i, `unsupported: \N{...} escape; write the character itself or use \uXXXX`)
			}
			i++
		}
	}
}
