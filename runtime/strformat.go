package runtime

import (
	"strconv"
	"strings"
)

// FormatString returns Python's format.format(*args, **kwargs): literal text
// with {{ and }} escapes, and replacement fields {}, {0} and {name}, each
// with an optional conversion !s, !r or !a and an optional :spec, which may
// itself hold nested fields ({:{width}}), formatted by Format. kwargs may be
// nil.
//
// Kept: automatic and manual numbering and the error for mixing them,
// CPython's messages for a missing index (IndexError), a missing name
// (KeyError), an unmatched brace or bad conversion (ValueError), and its
// nesting limit. Dropped: attribute and index lookups inside a field
// ({0.attr}, {0[1]}) raise ValueError; the translator resolves those at
// translation time instead.
func FormatString(format string, args []any, kwargs map[string]any) string {
	s := strFormatState{args: args, kwargs: kwargs}
	return s.expand(format, 2)
}

type strFormatState struct {
	args      []any
	kwargs    map[string]any
	autoIndex int
	numbering byte // 0 until the first field, then 'a'uto or 'm'anual
}

func (s *strFormatState) expand(format string, depth int) string {
	if depth <= 0 {
		raiseValue("Max string recursion exceeded")
	}
	var out strings.Builder
	for i := 0; i < len(format); {
		c := format[i]
		switch {
		case c == '{' && i+1 < len(format) && format[i+1] == '{',
			c == '}' && i+1 < len(format) && format[i+1] == '}':
			out.WriteByte(c)
			i += 2
		case c == '}':
			raiseValue("Single '}' encountered in format string")
		case c == '{':
			if i+1 == len(format) {
				raiseValue("Single '{' encountered in format string")
			}
			end := fieldEnd(format, i+1)
			out.WriteString(s.field(format[i+1:end], depth))
			i = end + 1
		default:
			next := strings.IndexAny(format[i:], "{}")
			if next < 0 {
				out.WriteString(format[i:])
				i = len(format)
			} else {
				out.WriteString(format[i : i+next])
				i += next
			}
		}
	}
	return out.String()
}

// fieldEnd returns the index of the '}' closing the field that starts at
// start, counting the braces of nested fields in its format spec.
func fieldEnd(format string, start int) int {
	count := 1
	for i := start; i < len(format); i++ {
		switch format[i] {
		case '{':
			count++
		case '}':
			count--
			if count == 0 {
				return i
			}
		}
	}
	raiseValue("expected '}' before end of string")
	return 0
}

// field formats one replacement field (the text between its braces).
func (s *strFormatState) field(field string, depth int) string {
	name, conversion, spec := field, byte(0), ""
	if i := strings.IndexAny(field, "!:"); i >= 0 {
		name = field[:i]
		rest := field[i:]
		if rest[0] == '!' {
			if len(rest) < 2 {
				raiseValue("unmatched '{' in format spec")
			}
			conversion = rest[1]
			rest = rest[2:]
			if rest != "" && rest[0] != ':' {
				raiseValue("expected ':' after conversion specifier")
			}
		}
		if rest != "" {
			spec = rest[1:]
		}
	}
	value := s.lookup(name)
	switch conversion {
	case 0:
	case 's':
		value = Str(value)
	case 'r':
		value = Repr(value)
	case 'a':
		value = Ascii(value)
	default:
		raiseValue("Unknown conversion specifier " + string(rune(conversion)))
	}
	if strings.ContainsAny(spec, "{}") {
		spec = s.expand(spec, depth-1)
	}
	return Format(value, spec)
}

func (s *strFormatState) lookup(name string) any {
	if strings.ContainsAny(name, ".[") {
		raiseValue("py2goconc: attribute and index lookups in format fields are not supported: {" + name + "}")
	}
	if name == "" {
		if s.numbering == 'm' {
			raiseValue("cannot switch from manual field specification to automatic field numbering")
		}
		s.numbering = 'a'
		s.autoIndex++
		return s.positional(s.autoIndex - 1)
	}
	if n, err := strconv.Atoi(name); err == nil && name[0] >= '0' && name[0] <= '9' {
		if s.numbering == 'a' {
			raiseValue("cannot switch from automatic field numbering to manual field specification")
		}
		s.numbering = 'm'
		return s.positional(n)
	}
	v, ok := s.kwargs[name]
	if !ok {
		panic(NewExc(KeyError, name))
	}
	return v
}

func (s *strFormatState) positional(i int) any {
	if i >= len(s.args) {
		panic(NewExc(IndexError, "Replacement index "+strconv.Itoa(i)+" out of range for positional args tuple"))
	}
	return s.args[i]
}
