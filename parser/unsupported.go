package parser

import "strings"

// token runs the per-token checks and rewrites of scanStatements.
func (s *scanner) token(i int) {
	t := s.tok(i)
	src := s.p.src
	s.itemStart(i)
	switch t.kind {
	case tokNumber:
		s.number(t)
	case tokName:
		if n := len(s.stack); n > 0 && t.depth == n && t.isName(src, "lambda") {
			s.stack[n-1].inLambda = true
		}
		switch t.text(src) {
		case "await":
			s.unsupported(i, "'await'; run the work in threads (threading or concurrent.futures) instead")
		case "async":
			if w := s.word(i + 1); w == "def" || w == "with" || w == "for" {
				s.unsupported(i, "'async "+w+"'; run the work in threads (threading or concurrent.futures) instead")
			}
		}
	case tokOp:
		s.operator(i, t.text(src))
	}
}

// operator handles brackets and the operators gpython's grammar lacks.
func (s *scanner) operator(i int, op string) {
	switch op {
	case ":=":
		s.unsupported(i, "walrus operator ':='; assign the value on its own line first")
	case "@":
		if !s.atStatementStart(i) {
			s.unsupported(i, "matrix multiplication operator '@'; call a function instead")
		}
	case "@=":
		s.unsupported(i, "matrix multiplication operator '@='; call a function instead")
	case "*":
		if s.tok(i).depth == 0 && (s.isOp(i-1, ",") || s.word(i-1) == "return" || s.word(i-1) == "yield") && s.inReturnOrYield(i) {
			s.unsupported(i, "starred expression in 'return' or 'yield'; build the tuple or list first")
		}
	case "\\":
		// A backslash that does not continue the line.
		msg := "syntax error: unexpected character after line continuation character"
		if blank(s.p.src[s.tok(i).end:]) {
			msg = "syntax error: unexpected EOF while parsing"
		}
		s.p.errorAt(s.tok(i).start, msg)
	case "/":
		if (s.isOp(i-1, ",") || s.isOp(i-1, "(")) && (s.isOp(i+1, ",") || s.isOp(i+1, ")") || s.isOp(i+1, ":")) {
			s.unsupported(i, "positional-only parameter marker '/'; remove it")
		}
	case "(", "[", "{":
		b := bracket{open: op[0], itemStart: true}
		if op == "(" {
			prev := s.tok(i - 1)
			switch {
			case prev.kind == tokName && !pyKeywords[s.word(i-1)]:
				b.call = true
				b.params = s.word(i-2) == "def"
			case prev.kind == tokString, s.isOp(i-1, ")"), s.isOp(i-1, "]"):
				b.call = true
			}
		}
		s.stack = append(s.stack, b)
	case ")", "]", "}":
		if n := len(s.stack); n > 0 {
			b := s.stack[n-1]
			s.stack = s.stack[:n-1]
			// gpython rejects a trailing comma after a * or ** item in
			// calls and parameter lists; it never changes the meaning there.
			if op == ")" && (b.call || b.params) && (b.star || b.dstar) && s.isOp(i-1, ",") {
				c := s.tok(i - 1)
				s.p.text[c.start] = ' '
			}
		}
	case ",":
		if n := len(s.stack); n > 0 && !s.stack[n-1].inLambda {
			s.stack[n-1].itemStart = true
		}
	case ":":
		if n := len(s.stack); n > 0 && s.tok(i).depth == n {
			s.stack[n-1].inLambda = false
		}
	}
}

// inReturnOrYield reports whether the statement holding token i starts with
// return or yield (whose 3.4 grammar has no starred items).
func (s *scanner) inReturnOrYield(i int) bool {
	j := i
	for j > 0 && !s.atStatementStart(j) {
		j--
	}
	w := s.word(j)
	return w == "return" || w == "yield"
}

func (s *scanner) atStatementStart(i int) bool {
	if i == 0 {
		return true
	}
	prev := s.tok(i - 1)
	return prev.kind == tokNewline || prev.depth == 0 && prev.isOp(s.p.src, ";")
}

// itemStart checks the first token of an item inside brackets for PEP 448
// unpacking that the 3.4 grammar lacks.
func (s *scanner) itemStart(i int) {
	n := len(s.stack)
	if n == 0 || !s.stack[n-1].itemStart {
		return
	}
	t := s.tok(i)
	if t.kind == tokOp && (t.isOp(s.p.src, ",") || strings.ContainsAny(t.text(s.p.src), ")]}")) {
		return
	}
	b := &s.stack[n-1]
	b.itemStart = false
	star, dstar := s.isOp(i, "*"), s.isOp(i, "**")
	switch {
	case b.open == '{' && dstar:
		s.unsupported(i, "'**' unpacking in a dict display; build the dict with dict(...) and .update() instead")
	case b.open == '{' && star:
		s.unsupported(i, "'*' unpacking in a set display; build the set with set(...) and .update() instead")
	case b.params:
		if star || dstar {
			b.star = true
		}
	case !b.call:
	case star:
		if b.star {
			s.unsupported(i, "more than one '*' unpacking in a call; concatenate the sequences first")
		}
		b.star = true
	case dstar:
		if b.dstar {
			s.unsupported(i, "more than one '**' unpacking in a call; merge the dicts first")
		}
		b.dstar = true
	case t.kind == tokName && s.isOp(i+1, "="):
		b.keyword = true
		if b.dstar {
			s.unsupported(i, "keyword argument after '**' unpacking; move it before the '**'")
		}
	default:
		switch {
		case b.dstar:
			s.p.errorAt(t.start, syntaxPrefix+"positional argument follows keyword argument unpacking")
		case b.keyword:
			// gpython's grammar accepts this.
			s.p.errorAt(t.start, syntaxPrefix+"positional argument follows keyword argument")
		case b.star:
			s.unsupported(i, "positional argument after '*' unpacking; move it before the '*'")
		}
	}
}

// number removes underscores from a numeric literal, padding with spaces at
// the end, after checking them as CPython does.
func (s *scanner) number(t token) {
	lit := s.p.src[t.start:t.end]
	if !strings.Contains(string(lit), "_") {
		return
	}
	kind, digit := "decimal", isDigit
	if len(lit) > 1 && lit[0] == '0' {
		switch lit[1] {
		case 'x', 'X':
			kind, digit = "hexadecimal", isHexDigit
		case 'o', 'O':
			kind = "octal"
		case 'b', 'B':
			kind = "binary"
		}
	}
	for k, c := range lit {
		if c != '_' {
			continue
		}
		prevOK := k > 0 && (digit(lit[k-1]) || k == 2 && kind != "decimal")
		nextOK := k+1 < len(lit) && digit(lit[k+1])
		if !prevOK || !nextOK {
			s.p.errorAt(t.start+k, "syntax error: invalid "+kind+" literal")
			return
		}
	}
	out := s.p.text[t.start:t.end]
	w := 0
	for _, c := range lit {
		if c != '_' {
			out[w] = c
			w++
		}
	}
	for ; w < len(out); w++ {
		out[w] = ' '
	}
}

func isHexDigit(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
