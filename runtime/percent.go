package runtime

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Percent returns Python's format % args, printf-style string formatting:
// conversions s r a d i u o x X e E f F g G c and %%, flags - + space # 0,
// widths and precisions (also * taken from the arguments) and %(name)s keys
// looked up in a mapping argument. args are the elements of the right-hand
// tuple, or the right-hand value alone when it is not a tuple (see
// PercentValue for a right-hand side whose tuple-ness is only known at run
// time). A lone map or *Dict argument serves %(name) conversions and is
// itself the value of an unnamed one.
//
// Kept: CPython's output and its TypeError/ValueError/KeyError for a wrong
// argument count, type or unknown conversion, with CPython's messages.
// Dropped: ints are 64-bit; `"%(k)s" % (d,)` (a dict inside a one-tuple)
// is accepted where CPython says "format requires a mapping", because the
// call cannot tell it from `"%(k)s" % d`.
func Percent(format string, args ...any) string {
	p := percentState{format: format, args: args}
	if len(args) == 1 {
		switch a := args[0].(type) {
		case pyMapping:
			p.mapping = a
		default:
			if rv := reflect.ValueOf(a); rv.Kind() == reflect.Map && !isSetType(rv.Type()) {
				p.mapping = reflectMapping{rv}
			}
		}
	}
	return p.run()
}

// PercentValue returns format % rhs for a right-hand side held in one
// value: a tuple supplies its elements as the arguments, anything else is
// the single argument, as Python decides at run time.
func PercentValue(format string, rhs any) string {
	if t, ok := rhs.(pyTuple); ok {
		return Percent(format, t.tupleItems()...)
	}
	return Percent(format, rhs)
}

// reflectMapping looks names up in a plain Go map.
type reflectMapping struct{ m reflect.Value }

func (r reflectMapping) lookup(key any) (any, bool) {
	k := reflect.ValueOf(key)
	if !k.Type().AssignableTo(r.m.Type().Key()) {
		if !k.Type().ConvertibleTo(r.m.Type().Key()) {
			return nil, false
		}
		k = k.Convert(r.m.Type().Key())
	}
	v := r.m.MapIndex(k)
	if !v.IsValid() {
		return nil, false
	}
	return v.Interface(), true
}

type percentState struct {
	format  string
	args    []any
	argIdx  int
	mapping pyMapping
	out     strings.Builder
}

// percentConv is one parsed %-conversion.
type percentConv struct {
	left, plus, space, alt, zero bool
	width, precision             int // -1 when absent
	verb                         byte
}

func (p *percentState) nextArg() any {
	if p.argIdx >= len(p.args) {
		panic(NewExc(TypeError, "not enough arguments for format string"))
	}
	p.argIdx++
	return p.args[p.argIdx-1]
}

// starArg takes a * width or precision from the arguments.
func (p *percentState) starArg() int {
	switch n := p.nextArg().(type) {
	case int:
		return n
	case bool:
		if n {
			return 1
		}
		return 0
	}
	panic(NewExc(TypeError, "* wants int"))
}

func (p *percentState) run() string {
	f := p.format
	for i := 0; i < len(f); {
		pct := strings.IndexByte(f[i:], '%')
		if pct < 0 {
			p.out.WriteString(f[i:])
			break
		}
		p.out.WriteString(f[i : i+pct])
		i += pct + 1
		if i < len(f) && f[i] == '%' {
			p.out.WriteByte('%')
			i++
			continue
		}
		var value any
		haveValue := false
		if i < len(f) && f[i] == '(' {
			if p.mapping == nil {
				panic(NewExc(TypeError, "format requires a mapping"))
			}
			depth, start := 1, i+1
			for i++; i < len(f) && depth > 0; i++ {
				switch f[i] {
				case '(':
					depth++
				case ')':
					depth--
				}
			}
			if depth > 0 {
				raiseValue("incomplete format key")
			}
			key := f[start : i-1]
			v, ok := p.mapping.lookup(key)
			if !ok {
				panic(NewExc(KeyError, key))
			}
			value, haveValue = v, true
			// As in CPython, a named conversion uses up the positional
			// argument (the mapping itself).
			p.argIdx = len(p.args)
		}
		c := percentConv{width: -1, precision: -1}
	flags:
		for ; i < len(f); i++ {
			switch f[i] {
			case '-':
				c.left = true
			case '+':
				c.plus = true
			case ' ':
				c.space = true
			case '#':
				c.alt = true
			case '0':
				c.zero = true
			default:
				break flags
			}
		}
		if i < len(f) && f[i] == '*' {
			c.width = p.starArg()
			if c.width < 0 {
				c.left, c.width = true, -c.width
			}
			i++
		} else {
			c.width, i = parseSpecInt(f, i)
		}
		if i < len(f) && f[i] == '.' {
			i++
			if i < len(f) && f[i] == '*' {
				c.precision = max(p.starArg(), 0)
				i++
			} else if c.precision, i = parseSpecInt(f, i); c.precision < 0 {
				c.precision = 0
			}
		}
		for i < len(f) && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L') {
			i++
		}
		if i >= len(f) {
			raiseValue("incomplete format")
		}
		c.verb = f[i]
		if !haveValue {
			value = p.nextArg()
		}
		p.convert(c, value, i)
		i++
	}
	if p.argIdx < len(p.args) && p.mapping == nil {
		panic(NewExc(TypeError, "not all arguments converted during string formatting"))
	}
	return p.out.String()
}

