package runtime

import (
	"math"
	"time"
)

// StructTime is a time.struct_time: a broken-down time in a zone.
//
// Kept: the tm_* fields with CPython's ranges (tm_wday 0 = Monday, tm_yday
// from 1), and the repr time.struct_time(tm_year=..., tm_isdst=...).
// Dropped: indexing and unpacking as a 9-tuple; tm_isdst is 1 only when
// Go's zone data says daylight saving time is in effect.
type StructTime struct {
	t time.Time
	// unknownDST marks a time strptime parsed: its tm_isdst is -1.
	unknownDST bool
	// parsedWday is 1 + the weekday strptime read with %a or %A, which
	// CPython keeps even when the date falls on another day; 0 if none.
	parsedWday int
}

func (s *StructTime) TmYear() int { return s.t.Year() }
func (s *StructTime) TmMon() int  { return int(s.t.Month()) }
func (s *StructTime) TmMday() int { return s.t.Day() }
func (s *StructTime) TmHour() int { return s.t.Hour() }
func (s *StructTime) TmMin() int  { return s.t.Minute() }
func (s *StructTime) TmSec() int  { return s.t.Second() }
func (s *StructTime) TmWday() int {
	if s.parsedWday > 0 {
		return s.parsedWday - 1
	}
	return (int(s.t.Weekday()) + 6) % 7
}
func (s *StructTime) TmYday() int { return s.t.YearDay() }

// TmIsdst is 1 in daylight saving time, else 0; -1 when unknown.
func (s *StructTime) TmIsdst() int {
	if s.unknownDST {
		return -1
	}
	if s.t.IsDST() {
		return 1
	}
	return 0
}

// PyRepr returns CPython's repr of a struct_time.
func (s *StructTime) PyRepr() string {
	return Percent("time.struct_time(tm_year=%d, tm_mon=%d, tm_mday=%d, tm_hour=%d, tm_min=%d, tm_sec=%d, tm_wday=%d, tm_yday=%d, tm_isdst=%d)",
		s.TmYear(), s.TmMon(), s.TmMday(), s.TmHour(), s.TmMin(), s.TmSec(), s.TmWday(), s.TmYday(), s.TmIsdst())
}

// secondsTime is the time of secs seconds after the epoch, or now for NaN
// (Python's None).
func secondsTime(secs float64) time.Time {
	if math.IsNaN(secs) {
		return time.Now()
	}
	whole, frac := math.Modf(secs)
	return time.Unix(int64(whole), int64(frac*1e9))
}

// Localtime is time.localtime(secs); NaN stands for None (now).
func Localtime(secs float64) *StructTime { return &StructTime{t: secondsTime(secs).Local()} }

// Gmtime is time.gmtime(secs); NaN stands for None (now).
func Gmtime(secs float64) *StructTime { return &StructTime{t: secondsTime(secs).UTC()} }

// TimeStrftime is time.strftime(format, t); nil t is localtime().
func TimeStrftime(format string, t *StructTime) string {
	if t == nil {
		t = Localtime(math.NaN())
	}
	return Strftime(format, t.t)
}

// Asctime is time.asctime(t); nil t is localtime().
func Asctime(t *StructTime) string { return TimeStrftime("%a %b %e %H:%M:%S %Y", t) }

// Ctime is time.ctime(secs); NaN stands for None (now).
func Ctime(secs float64) string { return Asctime(Localtime(secs)) }

// TimeNs is time.time_ns().
func TimeNs() int { return int(time.Now().UnixNano()) }
