package runtime

// Barrier is threading.Barrier, which Go's standard library lacks (a
// sync.WaitGroup is single-use and has no arrival index, timeout or
// breaking). It is CPython 3.11's algorithm on this package's Condition.
//
// Kept from CPython 3.11: wait() returns the arrival index 0 … parties-1
// (the last arrival gets parties-1 and runs the action before anyone is
// released); the barrier is reusable, and threads arriving while it drains
// wait for the next round; BrokenBarrierError for every waiter when a wait
// times out (the timed-out thread breaks the barrier), when abort() or
// reset() is called, or when the action raises (the thread that ran the
// action gets the action's exception, the others BrokenBarrierError); a
// broken barrier stays broken until reset(); n_waiting, parties, broken;
// no check of parties (3.11 accepts 0, whose waiters wait for ever).
//
// Dropped: nothing observable.
type Barrier struct {
	cond    *Condition
	action  func()
	timeout float64 // default wait timeout; negative: none
	parties int
	state   barrierState
	count   int
}

type barrierState int

const (
	barrierFilling barrierState = iota
	barrierDraining
	barrierResetting
	barrierBroken
)

// NewBarrier returns threading.Barrier(parties, action, timeout); action may
// be nil and a negative timeout means None.
func NewBarrier(parties int, action func(), timeout float64) *Barrier {
	return &Barrier{cond: NewCondition(NewLock()), action: action, timeout: timeout, parties: parties}
}

// Wait blocks until parties threads have called it and returns this
// thread's arrival index. A negative timeout uses the barrier's default.
func (b *Barrier) Wait(timeout float64) int {
	if timeout < 0 {
		timeout = b.timeout
	}
	b.cond.Lock()
	defer b.cond.Unlock()
	b.enter()
	index := b.count
	b.count++
	defer func() {
		b.count--
		b.exit()
	}()
	if index+1 == b.parties {
		b.release()
	} else {
		b.wait(timeout)
	}
	return index
}

// enter waits while the previous round drains or a reset is under way.
func (b *Barrier) enter() {
	for b.state == barrierDraining || b.state == barrierResetting {
		b.cond.Wait(-1)
	}
	if b.state == barrierBroken {
		Raise(BrokenBarrierError)
	}
}

// release runs the action and lets the round go; an exception from the
// action breaks the barrier and propagates.
func (b *Barrier) release() {
	defer func() {
		if r := recover(); r != nil {
			b.breakBarrier()
			panic(r)
		}
	}()
	if b.action != nil {
		b.action()
	}
	b.state = barrierDraining
	b.cond.NotifyAll()
}

// wait waits for the round to be released; a timeout breaks the barrier.
func (b *Barrier) wait(timeout float64) {
	if !b.cond.WaitFor(func() bool { return b.state != barrierFilling }, timeout) {
		b.breakBarrier()
		Raise(BrokenBarrierError)
	}
	if b.state == barrierBroken || b.state == barrierResetting {
		Raise(BrokenBarrierError)
	}
}

// exit lets the next round start once the last thread has left this one.
func (b *Barrier) exit() {
	if b.count == 0 && (b.state == barrierResetting || b.state == barrierDraining) {
		b.state = barrierFilling
		b.cond.NotifyAll()
	}
}

// Reset returns the barrier to its initial state; threads waiting on it get
// BrokenBarrierError.
func (b *Barrier) Reset() {
	b.cond.Lock()
	defer b.cond.Unlock()
	if b.count > 0 {
		if b.state == barrierFilling || b.state == barrierBroken {
			b.state = barrierResetting
		}
	} else {
		b.state = barrierFilling
	}
	b.cond.NotifyAll()
}

// Abort breaks the barrier: current and future waiters get
// BrokenBarrierError until Reset.
func (b *Barrier) Abort() {
	b.cond.Lock()
	defer b.cond.Unlock()
	b.breakBarrier()
}

func (b *Barrier) breakBarrier() {
	b.state = barrierBroken
	b.cond.NotifyAll()
}

// Parties returns the number of threads needed to pass the barrier.
func (b *Barrier) Parties() int { return b.parties }

// NWaiting returns the number of threads waiting in the current round.
func (b *Barrier) NWaiting() int {
	b.cond.Lock()
	defer b.cond.Unlock()
	if b.state == barrierFilling {
		return b.count
	}
	return 0
}

// Broken reports whether the barrier is broken.
func (b *Barrier) Broken() bool {
	b.cond.Lock()
	defer b.cond.Unlock()
	return b.state == barrierBroken
}
