package runtime

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Strptime is time.strptime(s, format): it parses s by the C-locale
// directives %Y %y %m %d %H %I %M %S %f %j %p %b %B %a %A %% and returns
// the struct_time, with tm_isdst -1 as CPython gives it.
//
// Kept from CPython 3.11: fields default to 1900-01-01 00:00:00;
// whitespace in the format matches one or more whitespace characters;
// letters match without regard to case; %y maps 69-99 to the 1900s and
// 0-68 to the 2000s; %I with %p gives the 24-hour clock; ValueError with
// CPython's messages for data that does not match, unconverted data, a bad
// directive and a day out of range for the month. Dropped: %z, %Z, %U, %W,
// %w, %c, %x, %X and locale-specific names.
func Strptime(s, format string) *StructTime {
	p := strptimeParser{s: s, year: 1900, month: 1, day: 1}
	mismatch := func() {
		Raise(ValueError, "time data "+Repr(s)+" does not match format "+Repr(format))
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		switch {
		case c == '%' && i+1 < len(format):
			i++
			if !p.directive(format[i]) {
				if strings.IndexByte(strptimeDirectives, format[i]) < 0 {
					Raise(ValueError, "'"+string(format[i])+"' is a bad directive in format "+Repr(format))
				}
				mismatch()
			}
		case c == ' ' || c == '\t' || c == '\n':
			n := len(p.s) - len(strings.TrimLeftFunc(p.s, unicode.IsSpace))
			if n == 0 {
				mismatch()
			}
			p.s = p.s[n:]
			for i+1 < len(format) && (format[i+1] == ' ' || format[i+1] == '\t' || format[i+1] == '\n') {
				i++
			}
		default:
			if len(p.s) == 0 || !strings.EqualFold(p.s[:1], string(c)) {
				mismatch()
			}
			p.s = p.s[1:]
		}
	}
	if p.s != "" {
		Raise(ValueError, "unconverted data remains: "+p.s)
	}
	return p.result()
}

const strptimeDirectives = "YymdHIMSfjpbBaA%"

type strptimeParser struct {
	s                                string
	year, month, day, hour, min, sec int
	micro, yday, wday                int
	pm, ampm, twelveHour, monthOrDay bool
}

// number consumes 1 to width digits and reports the value.
func (p *strptimeParser) number(width int) (int, bool) {
	n := 0
	for n < width && n < len(p.s) && p.s[n] >= '0' && p.s[n] <= '9' {
		n++
	}
	if n == 0 {
		return 0, false
	}
	v, _ := strconv.Atoi(p.s[:n])
	p.s = p.s[n:]
	return v, true
}

// name consumes the longest of names (compared without case) and returns
// its index.
func (p *strptimeParser) name(names []string) (int, bool) {
	best, at := 0, -1
	for i, nm := range names {
		if len(nm) > best && len(p.s) >= len(nm) && strings.EqualFold(p.s[:len(nm)], nm) {
			best, at = len(nm), i
		}
	}
	if at < 0 {
		return 0, false
	}
	p.s = p.s[best:]
	return at, true
}

var (
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
		"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	dayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
)

func (p *strptimeParser) directive(d byte) bool {
	var v int
	ok := true
	inRange := func(lo, hi int) bool { return ok && v >= lo && v <= hi }
	switch d {
	case 'Y':
		v, ok = p.number(4)
		p.year = v
	case 'y':
		v, ok = p.number(2)
		p.year = 2000 + v
		if v >= 69 {
			p.year = 1900 + v
		}
	case 'm':
		v, ok = p.number(2)
		p.month, ok, p.monthOrDay = v, inRange(1, 12), true
	case 'd':
		v, ok = p.number(2)
		p.day, ok, p.monthOrDay = v, inRange(1, 31), true
	case 'H':
		v, ok = p.number(2)
		p.hour, ok = v, inRange(0, 23)
	case 'I':
		v, ok = p.number(2)
		p.hour, ok, p.twelveHour = v, inRange(1, 12), true
	case 'M':
		v, ok = p.number(2)
		p.min, ok = v, inRange(0, 59)
	case 'S':
		v, ok = p.number(2)
		p.sec, ok = v, inRange(0, 61)
	case 'f':
		before := len(p.s)
		v, ok = p.number(6)
		for n := before - len(p.s); ok && n < 6; n++ {
			v *= 10
		}
		p.micro = v
	case 'j':
		v, ok = p.number(3)
		p.yday, ok = v, inRange(1, 366)
	case 'p':
		v, ok = p.name([]string{"AM", "PM"})
		p.pm, p.ampm = v == 1, true
	case 'b', 'B':
		v, ok = p.name(monthNames)
		p.month, p.monthOrDay = v%12+1, true
	case 'a', 'A':
		v, ok = p.name(dayNames)
		p.wday = v%7 + 1
	case '%':
		ok = strings.HasPrefix(p.s, "%")
		if ok {
			p.s = p.s[1:]
		}
	default:
		return false
	}
	return ok
}

func (p *strptimeParser) result() *StructTime {
	hour := p.hour
	if p.twelveHour && p.ampm {
		hour %= 12
		if p.pm {
			hour += 12
		}
	}
	var t time.Time
	if p.yday > 0 && !p.monthOrDay {
		t = time.Date(p.year, 1, p.yday, hour, p.min, p.sec, p.micro*1000, time.UTC)
	} else {
		t = time.Date(p.year, time.Month(p.month), p.day, hour, p.min, p.sec, p.micro*1000, time.UTC)
		if t.Day() != p.day {
			Raise(ValueError, "day is out of range for month")
		}
	}
	return &StructTime{t: t, unknownDST: true, parsedWday: p.wday}
}
