package runtime

import (
	"fmt"
	"slices"
	"strconv"
	"testing"
	"time"
)

// Default names follow CPython 3.11: one counter for every default-named
// thread, " (target)" appended when a target is given, explicit names
// consuming no number (checked against python3.11's threading module).
func TestThreadDefaultNames(t *testing.T) {
	first := NewThread(func() {}, "work", "", false)
	n := threadNumber(t, first.Name())
	want := []string{
		fmt.Sprintf("Thread-%d (work)", n),
		fmt.Sprintf("Thread-%d (<lambda>)", n+1),
		"explicit",
		fmt.Sprintf("Thread-%d", n+2),
	}
	got := []string{
		first.Name(),
		NewThread(func() {}, "<lambda>", "", false).Name(),
		NewThread(func() {}, "work", "explicit", false).Name(),
		NewThread(nil, "", "", false).Name(),
	}
	if !slices.Equal(got, want) {
		t.Fatalf("names %q, want %q", got, want)
	}
}

func TestThreadLifecycle(t *testing.T) {
	noLeak(t)
	release := make(chan struct{})
	var seenInside *Thread
	var identInside int
	th := NewThread(func() {
		seenInside = CurrentThread()
		identInside = GetIdent()
		<-release
	}, "work", "worker", true)
	if th.IsAlive() || th.Ident() != 0 {
		t.Fatalf("unstarted thread: alive %v ident %d", th.IsAlive(), th.Ident())
	}
	if got := th.String(); got != "<Thread(worker, initial daemon)>" {
		t.Fatalf("repr before start %q", got)
	}
	th.Start()
	if !th.IsAlive() || th.Ident() == 0 {
		t.Fatalf("started thread: alive %v ident %d", th.IsAlive(), th.Ident())
	}
	if !slices.Contains(Enumerate(), th) {
		t.Fatal("started thread missing from Enumerate")
	}
	if got, want := th.String(), "<Thread(worker, started daemon "+strconv.Itoa(th.Ident())+")>"; got != want {
		t.Fatalf("repr %q, want %q", got, want)
	}
	close(release)
	th.Join(-1)
	if th.IsAlive() || slices.Contains(Enumerate(), th) {
		t.Fatal("joined thread still alive or listed")
	}
	if seenInside != th || identInside != th.Ident() || th.NativeID() != th.Ident() || GetNativeID() != GetIdent() {
		t.Fatalf("inside the thread: current %v ident %d; thread ident %d", seenInside, identInside, th.Ident())
	}
	if got, want := th.String(), "<Thread(worker, stopped daemon "+strconv.Itoa(th.Ident())+")>"; got != want {
		t.Fatalf("repr after join %q, want %q", got, want)
	}
}

// Error messages are CPython 3.11's.
func TestThreadMisuse(t *testing.T) {
	noLeak(t)
	raises(t, RuntimeError, "cannot join thread before it is started", func() {
		NewThread(nil, "", "", false).Join(-1)
	})
	th := NewThread(nil, "", "", false)
	th.Start()
	th.Join(-1)
	raises(t, RuntimeError, "threads can only be started once", th.Start)
	raises(t, RuntimeError, "cannot set daemon status of active thread", func() { th.SetDaemon(true) })

	var selfJoin *Exc
	var self *Thread
	self = NewThread(func() { selfJoin = catch(func() { self.Join(-1) }) }, "", "", false)
	self.Start()
	self.Join(-1)
	if selfJoin == nil || selfJoin.Line() != "RuntimeError: cannot join current thread" {
		t.Fatalf("joining the current thread raised %v", selfJoin)
	}
}

func TestThreadJoinTimeout(t *testing.T) {
	noLeak(t)
	release := make(chan struct{})
	th := NewThread(func() { <-release }, "", "", true)
	th.Start()
	start := time.Now()
	th.Join(0.05)
	if elapsed := time.Since(start); elapsed < 40*time.Millisecond {
		t.Fatalf("Join(0.05) returned after %v", elapsed)
	}
	if !th.IsAlive() {
		t.Fatal("thread ended although it was blocked")
	}
	close(release)
	th.Join(5)
	if th.IsAlive() {
		t.Fatal("thread still alive after release and join")
	}
}

func TestThreadIdentsDistinctAndEnumerateOrder(t *testing.T) {
	noLeak(t)
	release := make(chan struct{})
	var threads []*Thread
	for range 4 {
		th := NewThread(func() { <-release }, "", "", true)
		th.Start()
		threads = append(threads, th)
	}
	var listed []*Thread
	for _, th := range Enumerate() {
		if slices.Contains(threads, th) {
			listed = append(listed, th)
		}
	}
	if !slices.Equal(listed, threads) {
		t.Fatalf("Enumerate order %v, want start order %v", listed, threads)
	}
	if Enumerate()[0] != MainThread() {
		t.Fatal("Enumerate does not list the main thread first")
	}
	seen := map[int]bool{}
	for _, th := range threads {
		if seen[th.Ident()] {
			t.Fatalf("ident %d used twice", th.Ident())
		}
		seen[th.Ident()] = true
	}
	before := ActiveCount()
	close(release)
	for _, th := range threads {
		th.Join(-1)
	}
	if after := ActiveCount(); after != before-len(threads) {
		t.Fatalf("ActiveCount %d after joining %d of %d threads", after, len(threads), before)
	}
}

