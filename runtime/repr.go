package runtime

import "fmt"

// Str returns Python's str(v). PLACEHOLDER until the value-formatting work
// lands: only correct for ints and strings.
func Str(v any) string { return fmt.Sprint(v) }

// Repr returns Python's repr(v). PLACEHOLDER, see Str.
func Repr(v any) string { return fmt.Sprintf("%q", fmt.Sprint(v)) }
