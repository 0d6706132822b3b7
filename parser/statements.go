package parser

import "strings"

// pyKeywords are Python 3.11's hard keywords.
var pyKeywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
	"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

// bracket is an open bracket seen by scanStatements.
type bracket struct {
	open        byte
	call        bool // '(' of a call or class bases
	params      bool // '(' of a def parameter list
	star, dstar bool // '*' / '**' item seen
	keyword     bool // a keyword argument seen
	itemStart   bool // the next token starts an item
	inLambda    bool // between a lambda and its ':' (commas separate its parameters)
}

// scanner walks the token list once, statement by statement.
type scanner struct {
	p     *prepared
	toks  []token
	stack []bracket
}

// scanStatements applies the token-level rewrites (numeric underscores,
// annotations, trailing commas after */** items) and reports unsupported
// constructs.
func (p *prepared) scanStatements() {
	s := &scanner{p: p, toks: p.toks}
	stmtStart := true
	inHeader := false // in a compound statement header, before its ':'
	for i, t := range s.toks {
		if stmtStart && t.depth == 0 {
			s.statement(i)
			inHeader = t.kind == tokName && compoundKeywords[s.word(i)]
		}
		if t.depth == 0 && t.isName(p.src, "lambda") {
			inHeader = false // its ':' is not the header's
		}
		headerColon := inHeader && t.depth == 0 && t.isOp(p.src, ":")
		if headerColon {
			inHeader = false
		}
		// A simple statement may follow a header's ':' on the same line.
		stmtStart = t.kind == tokNewline || t.depth == 0 && t.isOp(p.src, ";") || headerColon
		s.token(i)
	}
}

// compoundKeywords start statements whose header ends in ':'.
var compoundKeywords = map[string]bool{
	"if": true, "elif": true, "else": true, "while": true, "for": true, "try": true,
	"except": true, "finally": true, "with": true, "def": true, "class": true,
}

func (s *scanner) tok(i int) token {
	if i < 0 || i >= len(s.toks) {
		return token{kind: tokNewline, start: len(s.p.src), end: len(s.p.src)}
	}
	return s.toks[i]
}

func (s *scanner) word(i int) string {
	t := s.tok(i)
	if t.kind != tokName && t.kind != tokOp {
		return ""
	}
	return t.text(s.p.src)
}

func (s *scanner) isOp(i int, op string) bool { return s.tok(i).isOp(s.p.src, op) }

// stmtEnd returns the index of the NEWLINE or depth-0 ';' ending the
// statement that starts at i.
func (s *scanner) stmtEnd(i int) int {
	for j := i; j < len(s.toks); j++ {
		t := s.toks[j]
		if t.kind == tokNewline || t.depth == 0 && t.isOp(s.p.src, ";") {
			return j
		}
	}
	return len(s.toks)
}

// closing returns the index of the bracket closing the one at i.
func (s *scanner) closing(i int) int {
	d := s.toks[i].depth
	for j := i + 1; j < len(s.toks); j++ {
		t := s.toks[j]
		if t.kind == tokNewline {
			return -1
		}
		if t.depth == d && t.kind == tokOp && strings.ContainsAny(t.text(s.p.src), ")]}") {
			return j
		}
	}
	return -1
}

func (s *scanner) unsupported(i int, msg string) {
	s.p.errorAt(s.tok(i).start, "unsupported: "+msg)
}

// statement runs the checks that apply at the first token of a statement.
func (s *scanner) statement(i int) {
	switch s.word(i) {
	case "match":
		s.matchStatement(i)
	case "with":
		s.parenthesisedWith(i)
	case "@":
		s.decorator(i)
	case "elif":
		s.p.elifs = append(s.p.elifs, s.p.key(s.tok(i).start))
	case "except":
		s.p.excepts = append(s.p.excepts, s.p.key(s.tok(i).start))
		if s.isOp(i+1, "*") {
			s.unsupported(i, "'except*' (exception groups); use a plain 'except'")
		}
	default:
		s.annotation(i)
	}
}

