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
// "goroutine 42 [running]:" (with GOTRACEBACK=system or crash, more text
// follows the number, which the parse ignores).
//
// Cost: runtime.Stack formats the calling goroutine's frames (at most 100)
// even though only the header is kept, so one lookup takes several
// microseconds, growing with stack depth (measured with BenchmarkGoid: about
// 7 µs from a shallow test function, 30 µs twenty calls deeper). Nothing is
// cached, because a goroutine cannot carry data of its own; only the
// operations that need an identity pay it (CurrentThread, GetIdent,
// NewThread's daemon inheritance, Thread.Join's self-join check, each RLock
// Acquire and Release, Condition on an RLock, Local). Plain Lock,
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
