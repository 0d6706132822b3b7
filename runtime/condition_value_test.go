package runtime

import (
	"reflect"
	"sync"
	"testing"
)

func TestWaitForValueReturnsThePredicatesValue(t *testing.T) {
	c := NewCondition(nil)
	var ready []string
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		c.Lock()
		defer c.Unlock()
		ready = append(ready, "x")
		c.Notify(1)
	}()
	c.Lock()
	got := WaitForValue(c, func() ([]string, bool) { v := ready; return v, len(v) > 0 }, 2)
	c.Unlock()
	wg.Wait()
	if !reflect.DeepEqual(got, []string{"x"}) {
		t.Fatalf("got %v", got)
	}
	c.Lock()
	defer c.Unlock()
	if n := WaitForValue(c, func() (int, bool) { return 0, false }, 0.01); n != 0 {
		t.Fatalf("timed out wait returned %d", n)
	}
}