// matchStatement reports `match subject:`. `match` is a soft keyword: it
// starts a match statement only when the line ends in a colon and is not an
// assignment.
func (s *scanner) matchStatement(i int) {
	end := s.stmtEnd(i)
	if end-1 <= i+0 || !s.isOp(end-1, ":") || s.tok(end-1).depth != 0 {
		return
	}
	for j := i + 1; j < end; j++ {
		if t := s.tok(j); t.depth == 0 && t.kind == tokOp && strings.HasSuffix(t.text(s.p.src), "=") && !t.isOp(s.p.src, "==") {
			return
		}
	}
	if s.isOp(i+1, ".") || s.isOp(i+1, ":") {
		return
	}
	s.unsupported(i, "'match' statement; use an if/elif chain instead")
}

// parenthesisedWith reports `with (a as b, c as d):` (Python 3.10).
func (s *scanner) parenthesisedWith(i int) {
	if !s.isOp(i+1, "(") {
		return
	}
	close := s.closing(i + 1)
	if close < 0 || !s.isOp(close+1, ":") {
		return
	}
	inner := s.tok(i+1).depth + 1
	for j := i + 2; j < close; j++ {
		if s.tok(j).depth == inner && s.tok(j).isName(s.p.src, "as") {
			s.unsupported(i+1, "parenthesised context managers in 'with'; drop the parentheses (continue the line with a backslash)")
			return
		}
	}
}

// decorator reports decorators other than a dotted name, optionally called
// (PEP 614 relaxed this in Python 3.9).
func (s *scanner) decorator(i int) {
	j := i + 1
	if s.tok(j).kind != tokName {
		s.unsupported(i, "decorator expression; only a dotted name, optionally called, may follow '@'")
		return
	}
	j++
	for s.isOp(j, ".") && s.tok(j+1).kind == tokName {
		j += 2
	}
	if s.isOp(j, "(") {
		if j = s.closing(j); j < 0 {
			return
		}
		j++
	}
	if s.tok(j).kind != tokNewline {
		s.unsupported(i, "decorator expression; only a dotted name, optionally called, may follow '@'")
		return
	}
	var names []token
	for k := i + 1; s.tok(k).kind == tokName; k += 2 {
		names = append(names, s.tok(k))
		if !s.isOp(k+1, ".") {
			break
		}
	}
	s.p.decorators[s.p.key(s.tok(i).start)] = names
}

// annotation detects `target: annotation [= value]` where target is a name
// followed by attribute or subscript trailers, and blanks `: annotation`.
func (s *scanner) annotation(i int) {
	src := s.p.src
	if s.tok(i).kind != tokName || pyKeywords[s.word(i)] {
		return
	}
	j := i + 1
	lastCall := false // a call cannot be the target: `f(): int` is an error
	for {
		if s.isOp(j, ".") && s.tok(j+1).kind == tokName {
			j += 2
			lastCall = false
		} else if s.isOp(j, "[") || s.isOp(j, "(") {
			lastCall = s.isOp(j, "(")
			if j = s.closing(j); j < 0 {
				return
			}
			j++
		} else {
			break
		}
	}
	if lastCall || !s.isOp(j, ":") {
		return
	}
	colon := s.tok(j)
	end := s.stmtEnd(i)
	last, eq := -1, -1
	for k := j + 1; k < end; k++ {
		t := s.tok(k)
		if t.depth == 0 && t.isOp(src, "=") {
			eq = k
			break
		}
		last = k
	}
	if last < 0 {
		return
	}
	annEnd := s.tok(last).end
	blankEnd := annEnd
	if eq >= 0 {
		blankEnd = s.tok(eq).start
	}
	// Keep the logical line joined across line ends inside a bracketed
	// multi-line annotation.
	for o := colon.start; o < blankEnd; o++ {
		if src[o] != '\n' {
			continue
		}
		b := o - 1
		if b >= 0 && src[b] == '\r' {
			b--
		}
		if b < colon.start || src[b] == '\n' {
			s.p.errorAt(o, "unsupported: blank line inside a multi-line annotation; remove it")
			return
		}
	}
	s.p.blankRange(colon.start, blankEnd)
	for o := colon.start; o < blankEnd; o++ {
		if src[o] == '\n' {
			b := o - 1
			if src[b] == '\r' {
				b--
			}
			s.p.text[b] = '\\'
		}
	}
	s.p.anns[s.p.key(s.tok(i).start)] = &annotation{start: colon.end, end: annEnd, hasValue: eq >= 0}
}
