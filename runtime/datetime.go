package runtime

import (
	"strconv"
	"strings"
	"time"
)

// The datetime module's naive datetime, date and timedelta.
//
// Kept from CPython 3.11: naive wall-clock arithmetic (a datetime holds the
// local wall clock without a zone, as datetime.now() does); microsecond
// resolution; str() and isoformat() with the microseconds only when not
// zero; date.weekday() with Monday 0; timedelta normalised to days, seconds
// and microseconds, printed "2 days, 3:04:05" or "-1 day, 23:59:59"; the
// reprs datetime.datetime(2024, 3, 1, 9, 30) and datetime.timedelta(...).
// Dropped: time zones (tzinfo), fold, years outside 1..9999 checks, and
// the arithmetic mixing date with timedelta beyond days.

// Datetime is a naive datetime.datetime.
type Datetime struct{ t time.Time } // wall clock stored in UTC

// Date is a datetime.date.
type Date struct{ t time.Time }

// Timedelta is a datetime.timedelta, in microseconds.
type Timedelta struct{ us int64 }

func naive(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond()/1000*1000, time.UTC)
}

// DatetimeNow is datetime.now().
func DatetimeNow() *Datetime { return &Datetime{naive(time.Now())} }

// NewDatetime is datetime(year, month, day, hour, minute, second, microsecond).
func NewDatetime(year, month, day, hour, minute, second, microsecond int) *Datetime {
	t := time.Date(year, time.Month(month), day, hour, minute, second, microsecond*1000, time.UTC)
	if t.Day() != day || int(t.Month()) != month || hour > 23 || minute > 59 || second > 59 || microsecond > 999999 {
		panic(NewExc(ValueError, "day is out of range for month"))
	}
	return &Datetime{t}
}

// Year and the other fields return the datetime's parts.
func (d *Datetime) Year() int        { return d.t.Year() }
func (d *Datetime) Month() int       { return int(d.t.Month()) }
func (d *Datetime) Day() int         { return d.t.Day() }
func (d *Datetime) Hour() int        { return d.t.Hour() }
func (d *Datetime) Minute() int      { return d.t.Minute() }
func (d *Datetime) Second() int      { return d.t.Second() }
func (d *Datetime) Microsecond() int { return d.t.Nanosecond() / 1000 }

// Weekday returns weekday(): Monday is 0.
func (d *Datetime) Weekday() int { return (int(d.t.Weekday()) + 6) % 7 }

// Strftime is d.strftime(format).
func (d *Datetime) Strftime(format string) string { return Strftime(format, d.t) }

// Isoformat is d.isoformat().
func (d *Datetime) Isoformat() string { return d.text("T") }

// Date returns d.date().
func (d *Datetime) Date() *Date {
	return &Date{time.Date(d.t.Year(), d.t.Month(), d.t.Day(), 0, 0, 0, 0, time.UTC)}
}

func (d *Datetime) text(sep string) string {
	s := Strftime("%Y-%m-%d"+sep+"%H:%M:%S", d.t)
	if us := d.Microsecond(); us != 0 {
		s += "." + leftPad(strconv.Itoa(us), 6)
	}
	return s
}

// String is str(d): "2024-03-01 09:30:00".
func (d *Datetime) String() string { return d.text(" ") }

// PyRepr is repr(d): datetime.datetime(2024, 3, 1, 9, 30).
func (d *Datetime) PyRepr() string {
	parts := []int{d.Year(), d.Month(), d.Day(), d.Hour(), d.Minute(), d.Second(), d.Microsecond()}
	n := len(parts)
	for n > 5 && parts[n-1] == 0 {
		n--
	}
	return "datetime.datetime(" + joinInts(parts[:n]) + ")"
}

func joinInts(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, ", ")
}

// Sub is d - o.
func (d *Datetime) Sub(o *Datetime) *Timedelta { return &Timedelta{d.t.Sub(o.t).Microseconds()} }

// Add is d + td.
func (d *Datetime) Add(td *Timedelta) *Datetime {
	return &Datetime{d.t.Add(time.Duration(td.us) * time.Microsecond)}
}

// SubDelta is d - td.
func (d *Datetime) SubDelta(td *Timedelta) *Datetime { return d.Add(&Timedelta{-td.us}) }

// Compare returns -1, 0 or 1 as d is before, equal to or after o.
func (d *Datetime) Compare(o *Datetime) int { return d.t.Compare(o.t) }

// Equal is d == o.
func (d *Datetime) Equal(o *Datetime) bool { return d.t.Equal(o.t) }

// Today is date.today().
func Today() *Date { return DatetimeNow().Date() }

// NewDate is date(year, month, day).
func NewDate(year, month, day int) *Date {
	return &Date{NewDatetime(year, month, day, 0, 0, 0, 0).t}
}

// Year and the other fields return the date's parts.
func (d *Date) Year() int  { return d.t.Year() }
func (d *Date) Month() int { return int(d.t.Month()) }
func (d *Date) Day() int   { return d.t.Day() }

