package runtime

import "testing"

// Expected values are CPython 3.11's time.strptime results and messages.
func TestStrptime(t *testing.T) {
	cases := []struct{ s, format, want string }{
		{"2024-02-29 13:45:00", "%Y-%m-%d %H:%M:%S",
			"time.struct_time(tm_year=2024, tm_mon=2, tm_mday=29, tm_hour=13, tm_min=45, tm_sec=0, tm_wday=3, tm_yday=60, tm_isdst=-1)"},
		{"07 mar 99  09:05PM", "%d %b %y %I:%M%p",
			"time.struct_time(tm_year=1999, tm_mon=3, tm_mday=7, tm_hour=21, tm_min=5, tm_sec=0, tm_wday=6, tm_yday=66, tm_isdst=-1)"},
		// CPython keeps the weekday read with %A, though April 10 2023 is a Monday.
		{"Friday 2023 100", "%A %Y %j",
			"time.struct_time(tm_year=2023, tm_mon=4, tm_mday=10, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=4, tm_yday=100, tm_isdst=-1)"},
	}
	for _, tc := range cases {
		if got := Strptime(tc.s, tc.format).PyRepr(); got != tc.want {
			t.Errorf("Strptime(%q, %q) =\n %s, want\n %s", tc.s, tc.format, got, tc.want)
		}
	}
}

func TestStrptimeErrors(t *testing.T) {
	cases := []struct{ s, format, want string }{
		{"2024-13-01", "%Y-%m-%d", "time data '2024-13-01' does not match format '%Y-%m-%d'"},
		{"2024-01-01x", "%Y-%m-%d", "unconverted data remains: x"},
		{"2023-02-30", "%Y-%m-%d", "day is out of range for month"},
		{"2023", "%Q", "'Q' is a bad directive in format '%Q'"},
	}
	for _, tc := range cases {
		func() {
			defer func() {
				e, ok := recover().(*Exc)
				if !ok || e.Type != ValueError || e.Args[0] != tc.want {
					t.Errorf("Strptime(%q, %q) raised %v, want ValueError(%q)", tc.s, tc.format, e, tc.want)
				}
			}()
			Strptime(tc.s, tc.format)
		}()
	}
}
