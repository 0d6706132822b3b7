package runtime

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestTimerFires(t *testing.T) {
	noLeak(t)
	fired := make(chan time.Time, 1)
	start := time.Now()
	tm := NewTimer(0.03, func() { fired <- time.Now() })
	tm.Start()
	tm.Join(-1)
	select {
	case at := <-fired:
		if at.Sub(start) < 20*time.Millisecond {
			t.Fatalf("timer fired after %v, interval 30ms", at.Sub(start))
		}
	default:
		t.Fatal("timer ended without calling its function")
	}
}

func TestTimerCancel(t *testing.T) {
	noLeak(t)
	called := false
	tm := NewTimer(10, func() { called = true })
	tm.Start()
	tm.Cancel()
	start := time.Now()
	tm.Join(5)
	if called || tm.IsAlive() || time.Since(start) > 2*time.Second {
		t.Fatalf("cancelled timer: called %v alive %v", called, tm.IsAlive())
	}
	tm.Cancel() // cancelling again is harmless
}

// CPython 3.11 names a Timer "Thread-N" with no target suffix and shows it
// as <Timer(Thread-N, initial)>.
func TestTimerNameAndRepr(t *testing.T) {
	var tm *Timer
	withMain(t, func() { tm = NewTimer(1, func() {}) })
	n := threadNumber(t, tm.Name())
	if want := fmt.Sprintf("<Timer(Thread-%d, initial)>", n); tm.String() != want || strings.Contains(tm.Name(), "(") {
		t.Fatalf("repr %q, want %q", tm.String(), want)
	}
}

func ExampleTimer() {
	tm := NewTimer(0.01, func() { fmt.Println("fired") })
	tm.Start()
	tm.Join(-1)
	// Output: fired
}
