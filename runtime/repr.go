package runtime

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Str returns Python's str(v) for the Go values that translated programs
// use: int, float64, bool and string print as Python prints them, nil (a
// nil interface, pointer, slice or map) prints None, an *Exc prints its
// message, a value with a String() method (a class defining __str__) prints
// what that method returns, and every other value prints its Repr, as
// Python's default __str__ falls back to __repr__.
//
// Kept: CPython's text for every value listed in the package's value
// conventions, nested to any depth; a container that holds itself prints
// [...] or {...} where it recurs, as in CPython. Dropped: see Repr for the
// class-instance and ordering differences.
func Str(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case float64:
		return FormatFloat(x)
	case bool:
		return boolText(x)
	case *Exc:
		if x == nil {
			return "None"
		}
		return x.Error()
	case error:
		// A Go error reaching print() stands for an exception: its text.
		if isNilPointer(x) {
			return "None"
		}
		return x.Error()
	case fmt.Stringer:
		if isNilPointer(x) {
			return "None"
		}
		return x.String()
	case pyReprer:
		if isNilPointer(x) {
			return "None"
		}
		return x.PyRepr()
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.String {
		// A named string type (an enum-like str) prints its text.
		return rv.String()
	}
	return string(appendRepr(nil, rv, &reprState{}))
}

// Repr returns Python's repr(v): strings are quoted as CPython quotes them
// (single quotes unless the text holds a ' and no ", with \n, \t, \\ and
// \xNN escapes for unprintable characters, printable non-ASCII kept), lists
// ([]T, *[]T, arrays) print as [1, 2], dicts as {'a': 1}, tuples as (1, 'a')
// or (1,), sets as {1, 2} or set(), exceptions as ValueError('msg'), and a
// value with a PyRepr() string method (a class defining __repr__) prints
// what that method returns.
//
// Dropped: a class instance without PyRepr prints as
// <__main__.Name object at 0xc000012345>, the Go type name and a Go address
// where CPython shows its own id; a Go map (a dict whose order the program
// was judged never to observe) prints its keys sorted, where CPython
// follows insertion order; a Set follows CPython's hash order as far as
// Set.Items explains; a nil slice or map is an empty container (emitted Go
// keeps None for nil pointers and interfaces only).
func Repr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case string:
		return string(appendQuoted(nil, x, false))
	case int:
		return strconv.Itoa(x)
	case float64:
		return FormatFloat(x)
	case bool:
		return boolText(x)
	}
	return string(appendRepr(nil, reflect.ValueOf(v), &reprState{}))
}

// Ascii returns Python's ascii(v): Repr with every non-ASCII character of
// the strings it quotes escaped (%a and !a use it).
func Ascii(v any) string {
	r := Repr(v)
	var b strings.Builder
	for _, c := range r {
		if c < utf8.RuneSelf {
			b.WriteRune(c)
			continue
		}
		b.Write(appendEscape(nil, c))
	}
	return b.String()
}

// pyReprer is a class that defines __repr__; runtime containers implement
// it too.
type pyReprer interface{ PyRepr() string }

