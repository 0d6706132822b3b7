package runtime

import "sync/atomic"

// RLock is threading.RLock: a lock its owning thread may acquire again, and
// must release as many times. Go has no reentrant mutex, because goroutines
// have no identity; the owner here is the goroutine id (see goid.go), so
// every Acquire and Release pays for one identity lookup.
//
// Kept from CPython 3.11: reentrancy per thread with a recursion count;
// acquire(blocking, timeout) and its argument errors; release by a thread
// that does not own it raising RuntimeError "cannot release un-acquired
// lock"; the save/restore of the whole recursion level that Condition.wait
// uses.
//
// Dropped: nothing observable. The owner is per goroutine, which is per
// thread for runtime Threads and for plain goroutines alike.
type RLock struct {
	lock  *Lock
	owner atomic.Int64 // goroutine id of the holder, 0 when free
	count int          // recursion level; only the owner touches it
}

// NewRLock returns an unlocked RLock.
func NewRLock() *RLock { return &RLock{lock: NewLock()} }

// Acquire is rlock.acquire(blocking, timeout): immediate success for the
// owner, otherwise Lock.Acquire's waiting rules.
func (r *RLock) Acquire(blocking bool, timeout float64) bool {
	me := goid()
	if r.owner.Load() == me {
		checkAcquireArgs(blocking, timeout)
		r.count++
		return true
	}
	if !r.lock.Acquire(blocking, timeout) {
		return false
	}
	r.owner.Store(me)
	r.count = 1
	return true
}

// Release undoes one Acquire by the owner; the lock is free once every
// Acquire is undone.
func (r *RLock) Release() {
	if r.owner.Load() != goid() {
		Raise(RuntimeError, "cannot release un-acquired lock")
	}
	r.count--
	if r.count == 0 {
		r.owner.Store(0)
		r.lock.Release()
	}
}

// Lock acquires, waiting for ever, so that RLock is a sync.Locker.
func (r *RLock) Lock() { r.Acquire(true, -1) }

// Unlock is Release.
func (r *RLock) Unlock() { r.Release() }

// isOwned reports whether the calling goroutine holds the lock.
func (r *RLock) isOwned() bool { return r.owner.Load() == goid() }

// releaseSave releases every level held by the owner and returns the count
// for acquireRestore.
func (r *RLock) releaseSave() int {
	if r.owner.Load() != goid() {
		Raise(RuntimeError, "cannot release un-acquired lock")
	}
	count := r.count
	r.count = 0
	r.owner.Store(0)
	r.lock.Release()
	return count
}

// acquireRestore acquires the lock again at the saved recursion level.
func (r *RLock) acquireRestore(count int) {
	r.lock.Lock()
	r.owner.Store(goid())
	r.count = count
}
