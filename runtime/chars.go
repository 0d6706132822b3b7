package runtime

import (
	"fmt"
	"unicode/utf8"
)

// Ord is ord(s) for a str: the code point of its one character, raising
// TypeError as CPython does when s holds some other number of characters.
func Ord(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || size != len(s) {
		panic(NewExc(TypeError, fmt.Sprintf("ord() expected a character, but string of length %d found", utf8.RuneCountInString(s))))
	}
	return int(r)
}

// Chr is chr(i): the one-character string of code point i, raising
// ValueError outside range(0x110000) as CPython does (Go would give
// U+FFFD).
func Chr(i int) string {
	if i < 0 || i > utf8.MaxRune {
		panic(NewExc(ValueError, "chr() arg not in range(0x110000)"))
	}
	return string(rune(i))
}
