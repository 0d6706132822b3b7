package runtime

import (
	"io"
	"unicode/utf8"
)

// WriteString is sys.stdout.write(s) (or sys.stderr's) used for its value:
// it writes s to w and returns the number of characters (code points)
// written, as Python's text streams do. Statements that ignore the result
// are translated to fmt.Fprint instead. Dropped: write errors (a closed
// pipe), which Python would raise and Go's os.Stdout reports as an error
// this ignores.
func WriteString(w io.Writer, s string) int {
	_, _ = io.WriteString(w, s) // errors dropped: see the doc comment
	return utf8.RuneCountInString(s)
}

// Strs is [str(x) for x in xs]: what print(*xs) prints, joined with sep.
func Strs[T any](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = Str(x)
	}
	return out
}
