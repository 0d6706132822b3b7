package runtime

import "testing"

// TestGetOptional checks dict.get(k) without a default on both dict forms:
// the value when present (even a zero value), None when absent.
func TestGetOptional(t *testing.T) {
	m := map[string]int{"zero": 0, "six": 6}
	d := NewDict[string, int]()
	d.Set("zero", 0)
	d.Set("six", 6)
	for _, k := range []string{"zero", "six", "nut"} {
		want := "None"
		if v, ok := m[k]; ok {
			want = Str(v)
		}
		if got := Str(GetOptional(m, k)); got != want {
			t.Errorf("GetOptional(map, %q) = %s, want %s", k, got, want)
		}
		if got := Str(d.GetOptional(k)); got != want {
			t.Errorf("Dict.GetOptional(%q) = %s, want %s", k, got, want)
		}
	}
}
