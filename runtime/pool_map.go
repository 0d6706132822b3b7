package runtime

import (
	"iter"
	"sync"
)

// The map family of multiprocessing.Pool. The translator closes over any
// fixed arguments in fn, and for starmap passes a tuple type T whose fields
// fn unpacks.

// MapAsync is pool.map_async(fn, items, chunksize): items are cut into
// chunks as CPython cuts them (chunksize <= 0 is Python's None: ceil(len /
// (4 * processes))), each chunk runs in order on one worker and stops at its
// first exception. The result holds every value in input order, or the first
// exception raised in completion order once all chunks have ended.
func MapAsync[T, R any](p *Pool, fn func(T) R, items []T, chunksize int) *AsyncResult[[]R] {
	result := newAsyncResult[[]R]("MapResult")
	if len(items) == 0 {
		p.submit() // raises when the pool is not running, as CPython does
		result.set([]R{}, nil)
		return result
	}
	if chunksize <= 0 {
		chunksize = poolChunksize(len(items), p.processes)
	}
	values := make([]R, len(items))
	var (
		mu             sync.Mutex
		chunksLeft     = (len(items) + chunksize - 1) / chunksize
		firstException *Exc
	)
	chunkEnded := func(exc *Exc) {
		mu.Lock()
		defer mu.Unlock()
		if exc != nil && firstException == nil {
			firstException = exc
		}
		chunksLeft--
		if chunksLeft > 0 {
			return
		}
		if firstException != nil {
			result.set(nil, firstException)
		} else {
			result.set(values, nil)
		}
	}
	var tasks []func()
	for start := 0; start < len(items); start += chunksize {
		end := min(start+chunksize, len(items))
		tasks = append(tasks, func() {
			for i := start; i < end; i++ {
				value, exc := poolCall(func() R { return fn(items[i]) })
				if exc != nil {
					chunkEnded(exc)
					return
				}
				values[i] = value
			}
			chunkEnded(nil)
		})
	}
	p.submit(tasks...)
	return result
}

// poolChunksize is Pool._map_async's default: divmod(n, 4 * processes),
// rounded up.
func poolChunksize(n, processes int) int {
	chunksize, extra := n/(processes*4), n%(processes*4)
	if extra != 0 {
		chunksize++
	}
	return chunksize
}

// PoolMap is pool.map(fn, items): MapAsync with the default chunksize, then
// the results in input order, or the task's exception raised again here.
func PoolMap[T, R any](p *Pool, fn func(T) R, items []T) []R {
	return MapAsync(p, fn, items, 0).Get(-1)
}

// PoolStarMap is pool.starmap(fn, items): the same as PoolMap, with T a
// tuple type whose fields fn takes as its arguments.
func PoolStarMap[T, R any](p *Pool, fn func(T) R, items []T) []R {
	return PoolMap(p, fn, items)
}

// PoolImap is pool.imap(fn, items) with its default chunksize of 1: every
// item is submitted at once, and the sequence yields results in input order
// as they become ready, raising a task's exception when iteration reaches its
// item. Like a Python iterator, it is meant to be ranged over once.
func PoolImap[T, R any](p *Pool, fn func(T) R, items []T) iter.Seq[R] {
	results := make([]*AsyncResult[R], len(items))
	tasks := make([]func(), len(items))
	for i, item := range items {
		result := newAsyncResult[R]("ApplyResult")
		results[i] = result
		tasks[i] = func() { result.set(poolCall(func() R { return fn(item) })) }
	}
	p.submit(tasks...)
	return func(yield func(R) bool) {
		for _, result := range results {
			if !yield(result.Get(-1)) {
				return
			}
		}
	}
}

// PoolImapUnordered is pool.imap_unordered(fn, items) with its default
// chunksize of 1: as PoolImap, but results come in the order the tasks end.
// It is meant to be ranged over once; stopping early leaves no goroutine
// waiting.
func PoolImapUnordered[T, R any](p *Pool, fn func(T) R, items []T) iter.Seq[R] {
	type outcome struct {
		value R
		exc   *Exc
	}
	ended := make(chan outcome, len(items)) // never blocks a worker
	tasks := make([]func(), len(items))
	for i, item := range items {
		tasks[i] = func() {
			value, exc := poolCall(func() R { return fn(item) })
			ended <- outcome{value, exc}
		}
	}
	p.submit(tasks...)
	return func(yield func(R) bool) {
		for range items {
			o := <-ended
			if o.exc != nil {
				panic(o.exc)
			}
			if !yield(o.value) {
				return
			}
		}
	}
}
