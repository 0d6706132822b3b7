package runtime

// Timer is threading.Timer: a Thread that calls a function after an
// interval unless cancelled first. Emitted code uses time.AfterFunc when a
// program only starts and maybe cancels a timer; this type serves programs
// that join it, name it, or ask is_alive().
//
// Kept from CPython 3.11: a Timer is a Thread (it embeds *Thread), named
// "Thread-N" from the shared counter without a target suffix and shown as
// <Timer(...)>; cancel() before the interval ends stops the call, and the
// thread then ends at once; cancel() after the call does nothing; an
// exception in the function is reported like any thread's.
//
// Dropped: nothing observable.
type Timer struct {
	*Thread
	finished *Event
}

// NewTimer returns threading.Timer(interval, fn), not yet started.
func NewTimer(interval float64, fn func()) *Timer {
	t := &Timer{Thread: NewThread(nil, "", "", false), finished: NewEvent()}
	t.className = "Timer"
	t.SetRun(func() {
		t.finished.Wait(interval)
		if !t.finished.IsSet() {
			fn()
		}
		t.finished.Set()
	})
	return t
}

// Cancel stops the timer if it is still waiting.
func (t *Timer) Cancel() { t.finished.Set() }
