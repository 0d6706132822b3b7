package runtime

// Try runs body and returns the Python exception it raised, or nil. It is
// what a translated try statement runs its body with: the except clauses
// are then plain Go code testing the result, so return, break and continue
// inside them keep their meaning.
//
//	if e := pyrt.Try(func() { risky() }); e != nil {
//		switch {
//		case e.IsInstance(pyrt.ValueError):
//			fmt.Println("bad value:", e)
//		default:
//			panic(e) // not handled here: propagate, as Python does
//		}
//	}
//
// Kept: every raised *Exc, and Go runtime faults converted as AsExc does
// (an index out of range is an IndexError). Dropped: KeyboardInterrupt
// arrives as a signal, not a panic. SystemExit is caught like any
// exception, as `except BaseException` does in Python; translated code only
// catches it when the Python did.
func Try(body func()) (exc *Exc) {
	defer func() {
		if r := recover(); r != nil {
			exc = AsExc(r)
		}
	}()
	body()
	return nil
}