func boolText(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// isNilPointer reports whether v holds a nil pointer, which translated code
// uses for None. Nil maps and slices with methods (Set, Tuple) are empty
// containers, not None, and print themselves.
func isNilPointer(v any) bool {
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}

// reprState tracks the containers being printed, so that a container
// holding itself prints [...] or {...} as CPython prints it, instead of
// recursing forever.
type reprState struct{ active []reprID }

type reprID struct {
	t reflect.Type
	p uintptr
}

// enter records that the container (t, p) is being printed and reports
// false when it already is (a cycle).
func (st *reprState) enter(t reflect.Type, p uintptr) bool {
	for _, id := range st.active {
		if id.t == t && id.p == p {
			return false
		}
	}
	st.active = append(st.active, reprID{t, p})
	return true
}

func (st *reprState) leave() { st.active = st.active[:len(st.active)-1] }

// reprAppender is implemented by this package's containers so that their
// elements are printed with the same cycle tracking.
type reprAppender interface {
	appendReprTo(dst []byte, st *reprState) []byte
}

// appendRepr appends the repr of a value reached by reflection, for
// containers and for named types whose underlying kind is basic.
func appendRepr(dst []byte, rv reflect.Value, st *reprState) []byte {
	if !rv.IsValid() {
		return append(dst, "None"...)
	}
	if rv.CanInterface() {
		switch x := rv.Interface().(type) {
		case reprAppender:
			if isNilPointer(x) {
				return append(dst, "None"...)
			}
			return x.appendReprTo(dst, st)
		case *Exc:
			if x == nil {
				return append(dst, "None"...)
			}
			return append(dst, x.Repr()...)
		case pyReprer:
			if isNilPointer(x) {
				return append(dst, "None"...)
			}
			return append(dst, x.PyRepr()...)
		}
	}
	switch rv.Kind() {
	case reflect.Bool:
		return append(dst, boolText(rv.Bool())...)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.AppendInt(dst, rv.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.AppendUint(dst, rv.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return appendFloatRepr(dst, rv.Float())
	case reflect.String:
		return appendQuoted(dst, rv.String(), false)
	case reflect.Interface:
		if rv.IsNil() {
			return append(dst, "None"...)
		}
		return appendRepr(dst, rv.Elem(), st)
	case reflect.Pointer:
		if rv.IsNil() {
			return append(dst, "None"...)
		}
		if rv.Elem().Kind() == reflect.Struct {
			return appendObjectRepr(dst, rv.Elem().Type(), rv.Pointer())
		}
		// *[]T is a list shared by reference; other pointers print what
		// they point to.
		return appendRepr(dst, rv.Elem(), st)
	case reflect.Slice:
		if rv.Len() == 0 {
			return append(dst, "[]"...)
		}
		if !st.enter(rv.Type(), rv.Pointer()) {
			return append(dst, "[...]"...)
		}
		defer st.leave()
		return appendSequence(dst, rv, st)
	case reflect.Array:
		return appendSequence(dst, rv, st)
	case reflect.Map:
		if !st.enter(rv.Type(), rv.Pointer()) {
			return append(dst, "{...}"...)
		}
		defer st.leave()
		return appendMapRepr(dst, rv, st)
	case reflect.Struct:
		return appendObjectRepr(dst, rv.Type(), 0)
	}
	return append(dst, fmt.Sprint(rv.Interface())...)
}

func appendSequence(dst []byte, rv reflect.Value, st *reprState) []byte {
	dst = append(dst, '[')
	for i := 0; i < rv.Len(); i++ {
		if i > 0 {
			dst = append(dst, ", "...)
		}
		dst = appendRepr(dst, rv.Index(i), st)
	}
	return append(dst, ']')
}

// appendMapRepr prints a Go map as a dict. Go maps have no order, so the
// keys are sorted to keep the output deterministic.
func appendMapRepr(dst []byte, rv reflect.Value, st *reprState) []byte {
	keys := rv.MapKeys()
	anyKeys := make([]any, len(keys))
	for i, k := range keys {
		anyKeys[i] = k.Interface()
	}
	order := sortedIndexes(anyKeys)
	dst = append(dst, '{')
	for n, i := range order {
		if n > 0 {
			dst = append(dst, ", "...)
		}
		dst = appendRepr(dst, keys[i], st)
		dst = append(dst, ": "...)
		dst = appendRepr(dst, rv.MapIndex(keys[i]), st)
	}
	return append(dst, '}')
}

// appendObjectRepr prints CPython's default object repr for a class
// instance without __repr__. CPython shows id(obj); a Go address stands in
// for it, so outputs compared under an address-normalising rule still match.
func appendObjectRepr(dst []byte, t reflect.Type, addr uintptr) []byte {
	dst = append(dst, "<__main__."...)
	dst = append(dst, t.Name()...)
	dst = append(dst, " object"...)
	if addr != 0 {
		dst = append(dst, " at 0x"...)
		dst = strconv.AppendUint(dst, uint64(addr), 16)
	}
	return append(dst, '>')
}

// appendQuoted appends CPython's repr of a str. asciiOnly escapes every
// non-ASCII character too, as ascii() does.
func appendQuoted(dst []byte, s string, asciiOnly bool) []byte {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	dst = append(dst, quote)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// Not UTF-8: no Python str holds this; show the byte.
			dst = appendHex(dst, 'x', uint32(s[i]), 2)
			i++
			continue
		}
		i += size
		switch {
		case r == rune(quote) || r == '\\':
			dst = append(dst, '\\', byte(r))
		case r == '\t':
			dst = append(dst, '\\', 't')
		case r == '\n':
			dst = append(dst, '\\', 'n')
		case r == '\r':
			dst = append(dst, '\\', 'r')
		case r < ' ' || r == 0x7f:
			dst = appendHex(dst, 'x', uint32(r), 2)
		case r < utf8.RuneSelf:
			dst = append(dst, byte(r))
		case asciiOnly || !unicode.IsPrint(r):
			dst = appendEscape(dst, r)
		default:
			dst = utf8.AppendRune(dst, r)
		}
	}
	return append(dst, quote)
}

// appendEscape writes a non-ASCII character as CPython escapes it:
// \xNN, \uNNNN or \UNNNNNNNN, the shortest that fits.
func appendEscape(dst []byte, r rune) []byte {
	switch {
	case r < 0x100:
		return appendHex(dst, 'x', uint32(r), 2)
	case r < 0x10000:
		return appendHex(dst, 'u', uint32(r), 4)
	}
	return appendHex(dst, 'U', uint32(r), 8)
}

func appendHex(dst []byte, kind byte, v uint32, width int) []byte {
	const hexDigits = "0123456789abcdef"
	dst = append(dst, '\\', kind)
	for shift := (width - 1) * 4; shift >= 0; shift -= 4 {
		dst = append(dst, hexDigits[(v>>uint(shift))&0xf])
	}
	return dst
}
