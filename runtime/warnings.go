package runtime

import "sync"

// Warnings: what CPython's warnings module shows for the DeprecationWarnings
// the standard library raises from code in __main__ (the camelCase
// threading aliases, Event.isSet...). The default filter shows each
// warning once per location and message:
//
//	prog.py:9: DeprecationWarning: setName() is deprecated, set the name attribute instead
//	  t.setName("renamed")
//
// Dropped: filters (-W, warnings.simplefilter), other categories, and the
// absolute path CPython prints for the file; the location is the name the
// program was translated from.

var warned = struct {
	sync.Mutex
	seen map[[2]string]bool
}{seen: map[[2]string]bool{}}

// Deprecated shows a DeprecationWarning raised at location ("prog.py:9")
// with the stripped source line of that location, unless the same
// warning was already shown there.
func Deprecated(location, message, source string) {
	key := [2]string{location, message}
	warned.Lock()
	shown := warned.seen[key]
	warned.seen[key] = true
	warned.Unlock()
	if shown {
		return
	}
	text := location + ": DeprecationWarning: " + message + "\n"
	if source != "" {
		text += "  " + source + "\n"
	}
	writeReport(text)
}
