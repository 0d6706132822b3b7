package runtime

import (
	"bytes"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// noLeak fails the test if goroutines started during it are still running
// shortly after it ends.
func noLeak(t *testing.T) {
	t.Helper()
	before := runtime.NumGoroutine()
	t.Cleanup(func() {
		deadline := time.Now().Add(3 * time.Second)
		for runtime.NumGoroutine() > before {
			if time.Now().After(deadline) {
				buf := make([]byte, 1<<16)
				n := runtime.Stack(buf, true)
				t.Fatalf("%d goroutines left running (had %d):\n%s", runtime.NumGoroutine(), before, buf[:n])
			}
			time.Sleep(5 * time.Millisecond)
		}
	})
}

// syncBuffer is a bytes.Buffer safe for concurrent use.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// captureReports redirects exception reports into a buffer for the test.
func captureReports(t *testing.T) *syncBuffer {
	t.Helper()
	buf := &syncBuffer{}
	reportOutput.Lock()
	old := reportOutput.w
	reportOutput.w = buf
	reportOutput.Unlock()
	t.Cleanup(func() {
		reportOutput.Lock()
		reportOutput.w = old
		reportOutput.Unlock()
	})
	return buf
}

// withMain runs body as the main program on the test's goroutine (so that
// CurrentThread there is MainThread and new threads are non-daemon) and
// returns the exit status; the previous main thread is restored after.
func withMain(t *testing.T, body func()) int {
	t.Helper()
	old := MainThread()
	oldIdent := old.ident
	defer bindMainThread(old, oldIdent)
	defer interpreterShutdown.Store(false)
	return runMain(body)
}

// raises runs fn and checks that it raises an exception of class cls whose
// str is msg.
func raises(t *testing.T, cls *ExcType, msg string, fn func()) {
	t.Helper()
	exc := catch(fn)
	if exc == nil {
		t.Fatalf("no exception, want %s: %s", cls.Name, msg)
	}
	if !exc.IsInstance(cls) || exc.Error() != msg {
		t.Fatalf("raised %s, want %s: %s", exc.Line(), cls.Name, msg)
	}
}

// catch runs fn and returns the exception it raised, or nil.
func catch(fn func()) (exc *Exc) {
	defer func() {
		if r := recover(); r != nil {
			exc = AsExc(r)
		}
	}()
	fn()
	return nil
}

// waitUntil polls cond for up to 3 s; used only where no event can be
// waited on directly (a goroutine being parked in a primitive).
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

// threadNumber returns N from "Thread-N" or "Thread-N (target)".
func threadNumber(t *testing.T, name string) int {
	t.Helper()
	rest, ok := strings.CutPrefix(name, "Thread-")
	if !ok {
		t.Fatalf("name %q does not start with Thread-", name)
	}
	n := 0
	i := 0
	for ; i < len(rest) && rest[i] >= '0' && rest[i] <= '9'; i++ {
		n = n*10 + int(rest[i]-'0')
	}
	if i == 0 {
		t.Fatalf("name %q has no number", name)
	}
	return n
}
