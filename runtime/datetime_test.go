package runtime

import "testing"

// Expected texts are CPython 3.11's for the same calls.
func TestDatetimeArithmetic(t *testing.T) {
	start := NewDatetime(2024, 3, 1, 9, 30, 0, 0)
	end := start.Add(NewTimedelta(0, 0, 0, 0, 45, 2, 0))
	if got := start.Strftime("%H:%M") + " " + end.Strftime("%H:%M") + " " + Str(end.Sub(start)); got != "09:30 12:15 2:45:00" {
		t.Errorf("got %q", got)
	}
	if got := end.Isoformat(); got != "2024-03-01T12:15:00" || end.Sub(start).TotalSeconds() != 9900 {
		t.Errorf("isoformat %q", got)
	}
	if got := Repr(start); got != "datetime.datetime(2024, 3, 1, 9, 30)" {
		t.Errorf("repr %s", got)
	}
	if start.Compare(end) >= 0 || !start.Equal(NewDatetime(2024, 3, 1, 9, 30, 0, 0)) {
		t.Error("compare")
	}
	deadline := NewDate(2024, 12, 31)
	if got := Str(deadline) + " " + Str(deadline.Sub(NewDate(2024, 1, 1))) + " " + Str(deadline.Weekday()) + " " + deadline.Strftime("%d %b %Y"); got != "2024-12-31 365 days, 0:00:00 1 31 Dec 2024" {
		t.Errorf("date %q", got)
	}
}

func TestTimedeltaText(t *testing.T) {
	cases := map[string]*Timedelta{
		"-1 day, 23:59:59.500000": NewTimedelta(0, -0.5, 0, 0, 0, 0, 0),
		"1 day, 0:00:01":          NewTimedelta(1, 1, 0, 0, 0, 0, 0),
		"14 days, 0:00:00":        NewTimedelta(0, 0, 0, 0, 0, 0, 2),
		"0:00:00.001500":          NewTimedelta(0, 0, 500, 1, 0, 0, 0),
	}
	for want, td := range cases {
		if got := Str(td); got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
	if got := Repr(NewTimedelta(1, 5, 0, 0, 0, 0, 0)); got != "datetime.timedelta(days=1, seconds=5)" {
		t.Errorf("repr %s", got)
	}
}