// Weekday returns weekday(): Monday is 0.
func (d *Date) Weekday() int { return (int(d.t.Weekday()) + 6) % 7 }

// Strftime is d.strftime(format).
func (d *Date) Strftime(format string) string { return Strftime(format, d.t) }

// Isoformat is d.isoformat().
func (d *Date) Isoformat() string { return Strftime("%Y-%m-%d", d.t) }

// String is str(d): "2024-12-31".
func (d *Date) String() string { return d.Isoformat() }

// PyRepr is repr(d): datetime.date(2024, 12, 31).
func (d *Date) PyRepr() string {
	return "datetime.date(" + joinInts([]int{d.Year(), d.Month(), d.Day()}) + ")"
}

// Sub is d - o.
func (d *Date) Sub(o *Date) *Timedelta { return &Timedelta{d.t.Sub(o.t).Microseconds()} }

// Add is d + td (whole days of td).
func (d *Date) Add(td *Timedelta) *Date { return &Date{d.t.AddDate(0, 0, int(td.Days()))} }

// Compare returns -1, 0 or 1 as d is before, equal to or after o.
func (d *Date) Compare(o *Date) int { return d.t.Compare(o.t) }

// Equal is d == o.
func (d *Date) Equal(o *Date) bool { return d.t.Equal(o.t) }

// NewTimedelta is timedelta(days, seconds, microseconds, milliseconds,
// minutes, hours, weeks), rounded to microseconds.
func NewTimedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks float64) *Timedelta {
	us := ((((weeks*7+days)*24+hours)*60+minutes)*60+seconds)*1e6 + milliseconds*1e3 + microseconds
	return &Timedelta{int64(roundHalfEven(us))}
}

func roundHalfEven(x float64) float64 {
	r := float64(int64(x))
	diff := x - r
	switch {
	case diff > 0.5 || (diff == 0.5 && int64(r)%2 != 0):
		r++
	case diff < -0.5 || (diff == -0.5 && int64(r)%2 != 0):
		r--
	}
	return r
}

// Days returns the days part (floor of the total).
func (td *Timedelta) Days() int64 { return floorDiv64(td.us, 86400e6) }

// Seconds returns the seconds part, 0 <= s < 86400.
func (td *Timedelta) Seconds() int64 { return floorDiv64(td.us-td.Days()*86400e6, 1e6) }

// Microseconds returns the microseconds part.
func (td *Timedelta) Microseconds() int64 { return td.us - td.Days()*86400e6 - td.Seconds()*1e6 }

func floorDiv64(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// TotalSeconds is td.total_seconds().
func (td *Timedelta) TotalSeconds() float64 { return float64(td.us) / 1e6 }

// Add is td + o.
func (td *Timedelta) Add(o *Timedelta) *Timedelta { return &Timedelta{td.us + o.us} }

// Sub is td - o.
func (td *Timedelta) Sub(o *Timedelta) *Timedelta { return &Timedelta{td.us - o.us} }

// Compare returns -1, 0 or 1 as td is shorter than, equal to or longer than o.
func (td *Timedelta) Compare(o *Timedelta) int {
	switch {
	case td.us < o.us:
		return -1
	case td.us > o.us:
		return 1
	}
	return 0
}

// Equal is td == o.
func (td *Timedelta) Equal(o *Timedelta) bool { return td.us == o.us }

// String is str(td): "2:45:00", "365 days, 0:00:00", "-1 day, 23:59:59.500000".
func (td *Timedelta) String() string {
	var b strings.Builder
	if d := td.Days(); d != 0 {
		b.WriteString(strconv.FormatInt(d, 10) + " day")
		if d != 1 && d != -1 {
			b.WriteString("s")
		}
		b.WriteString(", ")
	}
	s := td.Seconds()
	b.WriteString(strconv.FormatInt(s/3600, 10) + ":" + leftPad(strconv.FormatInt(s/60%60, 10), 2) + ":" + leftPad(strconv.FormatInt(s%60, 10), 2))
	if us := td.Microseconds(); us != 0 {
		b.WriteString("." + leftPad(strconv.FormatInt(us, 10), 6))
	}
	return b.String()
}

// PyRepr is repr(td): datetime.timedelta(days=1, seconds=5).
func (td *Timedelta) PyRepr() string {
	var parts []string
	if d := td.Days(); d != 0 {
		parts = append(parts, "days="+strconv.FormatInt(d, 10))
	}
	if s := td.Seconds(); s != 0 {
		parts = append(parts, "seconds="+strconv.FormatInt(s, 10))
	}
	if us := td.Microseconds(); us != 0 {
		parts = append(parts, "microseconds="+strconv.FormatInt(us, 10))
	}
	if len(parts) == 0 {
		return "datetime.timedelta(0)"
	}
	return "datetime.timedelta(" + strings.Join(parts, ", ") + ")"
}
