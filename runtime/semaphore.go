package runtime

import (
	"sync"
	"time"
)

// Semaphore is threading.Semaphore and, made by NewBoundedSemaphore,
// threading.BoundedSemaphore. Emitted code prefers a buffered channel used
// as a counting semaphore; this type serves programs that acquire with a
// timeout, release several at once, or rely on a BoundedSemaphore's error.
//
// Kept from CPython 3.11: acquire(blocking, timeout) and its argument
// errors; release(n) with ValueError "n must be one or more"; a bounded
// semaphore's ValueError "Semaphore released too many times" (leaving the
// counter unchanged); ValueError for a negative initial value; any thread
// may release.
//
// Dropped: CPython wakes exactly n waiters per release(n) in FIFO order;
// here every waiter re-checks the counter after a release, so which waiter
// wins is unspecified, as it is in CPython when a newcomer races them.
type Semaphore struct {
	mu      sync.Mutex
	value   int
	bound   int           // initial value of a bounded semaphore; -1 if unbounded
	changed chan struct{} // closed and replaced on each release
}

// NewSemaphore returns threading.Semaphore(value).
func NewSemaphore(value int) *Semaphore { return newSemaphore(value, -1) }

// NewBoundedSemaphore returns threading.BoundedSemaphore(value).
func NewBoundedSemaphore(value int) *Semaphore { return newSemaphore(value, value) }

func newSemaphore(value, bound int) *Semaphore {
	if value < 0 {
		Raise(ValueError, "semaphore initial value must be >= 0")
	}
	return &Semaphore{value: value, bound: bound, changed: make(chan struct{})}
}

// Acquire is sem.acquire(blocking, timeout): it takes one unit, waiting if
// none is left (timeout -1: for ever), and reports whether it got one.
func (s *Semaphore) Acquire(blocking bool, timeout float64) bool {
	checkAcquireArgs(blocking, timeout)
	var timer *time.Timer
	for {
		s.mu.Lock()
		if s.value > 0 {
			s.value--
			s.mu.Unlock()
			if timer != nil {
				timer.Stop()
			}
			return true
		}
		changed := s.changed
		s.mu.Unlock()
		if !blocking {
			return false
		}
		if timeout < 0 {
			<-changed
			continue
		}
		if timer == nil {
			timer = time.NewTimer(seconds(timeout))
		}
		select {
		case <-changed:
		case <-timer.C:
			return false
		}
	}
}

// Release adds n units, waking waiters; see the type's doc for the errors.
func (s *Semaphore) Release(n int) {
	if n < 1 {
		Raise(ValueError, "n must be one or more")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.bound >= 0 && s.value+n > s.bound {
		Raise(ValueError, "Semaphore released too many times")
	}
	s.value += n
	close(s.changed)
	s.changed = make(chan struct{})
}

// Value returns the counter (CPython's sem._value, read by some tutorials).
func (s *Semaphore) Value() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.value
}

// Lock acquires, waiting for ever, so that `with sem:` is Lock plus a
// deferred Unlock.
func (s *Semaphore) Lock() { s.Acquire(true, -1) }

// Unlock is Release(1).
func (s *Semaphore) Unlock() { s.Release(1) }
