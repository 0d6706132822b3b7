package runtime

import "testing"

// Expected reprs are CPython 3.11's parse_qs results for the same input.
func TestParseQS(t *testing.T) {
	cases := []struct{ in, want string }{
		{"q=python&lang=en", "{'q': ['python'], 'lang': ['en']}"},
		{"b=2&a=1&b=3", "{'b': ['2', '3'], 'a': ['1']}"},
		{"x=a+b%21&flag&empty=", "{'x': ['a b!']}"},
		{"", "{}"},
	}
	for _, tc := range cases {
		if got := Repr(ParseQS(tc.in)); got != tc.want {
			t.Errorf("ParseQS(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}
