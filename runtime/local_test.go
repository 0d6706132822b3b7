package runtime

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"
)

func TestLocalPerThread(t *testing.T) {
	noLeak(t)
	l := NewLocal[int]()
	other := NewLocal[int]()
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for i := range 8 {
		th := NewThread(func() {
			defer wg.Done()
			if _, ok := l.Get(); ok {
				errs <- "a new thread saw a value"
			}
			l.Set(i)
			time.Sleep(time.Millisecond)
			if v, ok := l.Get(); !ok || v != i {
				errs <- fmt.Sprintf("thread %d read %d, %v", i, v, ok)
			}
			if _, ok := other.Get(); ok {
				errs <- "a second Local shared the first one's value"
			}
		}, "", "", false)
		wg.Add(1)
		th.Start()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestLocalDelete(t *testing.T) {
	noLeak(t)
	l := NewLocal[string]()
	th := NewThread(func() {
		l.Set("x")
		l.Delete()
		if _, ok := l.Get(); ok {
			t.Error("value still there after Delete")
		}
		l.Delete() // deleting twice is not an error here
	}, "", "", false)
	th.Start()
	th.Join(-1)
}

// A value set in a thread becomes garbage when the thread ends.
func TestLocalReleasedAtThreadEnd(t *testing.T) {
	noLeak(t)
	l := NewLocal[*[1 << 10]byte]()
	collected := make(chan struct{})
	th := NewThread(func() {
		big := new([1 << 10]byte)
		runtime.AddCleanup(big, func(ch chan struct{}) { close(ch) }, collected)
		l.Set(big)
	}, "", "", false)
	th.Start()
	th.Join(-1)
	deadline := time.Now().Add(3 * time.Second)
	for {
		runtime.GC()
		select {
		case <-collected:
			return
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatal("thread-local value still reachable after the thread ended")
		}
	}
}

func ExampleLocal() {
	requestID := NewLocal[int]()
	requestID.Set(1)
	th := NewThread(func() {
		_, ok := requestID.Get()
		fmt.Println("worker sees a value:", ok)
	}, "", "", false)
	th.Start()
	th.Join(-1)
	v, _ := requestID.Get()
	fmt.Println("main sees", v)
	// Output:
	// worker sees a value: false
	// main sees 1
}

// The message is CPython 3.11's for reading an unset threading.local
// attribute.
func TestLocalAttr(t *testing.T) {
	l := NewLocal[int]()
	e := Try(func() { l.Attr("value") })
	if e == nil || e.Line() != "AttributeError: '_thread._local' object has no attribute 'value'" || l.Has() {
		t.Fatalf("unset: %v", e)
	}
	l.Set(3)
	if l.Attr("value") != 3 || !l.Has() {
		t.Fatal("set")
	}
	l.Delete()
}
