package runtime

import (
	"runtime"
	"strconv"
	"sync"
)

// Pool is multiprocessing.Pool run on goroutines: a fixed set of worker
// goroutines, one per "process", take tasks from an unbounded FIFO list, so
// at most Processes() tasks run at once. Submitting (ApplyAsync, MapAsync,
// PoolMap, PoolStarMap, PoolImap, PoolImapUnordered) never blocks.
//
// Kept from CPython 3.11: workers are made at once and take numbers from the
// process counter, named ForkPoolWorker-N (CurrentProcessName inside a task
// reports it); map's chunking (chunksize = ceil(len / (4 * processes)), a
// chunk runs on one worker in order and stops at its first exception, whose
// items then have no result); results in input order; an exception in a task
// raised again in the caller; "Pool not running" after Close or Terminate;
// "Pool is still running" from Join before them.
//
// Dropped: NewPool(n) with n <= 0 uses runtime.NumCPU() where CPython's
// Pool(None) does but Pool(0) and Pool(-1) raise ValueError, so the
// translator passes 0 only for None. Terminate cannot stop a task already
// running: it drops the tasks not yet started, and Join then waits for the
// running ones to end (CPython kills the workers at once). Results of
// dropped tasks never become ready, as in CPython. maxtasksperchild,
// initializer, callbacks and the RemoteTraceback chained to a re-raised
// exception are not reproduced; a task's sys.exit is treated as any
// exception (CPython loses the worker and the result never arrives).
type Pool struct {
	processes int
	workers   sync.WaitGroup

	mu      sync.Mutex
	wake    *sync.Cond // a task was added or the state changed
	pending []func()   // submitted, not yet taken by a worker, FIFO
	state   poolState
}

type poolState int

const (
	poolRunning poolState = iota
	poolClosed
	poolTerminated
)

// NewPool is multiprocessing.Pool(processes); processes <= 0 means
// runtime.NumCPU(), as Pool() uses os.cpu_count().
func NewPool(processes int) *Pool {
	if processes <= 0 {
		processes = runtime.NumCPU()
	}
	p := &Pool{processes: processes}
	p.wake = sync.NewCond(&p.mu)
	for range processes {
		number := procNextNumber()
		identity := &procIdentity{name: "ForkPoolWorker-" + strconv.Itoa(number), pid: procMainPid + number}
		p.workers.Go(func() { p.work(identity) })
	}
	return p
}

// Processes is the number of worker goroutines.
func (p *Pool) Processes() int { return p.processes }

func (p *Pool) work(identity *procIdentity) {
	leave := procEnter(identity)
	defer leave()
	for {
		task, ok := p.next()
		if !ok {
			return
		}
		task()
	}
}

// next waits for a task; it reports false when the worker should end: the
// pool is terminated, or closed with nothing left to do.
func (p *Pool) next() (func(), bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(p.pending) == 0 && p.state == poolRunning {
		p.wake.Wait()
	}
	if p.state == poolTerminated || len(p.pending) == 0 {
		return nil, false
	}
	task := p.pending[0]
	p.pending[0] = nil
	p.pending = p.pending[1:]
	return task, true
}

// submit queues tasks, or raises ValueError("Pool not running") as CPython
// does once the pool is closed or terminated.
func (p *Pool) submit(tasks ...func()) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.state != poolRunning {
		panic(NewExc(ValueError, "Pool not running"))
	}
	p.pending = append(p.pending, tasks...)
	p.wake.Broadcast()
}

// Close is pool.close(): no more tasks are accepted; those queued still run,
// and the workers end when none are left.
func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.state == poolRunning {
		p.state = poolClosed
		p.wake.Broadcast()
	}
}

// Terminate is pool.terminate() (also what leaving `with Pool() as p:`
// does): queued tasks are dropped and the workers end after their current
// task, which Go cannot interrupt.
func (p *Pool) Terminate() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.state = poolTerminated
	clear(p.pending)
	p.pending = nil
	p.wake.Broadcast()
}

// Join is pool.join(): it waits for the workers to end, and raises
// ValueError("Pool is still running") before Close or Terminate.
func (p *Pool) Join() {
	p.mu.Lock()
	running := p.state == poolRunning
	p.mu.Unlock()
	if running {
		panic(NewExc(ValueError, "Pool is still running"))
	}
	p.workers.Wait()
}

// poolCall runs fn, turning a panic into the Python exception it stands for.
func poolCall[R any](fn func() R) (value R, exc *Exc) {
	defer func() {
		if r := recover(); r != nil {
			exc = AsExc(r)
		}
	}()
	return fn(), nil
}
