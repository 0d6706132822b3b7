package corpus

import "testing"

// The expectations are CPython 3.11's b.decode("utf-8", "replace").
func TestDecodeLikePython(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
	}{
		{"plain\n", "plain\n"},
		{"h\xc3\xa9", "hé"},
		{"\xe2\x82A", "\ufffdA"},                         // truncated 3-byte sequence: one U+FFFD
		{"\xe2\x82", "\ufffd"},                           // truncated at the end
		{"\xff\xfeA", "\ufffd\ufffdA"},                   // invalid lead bytes: one each
		{"\xed\xa0\x80", "\ufffd\ufffd\ufffd"},           // surrogate: ED takes only 80..9F
		{"\xf0\x9f\x98A", "\ufffdA"},                     // truncated 4-byte sequence
		{"\xf4\x90\x80\x80", "\ufffd\ufffd\ufffd\ufffd"}, // above U+10FFFF
		{"\xc0\xaf", "\ufffd\ufffd"},                     // overlong lead byte
		{"a\x80b", "a\ufffdb"},                           // stray continuation byte
	} {
		if got := decodeLikePython([]byte(c.in)); got != c.want {
			t.Errorf("decode(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
