package runtime

import (
	"bytes"
	"fmt"
	"strconv"
	"testing"
)

// procCaptureStderr sends process reports to a buffer for the rest of the
// test. Read it only after joining the processes that write to it.
func procCaptureStderr(t *testing.T) *bytes.Buffer {
	var buf bytes.Buffer
	saved := procStderr
	procStderr = &buf
	t.Cleanup(func() { procStderr = saved })
	return &buf
}

// CPython 3.11: every Process() takes the next counter value, even one given
// a name, so Process(), Process(name="custom"), Process() are named
// Process-N, custom, Process-N+2.
func TestProcessDefaultNamesFollowTheCounter(t *testing.T) {
	base := int(procCounter.Load())
	names := []string{
		NewProcess(func() {}, "").Name(),
		NewProcess(func() {}, "custom").Name(),
		NewProcess(func() {}, "").Name(),
	}
	want := []string{"Process-" + strconv.Itoa(base+1), "custom", "Process-" + strconv.Itoa(base+3)}
	if fmt.Sprint(names) != fmt.Sprint(want) {
		t.Fatalf("names %v, want %v", names, want)
	}
}

// CPython 3.11 prints for an unstarted Process: name, pid None, exitcode
// None, is_alive() False, daemon False.
func TestProcessLifecycle(t *testing.T) {
	queueNoLeak(t)
	release := make(chan struct{})
	type seen struct {
		name string
		pid  int
	}
	inside := make(chan seen, 1)
	p := NewProcess(func() {
		inside <- seen{CurrentProcessName(), CurrentProcessPid()}
		<-release
	}, "")
	if _, ok := p.ExitCode(); ok || p.IsAlive() || p.Pid() != 0 || p.Daemon() {
		t.Fatal("unstarted process looks started")
	}
	p.Start()
	got := <-inside
	if !p.IsAlive() {
		t.Fatal("running process is not alive")
	}
	if _, ok := p.ExitCode(); ok {
		t.Fatal("running process has an exit code")
	}
	if got.name != p.Name() || got.pid != p.Pid() || got.pid <= 0 || got.pid == CurrentProcessPid() {
		t.Fatalf("inside: %+v; process %s pid %d; main pid %d", got, p.Name(), p.Pid(), CurrentProcessPid())
	}
	close(release)
	p.Join(-1)
	if code, ok := p.ExitCode(); !ok || code != 0 || p.IsAlive() {
		t.Fatalf("ended process: exitcode %d, %v; alive %v", code, ok, p.IsAlive())
	}
	if CurrentProcessName() != "MainProcess" {
		t.Fatalf("main goroutine is %q", CurrentProcessName())
	}
}

// Messages checked with CPython 3.11.
func TestProcessMisuseRaisesAssertionError(t *testing.T) {
	queueNoLeak(t)
	p := NewProcess(func() {}, "")
	queueWantExc(t, AssertionError, "AssertionError: can only join a started process", func() { p.Join(-1) })
	p.SetDaemon(true)
	p.Start()
	queueWantExc(t, AssertionError, "AssertionError: cannot start a process twice", p.Start)
	queueWantExc(t, AssertionError, "AssertionError: process has already started", func() { p.SetDaemon(false) })
	p.Join(-1)
	if !p.Daemon() {
		t.Fatal("daemon flag lost")
	}
}

// CPython 3.11 writes, for a target raising ValueError("bad thing"):
//
//	Process Process-1:
//	Traceback (most recent call last):
//	  ...frames...
//	ValueError: bad thing
//
// and the exit code is 1. Frames are not reproduced (see WriteTraceback).
func TestProcessExceptionIsReported(t *testing.T) {
	queueNoLeak(t)
	stderr := procCaptureStderr(t)
	p := NewProcess(func() { Raise(ValueError, "bad thing") }, "")
	p.Start()
	p.Join(-1)
	want := "Process " + p.Name() + ":\nTraceback (most recent call last):\nValueError: bad thing\n"
	if stderr.String() != want {
		t.Fatalf("stderr %q, want %q", stderr.String(), want)
	}
	if code, _ := p.ExitCode(); code != 1 {
		t.Fatalf("exitcode %d, want 1", code)
	}
}

// CPython 3.11 exit codes of a child ending in sys.exit(code): 3 → 3,
// 256 → 0, -1 → 255, True → 1, None or no argument → 0, "goodbye" → 1
// with "goodbye" on stderr and no traceback.
func TestProcessSystemExitCodes(t *testing.T) {
	queueNoLeak(t)
	cases := []struct {
		args   []any
		code   int
		stderr string
	}{
		{[]any{3}, 3, ""},
		{[]any{256}, 0, ""},
		{[]any{-1}, 255, ""},
		{[]any{int64(4)}, 4, ""},
		{[]any{true}, 1, ""},
		{[]any{nil}, 0, ""},
		{nil, 0, ""},
		{[]any{"goodbye"}, 1, "goodbye\n"},
	}
	for _, c := range cases {
		stderr := procCaptureStderr(t)
		p := NewProcess(func() { Raise(SystemExit, c.args...) }, "")
		p.Start()
		p.Join(-1)
		if code, _ := p.ExitCode(); code != c.code || stderr.String() != c.stderr {
			t.Errorf("sys.exit%v: exitcode %d stderr %q, want %d %q", c.args, code, stderr.String(), c.code, c.stderr)
		}
	}
}

func TestProcessJoinTimeoutReturnsWhileRunning(t *testing.T) {
	queueNoLeak(t)
	release := make(chan struct{})
	p := NewProcess(func() { <-release }, "")
	p.Start()
	p.Join(0.02)
	if !p.IsAlive() {
		t.Fatal("process ended before release")
	}
	close(release)
	p.Join(5)
	if p.IsAlive() {
		t.Fatal("process still alive after join")
	}
}

// multiprocessing's exit handler waits for non-daemon children only.
func TestJoinProcessesAtExitSkipsDaemons(t *testing.T) {
	queueNoLeak(t)
	releaseWorker, releaseDaemon := make(chan struct{}), make(chan struct{})
	worker := NewProcess(func() { <-releaseWorker }, "")
	daemon := NewProcess(func() { <-releaseDaemon }, "")
	daemon.SetDaemon(true)
	worker.Start()
	daemon.Start()
	active := ActiveChildren()
	if len(active) != 2 || active[0] != worker || active[1] != daemon {
		t.Fatalf("active children %v", active)
	}
	exited := make(chan struct{})
	go func() {
		JoinProcessesAtExit()
		close(exited)
	}()
	queueNotYet(t, exited, "exit with a non-daemon child running")
	close(releaseWorker)
	<-exited
	if worker.IsAlive() || !daemon.IsAlive() {
		t.Fatalf("after exit join: worker alive %v, daemon alive %v", worker.IsAlive(), daemon.IsAlive())
	}
	close(releaseDaemon)
	daemon.Join(-1)
	if n := len(ActiveChildren()); n != 0 {
		t.Fatalf("%d active children after all ended", n)
	}
}

func ExampleProcess() {
	p := NewProcess(func() {
		fmt.Println("hello from", CurrentProcessName())
	}, "worker")
	p.Start()
	p.Join(-1)
	code, _ := p.ExitCode()
	fmt.Println(p.Name(), "exit code", code)
	// Output:
	// hello from worker
	// worker exit code 0
}
