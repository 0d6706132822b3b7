package runtime

import (
	"fmt"
	"testing"
)

func TestTry(t *testing.T) {
	if e := Try(func() {}); e != nil {
		t.Fatalf("no exception: got %v", e)
	}
	e := Try(func() { Raise(ValueError, "bad") })
	if e == nil || !e.IsInstance(ValueError) || !e.IsInstance(Exception) || e.Line() != "ValueError: bad" {
		t.Fatalf("got %v", e)
	}
	var xs []int
	e = Try(func() { _ = xs[3] })
	if e == nil || !e.IsInstance(IndexError) {
		t.Fatalf("index fault: got %v", e)
	}
}

func ExampleTry() {
	if e := Try(func() { Raise(KeyError, "k") }); e != nil && e.IsInstance(LookupError) {
		fmt.Println(e.Line())
	}
	// Output: KeyError: 'k'
}
