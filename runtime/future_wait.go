package runtime

import (
	"fmt"
	"iter"
	"time"
)

// The return_when values of concurrent.futures.wait.
const (
	FirstCompleted = "FIRST_COMPLETED"
	FirstException = "FIRST_EXCEPTION"
	AllCompleted   = "ALL_COMPLETED"
)

// AsCompleted is concurrent.futures.as_completed: ranging over it yields
// the futures in fs (duplicates once) as they complete, those already done
// first in the order given. When timeout seconds (negative: no limit) have
// passed since the range began with futures still pending, it raises
// TimeoutError "N (of M) futures unfinished".
func AsCompleted[T any](fs []*Future[T], timeout float64) iter.Seq[*Future[T]] {
	return func(yield func(*Future[T]) bool) {
		var deadline time.Time
		if timeout >= 0 {
			deadline = time.Now().Add(seconds(timeout))
		}
		fs = uniqueFutures(fs)
		completed := make(chan *Future[T], len(fs))
		pending := map[*Future[T]]bool{}
		var finished []*Future[T]
		for _, f := range fs {
			if f.addWaiter(completed) {
				pending[f] = true
			} else {
				finished = append(finished, f)
			}
		}
		defer func() {
			for _, f := range fs {
				f.removeWaiter(completed)
			}
		}()
		for _, f := range finished {
			if !yield(f) {
				return
			}
		}
		var timer <-chan time.Time
		if timeout >= 0 {
			t := time.NewTimer(time.Until(deadline))
			defer t.Stop()
			timer = t.C
		}
		for len(pending) > 0 {
			var f *Future[T]
			select {
			case f = <-completed: // a completion wins over a simultaneous timeout
			default:
				select {
				case f = <-completed:
				case <-timer:
					Raise(FuturesTimeout, fmt.Sprintf("%d (of %d) futures unfinished", len(pending), len(fs)))
				}
			}
			delete(pending, f)
			if !yield(f) {
				return
			}
		}
	}
}

// Wait is concurrent.futures.wait: it waits until returnWhen
// (FirstCompleted, FirstException or AllCompleted) holds for fs or timeout
// seconds pass (negative: no limit), and returns the done and not-done
// futures, each in the order of fs (Python returns sets).
func Wait[T any](fs []*Future[T], timeout float64, returnWhen string) (done, notDone []*Future[T]) {
	if returnWhen != FirstCompleted && returnWhen != FirstException && returnWhen != AllCompleted {
		Raise(ValueError, "Invalid return condition: "+Repr(returnWhen))
	}
	fs = uniqueFutures(fs)
	completed := make(chan *Future[T], len(fs))
	pending := 0
	satisfied := false
	for _, f := range fs {
		if f.addWaiter(completed) {
			pending++
		} else {
			satisfied = satisfied || stopsWait(f, returnWhen)
		}
	}
	defer func() {
		for _, f := range fs {
			f.removeWaiter(completed)
		}
	}()
	var timer <-chan time.Time
	if timeout >= 0 && !satisfied && pending > 0 {
		t := time.NewTimer(seconds(timeout))
		defer t.Stop()
		timer = t.C
	}
	for !satisfied && pending > 0 {
		select {
		case f := <-completed:
			pending--
			satisfied = stopsWait(f, returnWhen)
		case <-timer:
			satisfied = true
		}
	}
	for _, f := range fs {
		if f.Done() {
			done = append(done, f)
		} else {
			notDone = append(notDone, f)
		}
	}
	return done, notDone
}

// stopsWait reports whether the completion of f ends a wait for returnWhen
// before every future is done.
func stopsWait[T any](f *Future[T], returnWhen string) bool {
	switch returnWhen {
	case FirstCompleted:
		return true
	case FirstException:
		f.mu.Lock()
		defer f.mu.Unlock()
		return f.state == futureFinished && f.exc != nil
	}
	return false
}

// uniqueFutures drops repeated futures, keeping the first of each, as
// Python's set(fs) does.
func uniqueFutures[T any](fs []*Future[T]) []*Future[T] {
	seen := make(map[*Future[T]]bool, len(fs))
	out := make([]*Future[T], 0, len(fs))
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}
