package runtime

import (
	"fmt"
	"testing"
	"time"
)

func TestEventSetClear(t *testing.T) {
	e := NewEvent()
	if e.IsSet() || e.Wait(0) {
		t.Fatal("new event is set")
	}
	e.Set()
	e.Set()
	if !e.IsSet() || !e.Wait(0) || !e.Wait(-1) {
		t.Fatal("set event not seen")
	}
	e.Clear()
	start := time.Now()
	if e.IsSet() || e.Wait(0.03) {
		t.Fatal("cleared event still set")
	}
	if time.Since(start) < 20*time.Millisecond {
		t.Fatal("Wait returned before its timeout")
	}
}

func TestEventWakesAllWaiters(t *testing.T) {
	noLeak(t)
	e := NewEvent()
	got := make(chan bool, 5)
	started := make(chan struct{}, 5)
	for range 5 {
		go func() {
			started <- struct{}{}
			got <- e.Wait(5)
		}()
	}
	for range 5 {
		<-started
	}
	e.Set()
	for range 5 {
		if !<-got {
			t.Fatal("a waiter timed out although the event was set")
		}
	}
}

func ExampleEvent() {
	ready := NewEvent()
	go func() { ready.Set() }()
	fmt.Println(ready.Wait(-1), ready.IsSet())
	// Output: true true
}
