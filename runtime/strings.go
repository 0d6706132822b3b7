package runtime

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsPySpace reports whether r is whitespace for Python's str.split(),
// strip() and isspace(): Unicode White_Space plus the information
// separators U+001C..U+001F, which Python also treats as whitespace.
func IsPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// Split returns s.split(sep, maxsplit); sep "" means Python's s.split()
// with no separator (runs of whitespace, no empty strings), and maxsplit < 0
// means no limit.
//
// Split is one of the Python str methods whose behaviour the strings
// package does not have: Python's whitespace set, maxsplit counts, padding
// widths and indexes counted in code points rather than bytes, and
// title-casing by word boundaries of cased characters.
//
// Kept: CPython's results for every ASCII input and for non-ASCII text
// whose case mappings are one character to one character. Dropped: case
// mappings that change the length (Python's 'ß'.upper() is 'SS'; here it
// stays 'ß', as Go maps case one rune at a time), and the Unicode version
// follows Go's tables, not CPython's.
func Split(s, sep string, maxsplit int) []string {
	if sep == "" {
		return splitWhitespace(s, maxsplit)
	}
	if maxsplit < 0 {
		return strings.Split(s, sep)
	}
	return strings.SplitN(s, sep, maxsplit+1)
}

func splitWhitespace(s string, maxsplit int) []string {
	parts := []string{}
	i := 0
	for {
		// Skip leading whitespace.
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !IsPySpace(r) {
				break
			}
			i += size
		}
		if i >= len(s) {
			return parts
		}
		if maxsplit >= 0 && len(parts) == maxsplit {
			// The rest, trailing whitespace included, is the last part.
			return append(parts, s[i:])
		}
		start := i
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if IsPySpace(r) {
				break
			}
			i += size
		}
		parts = append(parts, s[start:i])
	}
}

// RSplit returns s.rsplit(sep, maxsplit): like Split, but when maxsplit
// limits the splits, the ones made are the rightmost.
func RSplit(s, sep string, maxsplit int) []string {
	if maxsplit < 0 {
		return Split(s, sep, maxsplit)
	}
	var parts []string
	if sep == "" {
		end := len(s)
		for {
			for end > 0 {
				r, size := utf8.DecodeLastRuneInString(s[:end])
				if !IsPySpace(r) {
					break
				}
				end -= size
			}
			if end == 0 {
				break
			}
			if len(parts) == maxsplit {
				parts = append(parts, s[:end])
				break
			}
			start := end
			for start > 0 {
				r, size := utf8.DecodeLastRuneInString(s[:start])
				if IsPySpace(r) {
					break
				}
				start -= size
			}
			parts = append(parts, s[start:end])
			end = start
		}
	} else {
		end := len(s)
		for len(parts) < maxsplit {
			i := strings.LastIndex(s[:end], sep)
			if i < 0 {
				break
			}
			parts = append(parts, s[i+len(sep):end])
			end = i
		}
		parts = append(parts, s[:end])
	}
	// Collected right to left.
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	if parts == nil {
		parts = []string{}
	}
	return parts
}

// stripSet returns the predicate for strip(chars): Python whitespace when
// chars is "".
func stripSet(chars string) func(rune) bool {
	if chars == "" {
		return IsPySpace
	}
	return func(r rune) bool { return strings.ContainsRune(chars, r) }
}

// Strip returns s.strip(chars); chars "" means Python whitespace.
func Strip(s, chars string) string { return strings.TrimFunc(s, stripSet(chars)) }

// LStrip returns s.lstrip(chars); chars "" means Python whitespace.
func LStrip(s, chars string) string { return strings.TrimLeftFunc(s, stripSet(chars)) }

// RStrip returns s.rstrip(chars); chars "" means Python whitespace.
func RStrip(s, chars string) string { return strings.TrimRightFunc(s, stripSet(chars)) }

func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

// Title returns s.title(): each run of cased characters starts with a
// title-case letter and continues in lower case, so "they're" becomes
// "They'Re" as in Python.
func Title(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	prevCased := false
	for _, r := range s {
		if prevCased {
			b.WriteRune(unicode.ToLower(r))
		} else {
			b.WriteRune(unicode.ToTitle(r))
		}
		prevCased = isCased(r)
	}
	return b.String()
}

// Capitalize returns s.capitalize(): the first character in title case,
// the rest in lower case.
func Capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToTitle(r)) + strings.ToLower(s[size:])
}

