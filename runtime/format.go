package runtime

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Format returns Python's format(v, spec), which is also what an f-string
// field {v:spec} and str.format's {:spec} produce, for int, float64, bool
// and string values (and named Go types of those kinds). The whole
// format-spec mini-language is implemented as CPython 3.11 parses it:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type] with
// aligns < > ^ =, signs + - and space, grouping , and _, and the types
// d b o x X c n for ints, e E f F g G n % and none for floats (ints accept
// them too, converted to float), s and none for strings. Defaults match
// Python's: strings align left and numbers right, a float with no type
// prints like str() or, given a precision, like 'g' but always showing a
// digit after the point.
//
// A spec CPython rejects raises the same ValueError, e.g. "Unknown format
// code 'd' for object of type 'float'". Any other value formats as Str(v)
// with an empty spec and raises TypeError otherwise, as object.__format__.
//
// Dropped: the 'n' type uses the C locale (no grouping), as CPython does
// unless a program calls locale.setlocale; ints are 64-bit.
func Format(v any, spec string) string {
	switch x := v.(type) {
	case string:
		if spec == "" {
			return x
		}
		return formatStr(x, parseSpecOrRaise(spec, 's', '<', "str"))
	case int:
		return formatIntValue(int64(x), spec, "int")
	case float64:
		return formatFloatValue(x, spec, "float")
	case Num:
		return Format(x.Value(), spec)
	case bool:
		if spec == "" {
			return boolText(x)
		}
		n := int64(0)
		if x {
			n = 1
		}
		return formatIntValue(n, spec, "bool")
	case nil:
		if spec == "" {
			return "None"
		}
		panic(NewExc(TypeError, "unsupported format string passed to NoneType.__format__"))
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.String:
		return Format(rv.String(), spec)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return formatIntValue(rv.Int(), spec, "int")
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return formatIntValue(int64(rv.Uint()), spec, "int")
	case reflect.Float32, reflect.Float64:
		return formatFloatValue(rv.Float(), spec, "float")
	case reflect.Bool:
		return Format(rv.Bool(), spec)
	}
	if spec == "" {
		return Str(v)
	}
	panic(NewExc(TypeError, "unsupported format string passed to "+pyTypeName(v)+".__format__"))
}

// formatSpec is a parsed format specification.
type formatSpec struct {
	fill      rune
	align     byte // '<', '>', '^' or '='
	sign      byte // 0, '+', '-' or ' '
	noNegZero bool // 'z'
	alt       bool // '#'
	width     int  // -1 when absent
	grouping  byte // 0, ',' or '_'
	precision int  // -1 when absent
	typ       byte // presentation type, the default already applied
}

func isAlign(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }

// parseSpecOrRaise parses spec as CPython's
// parse_internal_render_format_spec does and raises its ValueErrors.
// defaultType and defaultAlign are the value type's defaults; typeName names
// it in messages.
func parseSpecOrRaise(spec string, defaultType, defaultAlign byte, typeName string) formatSpec {
	f := formatSpec{fill: ' ', align: defaultAlign, width: -1, precision: -1, typ: defaultType}
	pos := 0
	fillGiven, alignGiven := false, false
	first, firstSize := utf8.DecodeRuneInString(spec)
	if second, _ := utf8.DecodeRuneInString(spec[min(firstSize, len(spec)):]); len(spec) > firstSize && isAlign(second) {
		f.fill, f.align = first, byte(second)
		fillGiven, alignGiven = true, true
		pos = firstSize + 1
	} else if len(spec) > 0 && isAlign(first) {
		f.align = byte(first)
		alignGiven = true
		pos = 1
	}
	if pos < len(spec) && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ') {
		f.sign = spec[pos]
		pos++
	}
	if pos < len(spec) && spec[pos] == 'z' {
		f.noNegZero = true
		pos++
	}
	if pos < len(spec) && spec[pos] == '#' {
		f.alt = true
		pos++
	}
	// A leading 0 asks for zero padding after the sign, unless a fill
	// character was given explicitly.
	if !fillGiven && pos < len(spec) && spec[pos] == '0' {
		f.fill = '0'
		if !alignGiven && defaultAlign == '>' {
			f.align = '='
		}
		pos++
	}
	f.width, pos = parseSpecInt(spec, pos)
	if pos < len(spec) && (spec[pos] == ',' || spec[pos] == '_') {
		f.grouping = spec[pos]
		pos++
		if pos < len(spec) && (spec[pos] == ',' || spec[pos] == '_') {
			if spec[pos] == f.grouping && f.grouping == ',' {
				raiseValue("Cannot specify ',' with ','.")
			}
			raiseValue("Cannot specify both ',' and '_'.")
		}
	}
	if pos < len(spec) && spec[pos] == '.' {
		pos++
		f.precision, pos = parseSpecInt(spec, pos)
		if f.precision < 0 {
			raiseValue("Format specifier missing precision")
		}
	}
	switch rest := len(spec) - pos; {
	case rest > 1:
		raiseValue("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'")
	case rest == 1:
		f.typ = spec[pos]
	}
	if f.grouping != 0 {
		switch f.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if f.grouping == '_' {
				break
			}
			fallthrough
		default:
			raiseValue("Cannot specify '" + string(f.grouping) + "' with '" + string(rune(f.typ)) + "'.")
		}
	}
	return f
}

