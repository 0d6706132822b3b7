package runtime

import (
	"fmt"
	"os"
	"os/exec"
	"slices"
	"testing"
	"time"
)

func TestMainWaitsForNonDaemonThreads(t *testing.T) {
	noLeak(t)
	finished := false
	daemonRelease := make(chan struct{})
	var daemon *Thread
	code := withMain(t, func() {
		if CurrentThread() != MainThread() || MainThread().Name() != "MainThread" {
			t.Errorf("current thread in the main program is %v", CurrentThread())
		}
		slow := NewThread(func() {
			time.Sleep(50 * time.Millisecond)
			finished = true
		}, "", "", false)
		slow.Start()
		daemon = NewThread(func() { <-daemonRelease }, "", "", true)
		daemon.Start()
	})
	if code != 0 || !finished {
		t.Fatalf("exit %d, non-daemon thread finished %v", code, finished)
	}
	if !daemon.IsAlive() {
		t.Fatal("daemon thread did not outlive the main program")
	}
	close(daemonRelease)
	daemon.Join(-1)
}

// Reports and exit statuses follow CPython 3.11: traceback then exit 1,
// sys.exit(n) exits n silently, sys.exit("msg") prints msg and exits 1.
func TestMainExceptionAndSystemExit(t *testing.T) {
	noLeak(t)
	out := captureReports(t)
	finished := false
	code := withMain(t, func() {
		th := NewThread(func() {
			time.Sleep(30 * time.Millisecond)
			finished = true
		}, "", "", false)
		th.Start()
		Raise(ValueError, "oops")
	})
	if code != 1 || !finished {
		t.Fatalf("exit %d, thread finished %v", code, finished)
	}
	if want := "Traceback (most recent call last):\nValueError: oops\n"; out.String() != want {
		t.Fatalf("report %q, want %q", out.String(), want)
	}
	for _, tc := range []struct {
		arg    any
		code   int
		report string
	}{
		{3, 3, ""}, {nil, 0, ""}, {true, 1, ""}, {int64(7), 7, ""}, {"bye", 1, "bye\n"},
	} {
		before := len(out.String())
		code := withMain(t, func() { panic(NewExc(SystemExit, tc.arg)) })
		if code != tc.code || out.String()[before:] != tc.report {
			t.Errorf("SystemExit(%v): exit %d report %q", tc.arg, code, out.String()[before:])
		}
	}
	if code := withMain(t, func() { Exit(4) }); code != 4 {
		t.Fatalf("Exit(4) gave %d", code)
	}
}

func TestMainThreadJoinAndAtexitOrder(t *testing.T) {
	noLeak(t)
	var order []string
	joined := make(chan struct{})
	code := withMain(t, func() {
		main := MainThread()
		registerThreadingAtexit(func() { order = append(order, "first") })
		remove := registerThreadingAtexit(func() { order = append(order, "removed") })
		registerThreadingAtexit(func() { order = append(order, "last") })
		remove()
		waiter := NewThread(func() {
			main.Join(-1)
			close(joined)
		}, "", "", true)
		waiter.Start()
	})
	<-joined
	if code != 0 || !slices.Equal(order, []string{"last", "first"}) {
		t.Fatalf("exit %d, atexit order %v", code, order)
	}
}

// TestMainProcessExit checks Main's os.Exit in a child process.
func TestMainProcessExit(t *testing.T) {
	if os.Getenv("PYRT_MAIN_CHILD") == "1" {
		Main(func() { Raise(RuntimeError, "child failed") })
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestMainProcessExit$")
	cmd.Env = append(os.Environ(), "PYRT_MAIN_CHILD=1")
	out, err := cmd.CombinedOutput()
	exit, ok := err.(*exec.ExitError)
	if !ok || exit.ExitCode() != 1 {
		t.Fatalf("child: err %v output %q", err, out)
	}
	if want := "Traceback (most recent call last):\nRuntimeError: child failed\n"; string(out) != want {
		t.Fatalf("child output %q, want %q", out, want)
	}
}

func TestSwitchInterval(t *testing.T) {
	if GetSwitchInterval() != 0.005 {
		t.Fatalf("default switch interval %v", GetSwitchInterval())
	}
	SetSwitchInterval(0.01)
	defer SetSwitchInterval(0.005)
	if GetSwitchInterval() != 0.01 {
		t.Fatal("switch interval not stored")
	}
	raises(t, ValueError, "switch interval must be strictly positive", func() { SetSwitchInterval(0) })
}

func ExampleMain() {
	Main(func() {
		th := NewThread(func() { fmt.Println("worker done") }, "work", "", false)
		th.Start()
		fmt.Println("main body done")
	})
	// Unordered output:
	// main body done
	// worker done
}

func ExampleSetSwitchInterval() {
	SetSwitchInterval(0.001) // stored only: Go's scheduler has no interval
	fmt.Println(GetSwitchInterval())
	SetSwitchInterval(0.005)
	// Output: 0.001
}
