package runtime

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds str methods whose Python semantics Go's strings package
// does not give directly: code-point indexes, start positions that may be
// negative, and the cased-character rules of isupper/islower. Kept:
// CPython's results and exceptions. Dropped: nothing known.

// runeOffset is the byte offset of code point i of s, with Python's slice
// rules for a start index: negative counts from the end, out of range
// clamps.
func runeOffset(s string, i int) int {
	if i < 0 {
		i += utf8.RuneCountInString(s)
		if i < 0 {
			i = 0
		}
	}
	off := 0
	for ; i > 0 && off < len(s); i-- {
		_, size := utf8.DecodeRuneInString(s[off:])
		off += size
	}
	if i > 0 {
		return -1 // start past the end
	}
	return off
}

// FindFrom returns s.find(sub, start): the code-point index of the first
// sub at or after start, or -1.
func FindFrom(s, sub string, start int) int {
	off := runeOffset(s, start)
	if off < 0 {
		return -1
	}
	i := strings.Index(s[off:], sub)
	if i < 0 {
		return -1
	}
	return utf8.RuneCountInString(s[:off+i])
}

// RFind returns s.rfind(sub): the code-point index of the last sub, or -1.
func RFind(s, sub string) int {
	i := strings.LastIndex(s, sub)
	if i < 0 {
		return -1
	}
	return utf8.RuneCountInString(s[:i])
}

// RIndex returns s.rindex(sub), raising ValueError("substring not found")
// when there is none.
func RIndex(s, sub string) int {
	i := RFind(s, sub)
	if i < 0 {
		panic(NewExc(ValueError, "substring not found"))
	}
	return i
}

// Partition returns s.partition(sep): the part before the first sep, sep
// and the rest, or (s, "", "") when sep does not occur.
func Partition(s, sep string) Tuple3[string, string, string] {
	checkSep(sep)
	before, after, found := strings.Cut(s, sep)
	if !found {
		return Tuple3[string, string, string]{V0: s}
	}
	return Tuple3[string, string, string]{V0: before, V1: sep, V2: after}
}

// RPartition returns s.rpartition(sep): split at the last sep, or
// ("", "", s) when sep does not occur.
func RPartition(s, sep string) Tuple3[string, string, string] {
	checkSep(sep)
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return Tuple3[string, string, string]{V2: s}
	}
	return Tuple3[string, string, string]{V0: s[:i], V1: sep, V2: s[i+len(sep):]}
}

func checkSep(sep string) {
	if sep == "" {
		panic(NewExc(ValueError, "empty separator"))
	}
}

// IsUpper returns s.isupper(): at least one cased character, and no
// lower-case or title-case one.
func IsUpper(s string) bool {
	return hasCasedOnly(s, unicode.IsUpper)
}

// IsLower returns s.islower(): at least one cased character, and no
// upper-case or title-case one.
func IsLower(s string) bool {
	return hasCasedOnly(s, unicode.IsLower)
}

func hasCasedOnly(s string, ok func(rune) bool) bool {
	cased := false
	for _, r := range s {
		if isCased(r) {
			if !ok(r) {
				return false
			}
			cased = true
		}
	}
	return cased
}

// IsAlnum returns s.isalnum(): a non-empty string of letters and digits.
func IsAlnum(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !isPyDigit(r) && !unicode.IsNumber(r)
	}) < 0
}