// parseSpecInt reads a decimal number at pos, returning -1 when there is
// none.
func parseSpecInt(spec string, pos int) (int, int) {
	n, start := 0, pos
	for pos < len(spec) && spec[pos] >= '0' && spec[pos] <= '9' {
		if n > (math.MaxInt32-9)/10 {
			raiseValue("Too many decimal digits in format string")
		}
		n = n*10 + int(spec[pos]-'0')
		pos++
	}
	if pos == start {
		return -1, pos
	}
	return n, pos
}

func raiseValue(msg string) { panic(NewExc(ValueError, msg)) }

func unknownFormatCode(typ byte, typeName string) {
	raiseValue("Unknown format code '" + string(rune(typ)) + "' for object of type '" + typeName + "'")
}

// formatStr applies a parsed spec to a string (CPython's
// format_string_internal).
func formatStr(s string, f formatSpec) string {
	if f.typ != 's' {
		unknownFormatCode(f.typ, "str")
	}
	switch {
	case f.sign == ' ':
		raiseValue("Space not allowed in string format specifier")
	case f.sign != 0:
		raiseValue("Sign not allowed in string format specifier")
	case f.noNegZero:
		raiseValue("Negative zero coercion (z) not allowed in string format specifier")
	case f.alt:
		raiseValue("Alternate form (#) not allowed in string format specifier")
	case f.align == '=':
		raiseValue("'=' alignment not allowed in string format specifier")
	}
	n := utf8.RuneCountInString(s)
	if f.precision >= 0 && n > f.precision {
		s = truncateRunes(s, f.precision)
		n = f.precision
	}
	return padText(s, n, f.width, f.fill, f.align)
}

func truncateRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// padText pads s (n code points long) to width with fill, aligned left,
// right or centred (the left side getting the smaller half).
func padText(s string, n, width int, fill rune, align byte) string {
	pad := width - n
	if pad <= 0 {
		return s
	}
	left := 0
	switch align {
	case '>':
		left = pad
	case '^':
		left = pad / 2
	}
	var b strings.Builder
	b.Grow(len(s) + pad*utf8.RuneLen(fill))
	writeFill(&b, fill, left)
	b.WriteString(s)
	writeFill(&b, fill, pad-left)
	return b.String()
}

func writeFill(b *strings.Builder, fill rune, n int) {
	for i := 0; i < n; i++ {
		b.WriteRune(fill)
	}
}

func formatIntValue(n int64, spec, typeName string) string {
	if spec == "" {
		return strconv.FormatInt(n, 10)
	}
	f := parseSpecOrRaise(spec, 'd', '>', typeName)
	switch f.typ {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
		return formatInt(n, f)
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		return formatFloat(float64(n), f)
	}
	unknownFormatCode(f.typ, typeName)
	return ""
}

