package runtime

import (
	"slices"
	"sync"
	"time"
)

// Condition is threading.Condition. Emitted code prefers sync.Cond, but a
// sync.Cond cannot wait with a timeout, has no wait_for, and cannot tell
// that a waiter forgot to hold the lock; programs that observe any of those
// get this type.
//
// Kept from CPython 3.11: the lock defaults to a new RLock; wait() releases
// every recursion level of an RLock and restores it; waiters are woken in
// FIFO order, notify(n) waking the n longest waiting; wait(timeout) returns
// False on timeout; wait_for re-checks the predicate against one overall
// deadline; RuntimeError "cannot wait on un-acquired lock" and "cannot
// notify on un-acquired lock" where ownership is detectable (always for
// RLock; for Lock and any sync.Locker with TryLock, as in CPython, "held by
// someone" counts as owned).
//
// Dropped: for a sync.Locker without TryLock ownership cannot be checked and
// is assumed. Unlike CPython, a notify that races with a waiter's timeout
// is never lost: the waiter reports it was notified.
type Condition struct {
	lock    sync.Locker
	mu      sync.Mutex // guards waiters
	waiters []chan struct{}
}

// NewCondition returns Condition(lock); a nil lock gets a new RLock.
func NewCondition(lock sync.Locker) *Condition {
	if lock == nil {
		lock = NewRLock()
	}
	return &Condition{lock: lock}
}

// Acquire acquires the underlying lock with acquire(blocking, timeout)
// semantics when the lock supports them, and by Lock otherwise.
func (c *Condition) Acquire(blocking bool, timeout float64) bool {
	if l, ok := c.lock.(interface{ Acquire(bool, float64) bool }); ok {
		return l.Acquire(blocking, timeout)
	}
	checkAcquireArgs(blocking, timeout)
	if !blocking {
		if l, ok := c.lock.(interface{ TryLock() bool }); ok {
			return l.TryLock()
		}
	}
	c.lock.Lock()
	return true
}

// Release releases the underlying lock.
func (c *Condition) Release() { c.lock.Unlock() }

// Lock acquires the underlying lock, so a Condition is a sync.Locker.
func (c *Condition) Lock() { c.lock.Lock() }

// Unlock releases the underlying lock.
func (c *Condition) Unlock() { c.lock.Unlock() }

// isOwned applies CPython's Condition._is_owned to the underlying lock.
func (c *Condition) isOwned() bool {
	switch l := c.lock.(type) {
	case *RLock:
		return l.isOwned()
	case *Lock:
		return l.Locked()
	case interface{ TryLock() bool }:
		if l.TryLock() {
			c.lock.Unlock()
			return false
		}
	}
	return true
}

// Wait releases the lock, waits for a notify or for timeout seconds
// (negative: for ever), re-acquires the lock and reports whether it was
// notified.
func (c *Condition) Wait(timeout float64) bool {
	if !c.isOwned() {
		Raise(RuntimeError, "cannot wait on un-acquired lock")
	}
	waiter := make(chan struct{}, 1)
	c.mu.Lock()
	c.waiters = append(c.waiters, waiter)
	c.mu.Unlock()
	defer c.releaseWhileWaiting()()
	if timeout < 0 {
		<-waiter
		return true
	}
	timer := time.NewTimer(seconds(timeout))
	defer timer.Stop()
	select {
	case <-waiter:
		return true
	case <-timer.C:
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	i := slices.Index(c.waiters, waiter)
	if i < 0 {
		return true // notified while timing out
	}
	c.waiters = slices.Delete(c.waiters, i, i+1)
	return false
}

// releaseWhileWaiting releases the lock fully and returns the function that
// re-acquires it as it was.
func (c *Condition) releaseWhileWaiting() (reacquire func()) {
	if r, ok := c.lock.(*RLock); ok {
		count := r.releaseSave()
		return func() { r.acquireRestore(count) }
	}
	c.lock.Unlock()
	return c.lock.Lock
}

// WaitFor waits until pred returns true or timeout seconds pass (negative:
// no limit) and returns pred's last result, as Condition.wait_for.
func (c *Condition) WaitFor(pred func() bool, timeout float64) bool {
	result := pred()
	var deadline time.Time
	for !result {
		wait := timeout
		if timeout >= 0 {
			if deadline.IsZero() {
				deadline = time.Now().Add(seconds(timeout))
			} else {
				wait = time.Until(deadline).Seconds()
				if wait <= 0 {
					break
				}
			}
		}
		c.Wait(wait)
		result = pred()
	}
	return result
}

// Notify wakes up to n waiters, longest waiting first.
func (c *Condition) Notify(n int) { c.notify(n, false) }

// NotifyAll wakes every waiter.
func (c *Condition) NotifyAll() { c.notify(0, true) }

func (c *Condition) notify(n int, all bool) {
	if !c.isOwned() {
		Raise(RuntimeError, "cannot notify on un-acquired lock")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if all {
		n = len(c.waiters)
	}
	n = min(max(n, 0), len(c.waiters))
	for _, w := range c.waiters[:n] {
		w <- struct{}{}
	}
	c.waiters = slices.Delete(c.waiters, 0, n)
}
