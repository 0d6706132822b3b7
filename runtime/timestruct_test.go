package runtime

import (
	"math"
	"testing"
	"time"
)

// Expected values are CPython 3.11's for time.gmtime(0) and strftime.
func TestGmtimeEpoch(t *testing.T) {
	e := Gmtime(0)
	want := "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)"
	if got := Repr(e); got != want {
		t.Errorf("got %s", got)
	}
	if got := TimeStrftime("%d/%m/%Y %a %b %j", e); got != "01/01/1970 Thu Jan 001" {
		t.Errorf("strftime %q", got)
	}
	if got := Asctime(Gmtime(1e9)); got != "Sun Sep  9 01:46:40 2001" {
		t.Errorf("asctime %q", got)
	}
}

func TestLocaltimeNow(t *testing.T) {
	before := time.Now().Year()
	if y := Localtime(math.NaN()).TmYear(); y < before || y > before+1 {
		t.Errorf("localtime() year %d", y)
	}
	if ns := TimeNs(); ns < 1_600_000_000*1_000_000_000 {
		t.Errorf("time_ns %d", ns)
	}
}