// The report format is CPython 3.11's, with the frame lines dropped as the
// test-program rules drop them.
func TestThreadExceptionReport(t *testing.T) {
	noLeak(t)
	out := captureReports(t)
	boom := NewThread(func() { Raise(ValueError, "bad") }, "boom", "", false)
	boom.Start()
	boom.Join(-1)
	quiet := NewThread(func() { Exit(3) }, "", "", false)
	quiet.Start()
	quiet.Join(-1)
	want := "Exception in thread " + boom.Name() + ":\nTraceback (most recent call last):\nValueError: bad\n"
	if got := out.String(); got != want {
		t.Fatalf("report %q, want %q", got, want)
	}
}

func TestThreadGoPanicBecomesException(t *testing.T) {
	noLeak(t)
	out := captureReports(t)
	th := NewThread(func() {
		var s []int
		_ = s[3]
	}, "", "indexer", false)
	th.Start()
	th.Join(-1)
	want := "Exception in thread indexer:\nTraceback (most recent call last):\nIndexError: list index out of range\n"
	if got := out.String(); got != want {
		t.Fatalf("report %q, want %q", got, want)
	}
}

func TestSetExceptHook(t *testing.T) {
	noLeak(t)
	out := captureReports(t)
	var got []ExceptHookArgs
	SetExceptHook(func(a ExceptHookArgs) { got = append(got, a) })
	th := NewThread(func() { Raise(KeyError, "k") }, "", "", false)
	th.Start()
	th.Join(-1)
	sys := NewThread(func() { Exit(0) }, "", "", false)
	sys.Start()
	sys.Join(-1)
	SetExceptHook(func(ExceptHookArgs) { Raise(TypeError, "hook failed") })
	bad := NewThread(func() { Raise(ValueError) }, "", "", false)
	bad.Start()
	bad.Join(-1)
	SetExceptHook(nil)

	if len(got) != 2 || got[0].Thread != th || got[0].ExcType != KeyError || got[1].ExcType != SystemExit {
		t.Fatalf("hook calls %+v", got)
	}
	if want := "Exception in threading.excepthook:\nTraceback (most recent call last):\nTypeError: hook failed\n"; out.String() != want {
		t.Fatalf("report %q, want %q", out.String(), want)
	}
}

func TestThreadSubclassRun(t *testing.T) {
	noLeak(t)
	type counter struct {
		*Thread
		n int
	}
	c := &counter{Thread: NewThread(nil, "", "", true)}
	c.SetRun(func() { c.n = 42 })
	c.SetClassName("Counter")
	if want := "<Counter(" + c.Name() + ", initial daemon)>"; c.String() != want {
		t.Fatalf("subclass repr %q, want %q", c.String(), want)
	}
	c.Start()
	c.Join(-1)
	if c.n != 42 {
		t.Fatalf("overridden run not executed: n=%d", c.n)
	}
	c.Run() // calling run() directly runs it in the caller
	if c.n != 42 {
		t.Fatal("direct Run changed nothing it should not")
	}
}

func TestDaemonInheritance(t *testing.T) {
	noLeak(t)
	var inner *Thread
	outer := NewThread(func() {
		inner = NewThread(nil, "", "", false)
	}, "", "", true)
	outer.Start()
	outer.Join(-1)
	if !inner.Daemon() {
		t.Fatal("thread created by a daemon thread is not a daemon")
	}
	withMain(t, func() {
		if NewThread(nil, "", "", false).Daemon() {
			t.Error("thread created by the main thread is a daemon")
		}
	})
	th := NewThread(nil, "", "", true)
	th.SetDaemon(false)
	if th.Daemon() {
		t.Fatal("SetDaemon(false) ignored")
	}
}

func TestDummyThread(t *testing.T) {
	noLeak(t)
	done := make(chan *Thread)
	go func() {
		first := CurrentThread()
		if CurrentThread() != first {
			t.Error("a goroutine got two dummy threads")
		}
		done <- first
	}()
	dummy := <-done
	name := dummy.Name()
	if len(name) < len("Dummy-1") || name[:6] != "Dummy-" || !dummy.Daemon() || !dummy.IsAlive() {
		t.Fatalf("dummy thread %v", dummy)
	}
	raises(t, AssertionError, "cannot join a dummy thread", func() { dummy.Join(0) }) // as CPython 3.11
}

func TestThreadSetName(t *testing.T) {
	th := NewThread(nil, "", "", false)
	th.SetName("renamed")
	if th.Name() != "renamed" {
		t.Fatalf("name %q", th.Name())
	}
}

func ExampleThread() {
	th := NewThread(func() { fmt.Println("hello from", CurrentThread().Name()) }, "greet", "greeter", false)
	th.Start()
	th.Join(-1)
	fmt.Println("alive:", th.IsAlive())
	// Output:
	// hello from greeter
	// alive: false
}

func ExampleSetExceptHook() {
	SetExceptHook(func(args ExceptHookArgs) {
		fmt.Printf("%s failed: %s\n", args.Thread.Name(), args.ExcValue.Line())
	})
	defer SetExceptHook(nil)
	th := NewThread(func() { Raise(ValueError, "bad input") }, "parse", "parser", false)
	th.Start()
	th.Join(-1)
	// Output: parser failed: ValueError: bad input
}
