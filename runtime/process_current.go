package runtime

import (
	"bytes"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

// The identity of translated "processes", which run as goroutines: the
// process counter that numbers them as CPython does, their fake pids, and
// multiprocessing.current_process() for the code they run.
//
// Go has no goroutine-local storage and translated functions take no
// context argument, so current_process() is answered from a table keyed by
// the id of the calling goroutine, read from the first line of
// runtime.Stack. That costs about a microsecond per call, paid only by
// programs that call current_process() and once per process or pool worker
// start. Its limit: only the goroutine that runs a Process target or a pool
// worker is known; a goroutine that code started from there (a thread inside
// the child process) reports MainProcess.

// procCounter is CPython's multiprocessing.process._process_counter: every
// Process made (started or not, named or not) and every pool worker takes
// the next number, which gives the default names Process-N and
// ForkPoolWorker-N.
var procCounter atomic.Int64

// procMainPid is the pid reported for the main process; process number N
// reports procMainPid+N, a fake but stable positive pid.
var procMainPid = os.Getpid()

type procIdentity struct {
	name string
	pid  int
}

var procByGoroutine sync.Map // goroutine id (uint64) → *procIdentity

func procNextNumber() int { return int(procCounter.Add(1)) }

// procEnter records that the calling goroutine runs as process id until the
// returned function is called.
func procEnter(id *procIdentity) (leave func()) {
	gid := procGoroutineID()
	procByGoroutine.Store(gid, id)
	return func() { procByGoroutine.Delete(gid) }
}

func procCurrent() *procIdentity {
	if id, ok := procByGoroutine.Load(procGoroutineID()); ok {
		return id.(*procIdentity)
	}
	return &procIdentity{name: "MainProcess", pid: procMainPid}
}

// CurrentProcessName is multiprocessing.current_process().name: the name of
// the Process or pool worker (ForkPoolWorker-N) whose goroutine calls it,
// and "MainProcess" elsewhere (see the limit above).
func CurrentProcessName() string { return procCurrent().name }

// CurrentProcessPid is os.getpid() (or current_process().pid) as seen by
// translated multiprocessing code: the fake pid of the calling Process or
// pool worker, the real pid in the main process.
func CurrentProcessPid() int { return procCurrent().pid }

// procGoroutineID parses "goroutine 123 [running]:", the first line of the
// calling goroutine's trace.
func procGoroutineID() uint64 {
	var buf [64]byte
	line := buf[:runtime.Stack(buf[:], false)]
	line = bytes.TrimPrefix(line, []byte("goroutine "))
	if end := bytes.IndexByte(line, ' '); end >= 0 {
		line = line[:end]
	}
	id, err := strconv.ParseUint(string(line), 10, 64)
	if err != nil {
		panic("runtime: cannot read goroutine id from " + strconv.Quote(string(buf[:])))
	}
	return id
}
