package corpus

import (
	"strings"
	"unicode/utf8"
)

// decodeLikePython turns process output into text the way Python's
// bytes.decode("utf-8", "replace") does, so records written here match the
// reference recorder byte for byte: each maximal ill-formed subsequence (a
// lead byte and the continuation bytes that still fit it) becomes one
// U+FFFD. Go's own conversions differ (strings.ToValidUTF8 folds whole runs
// into one U+FFFD, ranging over a string yields one per byte).
func decodeLikePython(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var s strings.Builder
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			s.WriteByte(b[i])
			i++
			continue
		}
		if r, size := utf8.DecodeRune(b[i:]); r != utf8.RuneError || size > 1 {
			s.Write(b[i : i+size])
			i += size
			continue
		}
		s.WriteRune(utf8.RuneError)
		i += wellFormedPrefix(b[i:])
	}
	return s.String()
}

// wellFormedPrefix returns the length of the longest prefix of b (at least
// one byte) that starts a well-formed UTF-8 sequence, following Unicode's
// table of well-formed byte sequences.
func wellFormedPrefix(b []byte) int {
	lead := b[0]
	var size int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case lead >= 0xC2 && lead <= 0xDF:
		size = 2
	case lead == 0xE0:
		size, lo = 3, 0xA0
	case lead == 0xED:
		size, hi = 3, 0x9F
	case lead >= 0xE1 && lead <= 0xEF:
		size = 3
	case lead == 0xF0:
		size, lo = 4, 0x90
	case lead == 0xF4:
		size, hi = 4, 0x8F
	case lead >= 0xF1 && lead <= 0xF3:
		size = 4
	default:
		return 1
	}
	n := 1
	for n < size && n < len(b) {
		c := b[n]
		if n == 1 && (c < lo || c > hi) || n > 1 && (c < 0x80 || c > 0xBF) {
			break
		}
		n++
	}
	return n
}
