package runtime

import (
	"io"
	"strings"
)

// FormatExc returns traceback.format_exc() for the exception an except
// clause handles: CPython's first and last traceback lines, since a
// translated program has no Python frames (see WriteTraceback).
func FormatExc(e *Exc) string {
	var b strings.Builder
	WriteTraceback(&b, e)
	return b.String()
}

// PrintExc is traceback.print_exc(): the report written to w (stderr).
func PrintExc(w io.Writer, e *Exc) { WriteTraceback(w, e) }
