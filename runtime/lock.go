package runtime

import "time"

// Lock is threading.Lock. Emitted code uses sync.Mutex instead unless the
// program needs what a Mutex lacks: acquire with a timeout, locked(), or a
// release of an unlocked lock that raises RuntimeError where a Mutex aborts
// the whole program.
//
// Kept from CPython 3.11: acquire(blocking, timeout) and its result, the
// ValueErrors for a timeout with blocking=False and for a negative timeout
// other than -1, release() of an unlocked lock raising RuntimeError, any
// thread may release, locked().
//
// Dropped: nothing observable; like CPython's, the lock is not fair.
//
// It is a one-slot channel: holding the lock means having put the token in,
// so a timed acquire is a select with a timer.
type Lock struct {
	token chan struct{}
}

// NewLock returns an unlocked Lock.
func NewLock() *Lock { return &Lock{token: make(chan struct{}, 1)} }

// Acquire is lock.acquire(blocking, timeout): timeout -1 waits for ever;
// it reports whether the lock was acquired.
func (l *Lock) Acquire(blocking bool, timeout float64) bool {
	checkAcquireArgs(blocking, timeout)
	if !blocking {
		select {
		case l.token <- struct{}{}:
			return true
		default:
			return false
		}
	}
	if timeout < 0 {
		l.token <- struct{}{}
		return true
	}
	select {
	case l.token <- struct{}{}:
		return true
	default:
	}
	timer := time.NewTimer(seconds(timeout))
	defer timer.Stop()
	select {
	case l.token <- struct{}{}:
		return true
	case <-timer.C:
		return false
	}
}

// checkAcquireArgs raises the ValueErrors CPython raises for acquire's
// arguments.
func checkAcquireArgs(blocking bool, timeout float64) {
	if !blocking && timeout != -1 {
		Raise(ValueError, "can't specify a timeout for a non-blocking call")
	}
	if timeout < 0 && timeout != -1 {
		Raise(ValueError, "timeout value must be positive")
	}
}

// Release unlocks; releasing an unlocked lock raises RuntimeError.
func (l *Lock) Release() {
	select {
	case <-l.token:
	default:
		Raise(RuntimeError, "release unlocked lock")
	}
}

// Locked reports whether the lock is held.
func (l *Lock) Locked() bool { return len(l.token) == 1 }

// Lock acquires, waiting for ever, so that Lock is a sync.Locker (and a
// `with lock:` block becomes Lock plus a deferred Unlock).
func (l *Lock) Lock() { l.token <- struct{}{} }

// Unlock is Release.
func (l *Lock) Unlock() { l.Release() }

// TryLock acquires without blocking, as sync.Mutex.TryLock.
func (l *Lock) TryLock() bool { return l.Acquire(false, -1) }
