package runtime

import (
	"sync"
	"time"
)

// Event is threading.Event. A closed channel covers a one-shot event in
// plain Go; this type serves programs that clear an event, ask is_set(), or
// wait with a timeout.
//
// Kept from CPython 3.11: set/clear/is_set; wait(timeout) returning True
// once set (also when it was cleared again before the waiter ran, as
// CPython's notified waiter reports) and False on timeout.
//
// Dropped: nothing observable.
type Event struct {
	mu  sync.Mutex
	set bool
	// signal is closed when the event is set and replaced on clear, so a
	// waiter keeps the channel of the state it saw.
	signal chan struct{}
}

// NewEvent returns a cleared Event.
func NewEvent() *Event { return &Event{signal: make(chan struct{})} }

// Set sets the flag and wakes every waiter.
func (e *Event) Set() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.set {
		e.set = true
		close(e.signal)
	}
}

// Clear resets the flag.
func (e *Event) Clear() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.set {
		e.set = false
		e.signal = make(chan struct{})
	}
}

// IsSet reports the flag.
func (e *Event) IsSet() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.set
}

// Wait blocks until the flag is set or timeout seconds pass (negative: for
// ever) and reports whether it was set.
func (e *Event) Wait(timeout float64) bool {
	e.mu.Lock()
	signal := e.signal
	e.mu.Unlock()
	select {
	case <-signal:
		return true
	default:
	}
	if timeout < 0 {
		<-signal
		return true
	}
	timer := time.NewTimer(seconds(timeout))
	defer timer.Stop()
	select {
	case <-signal:
		return true
	case <-timer.C:
		return false
	}
}