// formatInt is CPython's format_long_internal.
func formatInt(n int64, f formatSpec) string {
	if f.precision >= 0 {
		raiseValue("Precision not allowed in integer format specifier")
	}
	if f.noNegZero {
		raiseValue("Negative zero coercion (z) not allowed in integer format specifier")
	}
	if f.typ == 'c' {
		if f.sign != 0 {
			raiseValue("Sign not allowed with integer format specifier 'c'")
		}
		if f.alt {
			raiseValue("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if n < 0 || n > 0x10ffff {
			panic(NewExc(OverflowError, "%c arg not in range(0x110000)"))
		}
		// Laid out as a number with no digits, so '=' pads on the left.
		return layoutNumber(false, "", "", string(rune(n)), f, 3)
	}
	neg := n < 0
	mag := uint64(n)
	if neg {
		mag = -mag
	}
	base, prefix, groupSize := 10, "", 3
	switch f.typ {
	case 'b':
		base, prefix, groupSize = 2, "0b", 4
	case 'o':
		base, prefix, groupSize = 8, "0o", 4
	case 'x':
		base, prefix, groupSize = 16, "0x", 4
	case 'X':
		base, prefix, groupSize = 16, "0X", 4
	}
	var buf [64]byte
	digits := strconv.AppendUint(buf[:0], mag, base)
	if f.typ == 'X' {
		for i, c := range digits {
			if c >= 'a' {
				digits[i] = c - 'a' + 'A'
			}
		}
	}
	if !f.alt {
		prefix = ""
	}
	return layoutNumber(neg, prefix, string(digits), "", f, groupSize)
}

func formatFloatValue(x float64, spec, typeName string) string {
	if spec == "" {
		return FormatFloat(x)
	}
	f := parseSpecOrRaise(spec, 0, '>', typeName)
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		return formatFloat(x, f)
	}
	unknownFormatCode(f.typ, typeName)
	return ""
}

// formatFloat is CPython's format_float_internal.
func formatFloat(x float64, f formatSpec) string {
	typ, precision := f.typ, f.precision
	addDot0, suffix := false, ""
	switch typ {
	case 0:
		// No type: repr() without a precision, else 'g' that always shows
		// a digit after the point.
		addDot0 = true
		if precision < 0 {
			typ = 'r'
		} else {
			typ = 'g'
		}
	case 'n':
		typ = 'g'
	case '%':
		typ = 'f'
		x *= 100
		suffix = "%"
	}
	if precision < 0 {
		precision = 6
	}
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	if upper {
		typ += 'a' - 'A'
	}
	neg := math.Signbit(x) && !math.IsNaN(x)
	body := floatBody(math.Abs(x), typ, precision, addDot0, f.alt)
	if upper {
		body = strings.ToUpper(body)
	}
	if neg && f.noNegZero && isZeroMantissa(body) {
		neg = false
	}
	// Split the body into the integer digits, which grouping and zero
	// padding apply to, and the rest (point, fraction, exponent, inf/nan).
	intLen := 0
	for intLen < len(body) && body[intLen] >= '0' && body[intLen] <= '9' {
		intLen++
	}
	return layoutNumber(neg, "", body[:intLen], body[intLen:]+suffix, f, 3)
}

// isZeroMantissa reports whether a formatted number shows only zeros
// before its exponent.
func isZeroMantissa(body string) bool {
	for i := 0; i < len(body); i++ {
		switch c := body[i]; {
		case c == 'e' || c == 'E':
			return true
		case c >= '1' && c <= '9', c == 'i', c == 'n', c == 'I', c == 'N':
			return false
		}
	}
	return true
}

// floatBody formats a non-negative float as CPython's PyOS_double_to_string
// does for types e, f, g and r (repr).
func floatBody(x float64, typ byte, precision int, addDot0, alt bool) string {
	switch {
	case math.IsInf(x, 0):
		return "inf"
	case math.IsNaN(x):
		return "nan"
	}
	switch typ {
	case 'f':
		s := strconv.FormatFloat(x, 'f', precision, 64)
		if alt && precision == 0 {
			s += "."
		}
		return s
	case 'e':
		s := strconv.FormatFloat(x, 'e', precision, 64)
		if alt && precision == 0 {
			s = s[:1] + "." + s[1:]
		}
		return s
	}
	var scratch [32]byte
	var digits []byte
	var exp int
	if typ == 'r' {
		digits, exp, _ = shortestDigits(scratch[:0], x, -1)
	} else {
		if precision == 0 {
			precision = 1
		}
		digits, exp, _ = shortestDigits(scratch[:0], x, precision-1)
		for len(digits) > 1 && digits[len(digits)-1] == '0' {
			digits = digits[:len(digits)-1]
		}
	}
	return layoutDigits(digits, exp+1, typ, precision, addDot0, alt)
}