// convert formats one value; at is the conversion character's index, for
// the unsupported-character message.
func (p *percentState) convert(c percentConv, v any, at int) {
	switch c.verb {
	case 's', 'r', 'a':
		var s string
		switch c.verb {
		case 's':
			s = Str(v)
		case 'r':
			s = Repr(v)
		default:
			s = Ascii(v)
		}
		n := utf8.RuneCountInString(s)
		if c.precision >= 0 && n > c.precision {
			s, n = truncateRunes(s, c.precision), c.precision
		}
		p.pad("", s, n, c, false)
	case 'd', 'i', 'u':
		n, ok := percentInt(v, true)
		if !ok {
			panic(NewExc(TypeError, "%"+string(c.verb)+" format: a real number is required, not "+pyTypeName(v)))
		}
		p.intConv(c, n, 10, "")
	case 'o', 'x', 'X':
		n, ok := percentInt(v, false)
		if !ok {
			panic(NewExc(TypeError, "%"+string(c.verb)+" format: an integer is required, not "+pyTypeName(v)))
		}
		prefix := "0" + string(c.verb)
		if c.verb == 'o' {
			p.intConv(c, n, 8, prefix)
		} else {
			p.intConv(c, n, 16, prefix)
		}
	case 'e', 'E', 'f', 'F', 'g', 'G':
		x, ok := percentFloat(v)
		if !ok {
			panic(NewExc(TypeError, "must be real number, not "+pyTypeName(v)))
		}
		prec := c.precision
		if prec < 0 {
			prec = 6
		}
		verb := c.verb
		upper := verb == 'E' || verb == 'F' || verb == 'G'
		if upper {
			verb += 'a' - 'A'
		}
		body := floatBody(math.Abs(x), verb, prec, false, c.alt)
		if upper {
			body = strings.ToUpper(body)
		}
		p.pad(p.signOf(math.Signbit(x) && !math.IsNaN(x), c), body, len(body), c, true)
	case 'c':
		var s string
		switch x := v.(type) {
		case string:
			if utf8.RuneCountInString(x) != 1 {
				panic(NewExc(TypeError, "%c requires int or char"))
			}
			s = x
		default:
			n := classify(v)
			if n.kind != kindNumber || n.isFloat {
				panic(NewExc(TypeError, "%c requires int or char"))
			}
			if n.i < 0 || n.i > 0x10ffff {
				panic(NewExc(OverflowError, "%c arg not in range(0x110000)"))
			}
			s = string(rune(n.i))
		}
		p.pad("", s, 1, c, false)
	default:
		raiseValue("unsupported format character '" + string(rune(c.verb)) + "' (0x" +
			strconv.FormatInt(int64(c.verb), 16) + ") at index " + strconv.Itoa(at))
	}
}

func (p *percentState) signOf(neg bool, c percentConv) string {
	switch {
	case neg:
		return "-"
	case c.plus:
		return "+"
	case c.space:
		return " "
	}
	return ""
}

// intConv writes an integer conversion: precision is a minimum digit count,
// # adds the 0o/0x/0X prefix.
func (p *percentState) intConv(c percentConv, n int64, base int, prefix string) {
	mag := uint64(n)
	if n < 0 {
		mag = -mag
	}
	digits := strconv.FormatUint(mag, base)
	if c.verb == 'X' {
		digits = strings.ToUpper(digits)
	}
	if len(digits) < c.precision {
		digits = strings.Repeat("0", c.precision-len(digits)) + digits
	}
	lead := p.signOf(n < 0, c)
	if c.alt {
		lead += prefix
	}
	p.pad(lead, digits, len(digits), c, true)
}

// pad writes lead+body (body n code points long) padded to the width:
// left-justified with -, zero-filled after lead with 0 for numbers,
// right-justified with spaces otherwise.
func (p *percentState) pad(lead, body string, n int, c percentConv, numeric bool) {
	fill := c.width - len(lead) - n
	switch {
	case fill <= 0:
		p.out.WriteString(lead)
		p.out.WriteString(body)
	case c.left:
		p.out.WriteString(lead)
		p.out.WriteString(body)
		p.out.WriteString(strings.Repeat(" ", fill))
	case c.zero && numeric:
		p.out.WriteString(lead)
		p.out.WriteString(strings.Repeat("0", fill))
		p.out.WriteString(body)
	default:
		p.out.WriteString(strings.Repeat(" ", fill))
		p.out.WriteString(lead)
		p.out.WriteString(body)
	}
}

// percentInt converts an argument of %d (floats truncate when allowFloat)
// or %x/%o (ints only).
func percentInt(v any, allowFloat bool) (int64, bool) {
	c := classify(v)
	if c.kind != kindNumber {
		return 0, false
	}
	if !c.isFloat {
		return c.i, true
	}
	if !allowFloat {
		return 0, false
	}
	return int64(floatToInt(math.Trunc(c.f))), true
}

func percentFloat(v any) (float64, bool) {
	c := classify(v)
	if c.kind != kindNumber {
		return 0, false
	}
	if c.isFloat {
		return c.f, true
	}
	return float64(c.i), true
}
