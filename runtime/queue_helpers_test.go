package runtime

import (
	"runtime"
	"testing"
	"time"
)

// queueCatch runs f and returns the Python exception it raised, or nil.
func queueCatch(f func()) (exc *Exc) {
	defer func() {
		if r := recover(); r != nil {
			exc = AsExc(r)
		}
	}()
	f()
	return nil
}

// queueWantExc fails unless f raises an exception of class cls whose
// report line is line.
func queueWantExc(t *testing.T, cls *ExcType, line string, f func()) {
	t.Helper()
	exc := queueCatch(f)
	switch {
	case exc == nil:
		t.Fatalf("no exception, want %s", line)
	case !exc.IsInstance(cls) || exc.Line() != line:
		t.Fatalf("raised %s, want %s", exc.Line(), line)
	}
}

// queueNoLeak makes the test fail if it leaves more goroutines running than
// it found. Goroutines that are ending may take a moment to be counted out,
// so the check polls for a while before failing.
func queueNoLeak(t *testing.T) {
	t.Helper()
	before := runtime.NumGoroutine()
	t.Cleanup(func() {
		deadline := time.Now().Add(2 * time.Second)
		for runtime.NumGoroutine() > before {
			if time.Now().After(deadline) {
				buf := make([]byte, 1<<16)
				n := runtime.Stack(buf, true)
				t.Errorf("%d goroutines left running (had %d):\n%s", runtime.NumGoroutine(), before, buf[:n])
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	})
}

// queueNotYet fails if ch is closed or yields within a short window: the
// check for "this is still blocked". It cannot fail spuriously when the code
// is right; it can only miss a bug on a very slow machine.
func queueNotYet[T any](t *testing.T, ch <-chan T, what string) {
	t.Helper()
	select {
	case <-ch:
		t.Fatalf("%s happened too early", what)
	case <-time.After(30 * time.Millisecond):
	}
}
