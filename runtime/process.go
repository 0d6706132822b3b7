package runtime

import (
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
)

// Process is multiprocessing.Process run as a goroutine. The translator only
// accepts programs whose meaning does not depend on process isolation (a
// target that changes module globals starts with copies of them, and other
// programs relying on separate memory are refused), so a goroutine gives
// the same output.
//
// Kept from CPython 3.11: default names Process-N from the shared process
// counter (which pool workers also advance), start/join/is_alive and their
// AssertionErrors, the daemon flag's rules, exitcode (0 after a normal end,
// 1 after an exception, sys.exit's code masked to 0..255 as the OS does, 1
// with its message on stderr for a non-integer code), and the report
// "Process NAME:" plus the traceback on stderr when the target raises.
//
// Dropped: pids are fake (the parent's pid plus the process number, stable
// for the process's life; 0 before start where Python has None);
// terminate/kill cannot stop a goroutine and are not offered; a child does
// not wait for the threads it started before it counts as ended; processes
// made inside a child are numbered from the shared counter (Process-5, not
// CPython's Process-1:1); a daemon child may start children.
type Process struct {
	target func()
	number int // position in the process counter
	done   chan struct{}

	mu       sync.Mutex
	name     string
	daemon   bool
	started  bool
	exitCode int // valid once done is closed
}

// procStderr receives the reports of failed process targets; tests replace it.
var procStderr io.Writer = os.Stderr

// NewProcess is multiprocessing.Process(target=..., name=...): the
// translator closes over args and kwargs in target. An empty name gives
// CPython's default, Process-N.
func NewProcess(target func(), name string) *Process {
	p := &Process{target: target, number: procNextNumber(), done: make(chan struct{})}
	p.name = name
	if name == "" {
		p.name = "Process-" + strconv.Itoa(p.number)
	}
	return p
}

// Name is p.name.
func (p *Process) Name() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.name
}

// SetName is p.name = name. As in CPython it may be set at any time, but a
// running target's current_process().name keeps the name it started with.
func (p *Process) SetName(name string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.name = name
}

// Daemon is p.daemon.
func (p *Process) Daemon() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.daemon
}

// SetDaemon is p.daemon = daemon; after Start it raises AssertionError as
// CPython does. A daemon process is not waited for by JoinProcessesAtExit.
func (p *Process) SetDaemon(daemon bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.started {
		panic(NewExc(AssertionError, "process has already started"))
	}
	p.daemon = daemon
}

// Pid is p.pid: 0 before Start (Python's None), then a fake but stable
// positive number that CurrentProcessPid also reports inside the target.
func (p *Process) Pid() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.started {
		return 0
	}
	return p.pid()
}

func (p *Process) pid() int { return procMainPid + p.number }

// Start is p.start(): the target begins running in its own goroutine.
func (p *Process) Start() {
	p.mu.Lock()
	if p.started {
		p.mu.Unlock()
		panic(NewExc(AssertionError, "cannot start a process twice"))
	}
	p.started = true
	identity := &procIdentity{name: p.name, pid: p.pid()}
	p.mu.Unlock()
	procTrackActive(p)
	go p.run(identity)
}

func (p *Process) run(identity *procIdentity) {
	leave := procEnter(identity)
	code := procRunTarget(identity.name, p.target)
	leave()
	p.mu.Lock()
	p.exitCode = code
	p.mu.Unlock()
	procUntrackActive(p)
	close(p.done)
}

// procRunTarget runs target as CPython's BaseProcess._bootstrap does and
// returns the exit code: SystemExit's code, or 1 after an exception, which
// is reported on stderr under "Process NAME:".
func procRunTarget(name string, target func()) (exitCode int) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		exc := AsExc(r)
		if exc.IsInstance(SystemExit) {
			exitCode = procSystemExitCode(exc)
			return
		}
		var report strings.Builder
		report.WriteString("Process " + name + ":\n")
		WriteTraceback(&report, exc)
		io.WriteString(procStderr, report.String())
		exitCode = 1
	}()
	target()
	return 0
}

// procSystemExitCode is the exit code of a child ended by sys.exit(code):
// None is 0, an integer is kept to its low 8 bits as the OS does, and
// anything else is written to stderr and gives 1.
func procSystemExitCode(exc *Exc) int {
	if len(exc.Args) == 0 || exc.Args[0] == nil {
		return 0
	}
	switch code := exc.Args[0].(type) {
	case int:
		return code & 0xff
	case int64:
		return int(code & 0xff)
	case bool:
		if code {
			return 1
		}
		return 0
	}
	io.WriteString(procStderr, Str(exc.Args[0])+"\n")
	return 1
}

// Join is p.join(timeout): it waits for the target to end, or for timeout
// seconds (negative waits forever). Joining a process never started raises
// AssertionError, as in CPython.
func (p *Process) Join(timeout float64) {
	p.mu.Lock()
	started := p.started
	p.mu.Unlock()
	if !started {
		panic(NewExc(AssertionError, "can only join a started process"))
	}
	deadline, stop := queueDeadline(timeout)
	defer stop()
	select {
	case <-p.done:
	case <-deadline:
	}
}

// IsAlive is p.is_alive(): started and not yet ended.
func (p *Process) IsAlive() bool {
	p.mu.Lock()
	started := p.started
	p.mu.Unlock()
	if !started {
		return false
	}
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

// ExitCode is p.exitcode; ok is false while Python's would be None (not
// started or still running).
func (p *Process) ExitCode() (code int, ok bool) {
	select {
	case <-p.done:
	default:
		return 0, false
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.exitCode, true
}

// The started processes that have not ended, in start order, for
// ActiveChildren and JoinProcessesAtExit.
var (
	procActiveMu sync.Mutex
	procActive   []*Process
)

func procTrackActive(p *Process) {
	procActiveMu.Lock()
	defer procActiveMu.Unlock()
	procActive = append(procActive, p)
}

func procUntrackActive(p *Process) {
	procActiveMu.Lock()
	defer procActiveMu.Unlock()
	for i, q := range procActive {
		if q == p {
			procActive = append(procActive[:i], procActive[i+1:]...)
			return
		}
	}
}

// ActiveChildren is multiprocessing.active_children(): the processes started
// and not yet ended, in start order (CPython's order is arbitrary). Pool
// workers are not included.
func ActiveChildren() []*Process {
	procActiveMu.Lock()
	defer procActiveMu.Unlock()
	return append([]*Process(nil), procActive...)
}

// JoinProcessesAtExit does what multiprocessing's exit handler does before
// the interpreter ends: it waits for every non-daemon process still running.
// Emitted main functions call it last. Daemon processes end with the program,
// as CPython terminates them.
func JoinProcessesAtExit() {
	// Repeat until a pass finds nothing to wait for: a child may have started
	// another process while we waited.
	for waited := true; waited; {
		waited = false
		for _, p := range ActiveChildren() {
			if !p.Daemon() {
				p.Join(-1)
				waited = true
			}
		}
	}
}