// SwapCase returns s.swapcase().
func SwapCase(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsUpper(r):
			return unicode.ToLower(r)
		case unicode.IsLower(r):
			return unicode.ToUpper(r)
		}
		return r
	}, s)
}

// Center returns s.center(width, fill): when the padding is odd, CPython
// puts the extra character on the left only if width is odd too.
func Center(s string, width int, fill rune) string {
	n := utf8.RuneCountInString(s)
	marg := width - n
	if marg <= 0 {
		return s
	}
	left := marg/2 + (marg & width & 1)
	return strings.Repeat(string(fill), left) + s + strings.Repeat(string(fill), marg-left)
}

// LJust returns s.ljust(width, fill); width counts code points.
func LJust(s string, width int, fill rune) string {
	if pad := width - utf8.RuneCountInString(s); pad > 0 {
		return s + strings.Repeat(string(fill), pad)
	}
	return s
}

// RJust returns s.rjust(width, fill); width counts code points.
func RJust(s string, width int, fill rune) string {
	if pad := width - utf8.RuneCountInString(s); pad > 0 {
		return strings.Repeat(string(fill), pad) + s
	}
	return s
}

// ZFill returns s.zfill(width): zeros on the left, after a leading sign.
func ZFill(s string, width int) string {
	pad := width - utf8.RuneCountInString(s)
	if pad <= 0 {
		return s
	}
	zeros := strings.Repeat("0", pad)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + zeros + s[1:]
	}
	return zeros + s
}

// Find returns s.find(sub): the code-point index of the first sub, or -1.
func Find(s, sub string) int {
	i := strings.Index(s, sub)
	if i < 0 {
		return -1
	}
	return utf8.RuneCountInString(s[:i])
}

// Index returns s.index(sub): the code-point index of the first sub,
// raising ValueError("substring not found") when there is none.
func Index(s, sub string) int {
	i := Find(s, sub)
	if i < 0 {
		panic(NewExc(ValueError, "substring not found"))
	}
	return i
}

// Count returns s.count(sub): non-overlapping occurrences, and
// len(s) + 1 (in code points) for an empty sub, as Python counts.
func Count(s, sub string) int { return strings.Count(s, sub) }

// IsDigit returns s.isdigit(): true for a non-empty string of decimal
// digits in any script, plus the superscript and subscript digits Python
// also accepts.
func IsDigit(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !isPyDigit(r) }) < 0
}

func isPyDigit(r rune) bool { return unicode.IsDigit(r) || unicode.Is(otherDigits, r) }

// otherDigits are the characters with a digit value that are not decimal
// digits (superscripts, circled digits, ...): str.isdigit accepts them.
// Listed from CPython 3.11's Unicode database.
var otherDigits = &unicode.RangeTable{
	R16: []unicode.Range16{
		{0xB2, 0xB3, 1}, {0xB9, 0xB9, 1}, {0x1369, 0x1371, 1}, {0x19DA, 0x19DA, 1},
		{0x2070, 0x2070, 1}, {0x2074, 0x2079, 1}, {0x2080, 0x2089, 1}, {0x2460, 0x2468, 1},
		{0x2474, 0x247C, 1}, {0x2488, 0x2490, 1}, {0x24EA, 0x24EA, 1}, {0x24F5, 0x24FD, 1},
		{0x24FF, 0x24FF, 1}, {0x2776, 0x277E, 1}, {0x2780, 0x2788, 1}, {0x278A, 0x2792, 1},
	},
	R32: []unicode.Range32{
		{0x10A40, 0x10A43, 1}, {0x10E60, 0x10E68, 1}, {0x11052, 0x1105A, 1}, {0x1F100, 0x1F10A, 1},
	},
	LatinOffset: 3,
}

// IsAlpha returns s.isalpha(): true for a non-empty string of letters.
func IsAlpha(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// IsSpace returns s.isspace(): true for a non-empty string of Python
// whitespace.
func IsSpace(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !IsPySpace(r) }) < 0
}

// isLineBreak reports the characters Python's splitlines() splits on.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// SplitLines returns s.splitlines(keepends): lines split at \n, \r, \r\n
// and the other Unicode line boundaries Python knows, with no empty last
// line for a trailing line break.
func SplitLines(s string, keepends bool) []string {
	lines := []string{}
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isLineBreak(r) {
			i += size
			continue
		}
		end := i + size
		if r == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		if keepends {
			lines = append(lines, s[start:end])
		} else {
			lines = append(lines, s[start:i])
		}
		start, i = end, end
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return lines
}
