package parser

import (
	"bytes"
	"fmt"

	"github.com/go-python/gpython/parser"
)

// The f-string splitter follows CPython 3.11's Parser/string_parser.c
// (fstring_find_literal, fstring_find_expr, fstring_parse) so that the same
// inputs are accepted and rejected with the same messages. Errors are placed
// at the offending character rather than at the end of the string.

// fpart is one piece of an f-string body: a literal (already decoded) or a
// replacement field.
type fpart struct {
	isField bool
	literal string

	exprStart, exprEnd int    // offsets of the field's expression text
	debug              string // "expr=" text for `{expr=}`, else ""
	conversion         int    // -1, 's', 'r' or 'a'
	hasSpec            bool
	spec               []fpart // format spec parts (fields nest one level)
}

// fstrError is an f-string error at byte offset off.
type fstrError struct {
	off int
	msg string
}

func (e *fstrError) Error() string { return e.msg }

// fsplitter splits the body text[start:end] of one f-string literal.
type fsplitter struct {
	text []byte
	end  int
	raw  bool
}

// splitFString splits the body of an f-string literal into parts.
func splitFString(text []byte, start, end int, raw bool) ([]fpart, *fstrError) {
	s := &fsplitter{text: text, end: end, raw: raw}
	parts, pos, err := s.parse(start, 0)
	if err != nil {
		return nil, err
	}
	if pos < end {
		return nil, &fstrError{pos, "f-string: unexpected end of string"}
	}
	return parts, nil
}

// parse reads literals and fields from pos until the end of the body (level
// 0) or a closing '}' (level 1, a format spec).
func (s *fsplitter) parse(pos, level int) ([]fpart, int, *fstrError) {
	var parts []fpart
	for {
		lit, next, doubled, err := s.literal(pos, level)
		if err != nil {
			return nil, 0, err
		}
		if lit != "" {
			parts = appendLiteral(parts, lit)
		}
		pos = next
		if doubled {
			continue
		}
		if pos >= s.end || s.text[pos] == '}' {
			break
		}
		field, next, err := s.field(pos, level)
		if err != nil {
			return nil, 0, err
		}
		if field.debug != "" {
			parts = appendLiteral(parts, field.debug)
		}
		parts = append(parts, field)
		pos = next
	}
	if level > 0 && (pos >= s.end || s.text[pos] != '}') {
		return nil, 0, &fstrError{pos, "f-string: expecting '}'"}
	}
	return parts, pos, nil
}

// appendLiteral adds a literal, merging it with a preceding literal as
// CPython's AST does.
func appendLiteral(parts []fpart, lit string) []fpart {
	if n := len(parts); n > 0 && !parts[n-1].isField {
		parts[n-1].literal += lit
		return parts
	}
	return append(parts, fpart{literal: lit})
}

// literal scans literal text from pos. doubled is true when it stopped after
// the first of a doubled brace at level 0 (the literal then includes one
// brace and next skips the second).
func (s *fsplitter) literal(pos, level int) (lit string, next int, doubled bool, err *fstrError) {
	start := pos
	i := pos
	for i < s.end {
		ch := s.text[i]
		i++
		if !s.raw && ch == '\\' && i < s.end {
			ch = s.text[i]
			i++
			if ch == 'N' {
				// \N{NAME}: its braces do not open a field.
				if i < s.end && s.text[i] == '{' {
					i++
					for i < s.end {
						c := s.text[i]
						i++
						if c == '}' {
							break
						}
					}
				}
				continue
			}
		}
		if ch == '{' || ch == '}' {
			if level == 0 {
				if i < s.end && s.text[i] == ch {
					lit, err := s.decode(start, i)
					return lit, i + 1, true, err
				}
				if ch == '}' {
					return "", 0, false, &fstrError{i - 1, "f-string: single '}' is not allowed"}
				}
			}
			i--
			break
		}
	}
	lit, err = s.decode(start, i)
	return lit, i, false, err
}

