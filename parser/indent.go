package parser

import "fmt"

// indentChecker follows CPython's tokenizer rules for indentation, so that
// the errors gpython reports as a bare "invalid syntax" (or not at all, for
// tabs mixed with spaces) get CPython's messages. Only the first problem is
// reported: later ones are usually consequences.
type indentChecker struct {
	text   []byte
	stack  []int // indentation columns, tabs to multiples of 8
	alt    []int // the same with tabs counted as 1
	diags  *[]rawDiag
	failed bool
	li     lineIndex
}

func newIndentChecker(text []byte, li lineIndex, diags *[]rawDiag) *indentChecker {
	return &indentChecker{text: text, stack: []int{0}, alt: []int{0}, diags: diags, li: li}
}

func (c *indentChecker) report(off int, msg string) {
	c.failed = true
	line, col := c.li.at(off)
	*c.diags = append(*c.diags, rawDiag{line: line, col: col, msg: "syntax error: " + msg})
}

// blockHeader returns a description of the compound statement that the last
// complete logical line in toks opens ("'if' statement"), "?" when it ends in
// a colon but the kind is unknown, or "" when it opens no block. It also
// returns the header's line and the offset just after its colon.
func (c *indentChecker) blockHeader(toks []token) (kind string, line, end int) {
	n := len(toks)
	if n < 2 || toks[n-1].kind != tokNewline {
		return "", 0, 0
	}
	last := toks[n-2]
	if !last.isOp(c.text, ":") || last.depth != 0 {
		return "", 0, 0
	}
	first := n - 2
	for first > 0 && toks[first-1].kind != tokNewline {
		first--
	}
	line, _ = c.li.at(toks[first].start)
	kind = "?"
	if toks[first].kind == tokName {
		switch w := toks[first].text(c.text); w {
		case "if", "elif", "else", "for", "while", "with", "try", "except", "finally":
			kind = fmt.Sprintf("'%s' statement", w)
		case "def":
			kind = "function definition"
		case "class":
			kind = "class definition"
		}
	}
	return kind, line, last.end
}

func missingBlock(kind string, line int) string {
	return fmt.Sprintf("expected an indented block after %s on line %d", kind, line)
}

// line checks the indentation of a logical line whose first token starts at
// off, measured as col (tabs to 8) and altcol (tabs to 1).
func (c *indentChecker) line(toks []token, off, col, altcol int) {
	if c.failed {
		return
	}
	kind, hline, _ := c.blockHeader(toks)
	top, alttop := c.stack[len(c.stack)-1], c.alt[len(c.alt)-1]
	switch {
	case col == top:
		if altcol != alttop {
			c.report(c.li.offset(c.lineOf(off), 0), "inconsistent use of tabs and spaces in indentation")
		} else if kind != "" && kind != "?" {
			c.report(off, missingBlock(kind, hline))
		}
	case col > top:
		if altcol <= alttop {
			c.report(c.li.offset(c.lineOf(off), 0), "inconsistent use of tabs and spaces in indentation")
		} else if kind == "" {
			c.report(off, "unexpected indent")
		}
		c.stack = append(c.stack, col)
		c.alt = append(c.alt, altcol)
	default:
		for len(c.stack) > 1 && col < c.stack[len(c.stack)-1] {
			c.stack = c.stack[:len(c.stack)-1]
			c.alt = c.alt[:len(c.alt)-1]
		}
		top, alttop = c.stack[len(c.stack)-1], c.alt[len(c.alt)-1]
		switch {
		case col != top:
			c.report(off, "unindent does not match any outer indentation level")
		case altcol != alttop:
			c.report(c.li.offset(c.lineOf(off), 0), "inconsistent use of tabs and spaces in indentation")
		case kind != "" && kind != "?":
			c.report(off, missingBlock(kind, hline))
		}
	}
}

func (c *indentChecker) lineOf(off int) int {
	line, _ := c.li.at(off)
	return line
}

// finish reports a block header on the last logical line of the file.
func (c *indentChecker) finish(toks []token, _ int) {
	if c.failed {
		return
	}
	if kind, hline, end := c.blockHeader(toks); kind != "" && kind != "?" {
		c.report(end, missingBlock(kind, hline))
	}
}

// bracketError reports an unmatched or unclosed bracket. It does not stop
// the indentation checks, which only look at depth-0 lines.
func (c *indentChecker) bracketError(off int, msg string) {
	line, col := c.li.at(off)
	*c.diags = append(*c.diags, rawDiag{line: line, col: col, msg: syntaxPrefix + msg})
}
