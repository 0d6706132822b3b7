package runtime

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
)

// Program start and exit.
//
// Kept from CPython 3.11: when the main program ends, normally or by an
// uncaught exception, the interpreter waits for every non-daemon thread
// (threading._shutdown) after running the threading atexit hooks that
// concurrent.futures registers, and abandons daemon threads; an uncaught
// exception is reported as "Traceback (most recent call last):" and its
// exception line before that wait, and makes the exit status 1;
// SystemExit (sys.exit) sets the status: an int as is, None as 0, anything
// else printed to stderr with status 1.
//
// Dropped: Python stack frames in the report (see WriteTraceback); the
// KeyboardInterrupt exit by signal; the atexit module's own hooks.

// Main runs body as the main program of a translated script and then exits
// as CPython does. It returns normally when the exit status is 0 so that the
// caller's deferred calls run; otherwise it calls os.Exit.
//
//	func main() { pyrt.Main(run) }
func Main(body func()) {
	if code := runMain(body); code != 0 {
		os.Exit(code)
	}
}

// Exit raises SystemExit(code), as sys.exit(code) does: it unwinds the
// calling thread, runs its finally blocks, and in the main program ends it
// with that status. In another thread it only ends that thread, silently.
// code is an int, a message (a string, printed on stderr with status 1),
// or nil for sys.exit() without an argument, whose code is None.
func Exit(code any) {
	if code == nil {
		panic(NewExc(SystemExit))
	}
	panic(NewExc(SystemExit, code))
}

// runMain is Main without os.Exit: it makes the calling goroutine the main
// thread, runs body, reports an uncaught exception, runs the
// shutdown and returns the exit status.
func runMain(body func()) int {
	id := goid()
	main := MainThread()
	if main.Ident() != publicIdent(id) || !main.IsAlive() {
		// Main called from another goroutine than package initialisation
		// (or again, in tests): that goroutine becomes the main thread.
		main = newMainThread()
		bindMainThread(main, id)
	}
	code := runMainBody(body)
	main.mu.Lock()
	main.state = threadStopped
	main.mu.Unlock()
	close(main.done)
	runThreadingAtexit()
	WaitNonDaemon()
	// multiprocessing's exit handler runs after threading's shutdown.
	JoinProcessesAtExit()
	return code
}

// runMainBody runs body and turns an escaping exception into an exit status.
func runMainBody(body func()) (code int) {
	defer func() {
		if r := recover(); r != nil {
			code = exitStatus(AsExc(r))
		}
	}()
	body()
	return 0
}

// exitStatus reports an uncaught exception of the main program the way
// CPython does and returns the process exit status.
func exitStatus(exc *Exc) int {
	if !exc.IsInstance(SystemExit) {
		writeReport(tracebackText(exc))
		return 1
	}
	if len(exc.Args) == 0 || exc.Args[0] == nil {
		return 0
	}
	switch v := exc.Args[0].(type) {
	case int:
		return v
	case int64:
		return int(v)
	case int32:
		return int(v)
	case bool:
		if v {
			return 1
		}
		return 0
	}
	writeReport(Str(exc.Args[0]) + "\n")
	return 1
}

// WaitNonDaemon waits until every non-daemon thread other than the caller
// has ended, including threads started while it waits: the wait CPython
// performs at interpreter exit.
func WaitNonDaemon() {
	self := goid()
	for {
		var pending []*Thread
		for _, t := range Enumerate() {
			t.mu.Lock()
			wait := !t.daemon && t.ident != self && t.kind != mainThread
			t.mu.Unlock()
			if wait {
				pending = append(pending, t)
			}
		}
		if len(pending) == 0 {
			return
		}
		for _, t := range pending {
			<-t.done
		}
	}
}

// Threading atexit hooks: functions run when the main program ends, before
// the wait for non-daemon threads (threading._register_atexit). The thread
// pool executor uses them to let its idle workers exit.
var atexit = struct {
	mu    sync.Mutex
	next  int
	hooks map[int]func()
}{hooks: map[int]func(){}}

// registerThreadingAtexit adds fn and returns a function that removes it.
func registerThreadingAtexit(fn func()) (unregister func()) {
	atexit.mu.Lock()
	defer atexit.mu.Unlock()
	atexit.next++
	id := atexit.next
	atexit.hooks[id] = fn
	return func() {
		atexit.mu.Lock()
		defer atexit.mu.Unlock()
		delete(atexit.hooks, id)
	}
}

// runThreadingAtexit runs and forgets the hooks, latest first.
func runThreadingAtexit() {
	atexit.mu.Lock()
	ids := make([]int, 0, len(atexit.hooks))
	for id := range atexit.hooks {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	hooks := make([]func(), len(ids))
	for i, id := range ids {
		hooks[len(ids)-1-i] = atexit.hooks[id]
		delete(atexit.hooks, id)
	}
	atexit.mu.Unlock()
	for _, fn := range hooks {
		fn()
	}
}

// tracebackText returns WriteTraceback's report of exc.
func tracebackText(exc *Exc) string {
	var sb strings.Builder
	WriteTraceback(&sb, exc)
	return sb.String()
}

// reportOutput is where exception reports go: os.Stderr, swapped by tests.
var reportOutput = struct {
	sync.Mutex
	w io.Writer
}{w: os.Stderr}

// writeReport writes one whole report with a single Write so that reports
// from concurrent threads do not interleave.
func writeReport(text string) {
	reportOutput.Lock()
	defer reportOutput.Unlock()
	if _, err := io.WriteString(reportOutput.w, text); err != nil {
		fmt.Fprintln(os.Stderr, "pyrt: writing report:", err)
	}
}
