package runtime

import (
	"fmt"
	"regexp"
	"slices"
	"testing"
)

func TestFutureResultAndStates(t *testing.T) {
	f := NewFuture[int]()
	if f.Done() || f.Running() || f.Cancelled() {
		t.Fatal("new future is not pending")
	}
	if !f.setRunning() || !f.Running() || f.Cancel() {
		t.Fatal("running future: wrong state or cancellable")
	}
	f.SetResult(7)
	if !f.Done() || f.Running() || f.Result(0) != 7 || f.Exception(-1) != nil || f.Cancel() {
		t.Fatal("finished future misreports")
	}
}

// Exception lines are CPython 3.11's: TimeoutError() and CancelledError()
// have no message.
func TestFutureTimeoutAndCancel(t *testing.T) {
	f := NewFuture[string]()
	for _, read := range []func(){func() { f.Result(0.01) }, func() { f.Exception(0) }} {
		if exc := catch(read); exc == nil || !exc.IsInstance(FuturesTimeout) || !exc.IsInstance(TimeoutError) || exc.Line() != "TimeoutError" {
			t.Fatalf("pending future read raised %v", exc)
		}
	}
	if !f.Cancel() || !f.Cancelled() || !f.Done() || f.setRunning() {
		t.Fatal("cancel of a pending future failed")
	}
	if !f.Cancel() {
		t.Fatal("cancelling a cancelled future again reported false")
	}
	if exc := catch(func() { f.Result(-1) }); exc == nil || exc.Line() != "CancelledError" {
		t.Fatalf("cancelled future result raised %v", exc)
	}
	raises(t, CancelledError, "", func() { f.Exception(-1) })
}

func TestFutureException(t *testing.T) {
	f := NewFuture[int]()
	boom := NewExc(ValueError, "boom")
	f.SetException(boom)
	if f.Exception(0) != boom {
		t.Fatal("Exception did not return the stored exception")
	}
	if exc := catch(func() { f.Result(0) }); exc != boom {
		t.Fatalf("Result raised %v, want the task's own exception", exc)
	}
}

// Messages follow CPython 3.11: "FINISHED: <Future at 0x... state=finished
// returned int>".
func TestFutureInvalidState(t *testing.T) {
	f := NewFuture[int]()
	f.SetResult(1)
	exc := catch(func() { f.SetResult(2) })
	re := regexp.MustCompile(`^InvalidStateError: FINISHED: <Future at 0x[0-9a-f]+ state=finished returned int>$`)
	if exc == nil || !re.MatchString(exc.Line()) {
		t.Fatalf("second SetResult raised %v", exc)
	}
	c := NewFuture[int]()
	c.Cancel()
	exc = catch(func() { c.SetException(NewExc(ValueError)) })
	if exc == nil || !regexp.MustCompile(`^CANCELLED: <Future at 0x[0-9a-f]+ state=cancelled>$`).MatchString(exc.Error()) {
		t.Fatalf("SetException on a cancelled future raised %v", exc)
	}
}

// Reprs as CPython 3.11 prints them, address aside.
func TestFutureRepr(t *testing.T) {
	addr := regexp.MustCompile(`0x[0-9a-f]+`)
	repr := func(f fmt.Stringer) string { return addr.ReplaceAllString(f.String(), "0x?") }
	p := NewFuture[float64]()
	r := NewFuture[any]()
	r.setRunning()
	e := NewFuture[int]()
	e.SetException(NewExc(KeyError, "k"))
	n := NewFuture[struct{}]()
	n.SetResult(struct{}{})
	s := NewFuture[[]string]()
	s.SetResult(nil)
	got := []string{repr(p), repr(r), repr(e), repr(n), repr(s)}
	want := []string{
		"<Future at 0x? state=pending>",
		"<Future at 0x? state=running>",
		"<Future at 0x? state=finished raised KeyError>",
		"<Future at 0x? state=finished returned NoneType>",
		"<Future at 0x? state=finished returned list>",
	}
	if !slices.Equal(got, want) {
		t.Fatalf("reprs %q, want %q", got, want)
	}
}

func TestPythonTypeName(t *testing.T) {
	type point struct{ X int }
	cases := map[string]any{
		"int": 3, "float": 2.5, "str": "s", "bool": true, "NoneType": nil,
		"dict": map[string]int{}, "list": []int{}, "point": point{}, "Thread": &Thread{},
		"ValueError": NewExc(ValueError), "complex": 1i, "function": func() {},
	}
	for want, v := range cases {
		if got := pythonTypeName(v); got != want {
			t.Errorf("pythonTypeName(%#v) = %q, want %q", v, got, want)
		}
	}
}

// The callback report follows CPython 3.11's futures logger:
// "exception calling callback for <Future ...>" and the traceback.
func TestFutureCallbacks(t *testing.T) {
	noLeak(t)
	out := captureReports(t)
	f := NewFuture[int]()
	var calls []string
	f.AddDoneCallback(func(g *Future[int]) { calls = append(calls, fmt.Sprint("first ", g.Result(0))) })
	f.AddDoneCallback(func(*Future[int]) { panic(NewExc(ZeroDivisionError, "division by zero")) })
	f.AddDoneCallback(func(*Future[int]) { calls = append(calls, "third") })
	done := make(chan struct{})
	go func() {
		f.SetResult(5)
		close(done)
	}()
	<-done
	f.AddDoneCallback(func(*Future[int]) { calls = append(calls, "late") })
	if !slices.Equal(calls, []string{"first 5", "third", "late"}) {
		t.Fatalf("callbacks ran as %q", calls)
	}
	re := regexp.MustCompile(`^exception calling callback for <Future at 0x[0-9a-f]+ state=finished returned int>\n` +
		`Traceback \(most recent call last\):\nZeroDivisionError: division by zero\n$`)
	if !re.MatchString(out.String()) {
		t.Fatalf("callback report %q", out.String())
	}
	c := NewFuture[int]()
	cancelled := false
	c.AddDoneCallback(func(g *Future[int]) { cancelled = g.Cancelled() })
	c.Cancel()
	if !cancelled {
		t.Fatal("cancel did not run the callback")
	}
}

func ExampleFuture() {
	f := NewFuture[string]()
	f.AddDoneCallback(func(f *Future[string]) { fmt.Println("done:", f.Result(0)) })
	go f.SetResult("ok")
	fmt.Println(f.Result(-1))
	// Unordered output:
	// done: ok
	// ok
}