// decode turns literal source text into its value: CRLF becomes LF (CPython
// reads source with universal newlines), then escapes are decoded unless the
// string is raw.
func (s *fsplitter) decode(start, end int) (string, *fstrError) {
	b := bytes.ReplaceAll(s.text[start:end], []byte("\r\n"), []byte("\n"))
	if s.raw {
		return string(b), nil
	}
	// `\{` keeps its backslash (an invalid escape) and ends the literal
	// there; gpython's decoder rejects a trailing backslash.
	trailing := ""
	run := 0
	for run < len(b) && b[len(b)-1-run] == '\\' {
		run++
	}
	if run%2 == 1 {
		b, trailing = b[:len(b)-1], `\`
	}
	out, err := parser.DecodeEscape(bytes.NewBuffer(b), false)
	if err != nil {
		return "", &fstrError{start, fmt.Sprintf("(unicode error) %v", err)}
	}
	return out.String() + trailing, nil
}

// field scans a replacement field starting at the '{' at pos.
func (s *fsplitter) field(pos, level int) (fpart, int, *fstrError) {
	f := fpart{isField: true, conversion: -1}
	if level >= 2 {
		return f, 0, &fstrError{pos, "f-string: expressions nested too deeply"}
	}
	i := pos + 1
	f.exprStart = i
	var quote byte
	quoteLen := 0
	var stack []byte
scan:
	for ; i < s.end; i++ {
		ch := s.text[i]
		if ch == '\\' {
			return f, 0, &fstrError{i, "f-string expression part cannot include a backslash"}
		}
		if quote != 0 {
			if ch == quote {
				if quoteLen == 3 {
					if i+2 < s.end && s.text[i+1] == ch && s.text[i+2] == ch {
						i += 2
						quote = 0
					}
				} else {
					quote = 0
				}
			}
			continue
		}
		switch {
		case ch == '\'' || ch == '"':
			quoteLen = 1
			if i+2 < s.end && s.text[i+1] == ch && s.text[i+2] == ch {
				quoteLen = 3
				i += 2
			}
			quote = ch
		case ch == '[' || ch == '{' || ch == '(':
			if len(stack) >= 200 {
				return f, 0, &fstrError{i, "f-string: too many nested parenthesis"}
			}
			stack = append(stack, ch)
		case ch == '#':
			return f, 0, &fstrError{i, "f-string expression part cannot include '#'"}
		case len(stack) == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<'):
			if i+1 < s.end && s.text[i+1] == '=' && ch != ':' && ch != '}' {
				i++
				continue
			}
			if ch == '>' || ch == '<' {
				continue
			}
			break scan
		case ch == ']' || ch == '}' || ch == ')':
			if len(stack) == 0 {
				return f, 0, &fstrError{i, fmt.Sprintf("f-string: unmatched '%c'", ch)}
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}') {
				return f, 0, &fstrError{i, fmt.Sprintf("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, open)}
			}
		}
	}
	f.exprEnd = i
	if quote != 0 {
		return f, 0, &fstrError{i, "f-string: unterminated string"}
	}
	if len(stack) > 0 {
		return f, 0, &fstrError{i, fmt.Sprintf("f-string: unmatched '%c'", stack[len(stack)-1])}
	}
	if i >= s.end {
		return f, 0, &fstrError{i, "f-string: expecting '}'"}
	}
	if blank(s.text[f.exprStart:f.exprEnd]) {
		if c := s.text[i]; c == '!' || c == ':' || c == '=' {
			return f, 0, &fstrError{i, fmt.Sprintf("f-string: expression required before '%c'", c)}
		}
		return f, 0, &fstrError{i, "f-string: empty expression not allowed"}
	}
	if s.text[i] == '=' {
		i++
		for i < s.end && isPySpace(s.text[i]) {
			i++
		}
		if i >= s.end {
			return f, 0, &fstrError{i, "f-string: expecting '}'"}
		}
		f.debug = string(bytes.ReplaceAll(s.text[f.exprStart:i], []byte("\r\n"), []byte("\n")))
	}
	if s.text[i] == '!' {
		i++
		if i >= s.end {
			return f, 0, &fstrError{i, "f-string: expecting '}'"}
		}
		c := s.text[i]
		if c != 's' && c != 'r' && c != 'a' {
			return f, 0, &fstrError{i, "f-string: invalid conversion character: expected 's', 'r', or 'a'"}
		}
		f.conversion = int(c)
		i++
	}
	if i >= s.end {
		return f, 0, &fstrError{i, "f-string: expecting '}'"}
	}
	if s.text[i] == ':' {
		i++
		if i >= s.end {
			return f, 0, &fstrError{i, "f-string: expecting '}'"}
		}
		spec, next, err := s.parse(i, level+1)
		if err != nil {
			return f, 0, err
		}
		f.hasSpec, f.spec = true, spec
		i = next
	}
	if i >= s.end || s.text[i] != '}' {
		return f, 0, &fstrError{i, "f-string: expecting '}'"}
	}
	if f.debug != "" && !f.hasSpec && f.conversion == -1 {
		f.conversion = 'r'
	}
	return f, i + 1, nil
}

// blank reports whether b holds only the whitespace Python's parser ignores.
func blank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			return false
		}
	}
	return true
}

func isPySpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}