// layoutDigits is the 'g'/'r' part of CPython's format_float_short: it
// places the decimal point at decpt in the digit string, pads with zeros
// and adds an exponent when the magnitude calls for one.
func layoutDigits(digits []byte, decpt int, typ byte, precision int, addDot0, alt bool) string {
	useExp := false
	end := len(digits)
	if typ == 'g' {
		limit := precision
		if addDot0 {
			limit = precision - 1
		}
		useExp = decpt <= -4 || decpt > limit
		if alt {
			end = precision
		}
	} else { // 'r'
		useExp = decpt <= -4 || decpt > 16
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	start := 0
	if decpt <= 0 {
		start = decpt - 1
	}
	if !useExp && addDot0 {
		end = max(end, decpt+1)
	} else {
		end = max(end, decpt)
	}
	// Write digits[start:end] of the digit string padded with zeros on
	// both sides, with the point before position decpt.
	var b []byte
	for i := start; i < end; i++ {
		if i == decpt {
			b = append(b, '.')
		}
		if i >= 0 && i < len(digits) {
			b = append(b, digits[i])
		} else {
			b = append(b, '0')
		}
	}
	if end == decpt && alt {
		b = append(b, '.')
	}
	if useExp {
		b = append(b, 'e')
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, int64(exp), 10)
	}
	return string(b)
}

// layoutNumber assembles sign, prefix, grouped integer digits and the rest
// of a number, then pads it to the spec's width (CPython's
// calc_number_widths and fill_number).
func layoutNumber(neg bool, prefix, intDigits, rest string, f formatSpec, groupSize int) string {
	sign := ""
	switch {
	case neg:
		sign = "-"
	case f.sign == '+':
		sign = "+"
	case f.sign == ' ':
		sign = " "
	}
	fixed := len(sign) + len(prefix) + len(rest)
	zeroFill := f.fill == '0' && f.align == '='
	grouped := intDigits
	if intDigits != "" {
		minWidth := 0
		if zeroFill {
			minWidth = f.width - fixed
		}
		sep := ""
		if f.grouping != 0 {
			sep = string(f.grouping)
		}
		grouped = groupDigits(intDigits, minWidth, groupSize, sep)
	}
	pad := f.width - (len(sign) + len(prefix) + utf8.RuneCountInString(grouped) + utf8.RuneCountInString(rest))
	var b strings.Builder
	b.Grow(len(sign) + len(prefix) + len(grouped) + len(rest) + max(pad, 0)*utf8.RuneLen(f.fill))
	left, middle := 0, 0
	if pad > 0 {
		switch f.align {
		case '^':
			left = pad / 2
		case '=':
			middle = pad
		case '<':
		default:
			left = pad
		}
	}
	writeFill(&b, f.fill, left)
	b.WriteString(sign)
	b.WriteString(prefix)
	writeFill(&b, f.fill, middle)
	b.WriteString(grouped)
	b.WriteString(rest)
	writeFill(&b, f.fill, pad-left-middle)
	return b.String()
}

// groupDigits inserts sep every groupSize digits from the right and, for
// zero padding, pads with zeros (grouped too) up to minWidth characters, as
// CPython's _PyUnicode_InsertThousandsGrouping does.
func groupDigits(digits string, minWidth, groupSize int, sep string) string {
	if sep == "" {
		if pad := minWidth - len(digits); pad > 0 {
			return strings.Repeat("0", pad) + digits
		}
		return digits
	}
	var pieces []string // right to left
	remaining := len(digits)
	for {
		l := min(groupSize, max(remaining, minWidth, 1))
		zeros := max(0, l-remaining)
		chars := max(0, min(remaining, l))
		pieces = append(pieces, strings.Repeat("0", zeros)+digits[remaining-chars:remaining])
		remaining -= chars
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth -= len(sep)
	}
	var b strings.Builder
	for i := len(pieces) - 1; i >= 0; i-- {
		b.WriteString(pieces[i])
		if i > 0 {
			b.WriteString(sep)
		}
	}
	return b.String()
}
