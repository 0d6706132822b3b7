package runtime

import (
	"runtime"
	"strconv"
)

// Goroutine identity.
//
// Python threads have an identity that code can observe (current_thread(),
// get_ident(), the owner of an RLock, the slot of a threading.local); Go
// deliberately gives goroutines none. The runtime recovers it from the
// header line that runtime.Stack writes for the calling goroutine,
// "goroutine 42 [running]:", which the Go runtime has printed in this form
// since Go 1.0 and which its own tests rely on.
//
// Cost: one runtime.Stack call into a 64-byte buffer plus a short parse,
// about a microsecond. Nothing is cached, because a goroutine cannot carry
// data of its own; only the operations that need an identity pay it
// (CurrentThread, GetIdent, RLock, Condition on an RLock, Local). Plain Lock,
// Semaphore, Event, Barrier and futures never ask for it.

// goid returns the id of the calling goroutine: positive, never reused while
// the process runs.
func goid() int64 {
	var buf [64]byte
	n := runtime.Stack(buf[:], false)
	const prefix = "goroutine "
	b := buf[:n]
	if len(b) < len(prefix) || string(b[:len(prefix)]) != prefix {
		panic("pyrt: unexpected runtime.Stack header: " + string(b))
	}
	b = b[len(prefix):]
	end := 0
	for end < len(b) && b[end] >= '0' && b[end] <= '9' {
		end++
	}
	id, err := strconv.ParseInt(string(b[:end]), 10, 64)
	if err != nil || id <= 0 {
		panic("pyrt: unexpected runtime.Stack header: " + string(buf[:n]))
	}
	return id
}
