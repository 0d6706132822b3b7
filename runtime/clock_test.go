package runtime

import (
	"testing"
	"time"
)

func TestMonotonicAdvances(t *testing.T) {
	a := Monotonic()
	time.Sleep(10 * time.Millisecond)
	if d := Monotonic() - a; d < 0.009 || d > 5 {
		t.Errorf("Monotonic advanced %v s over a 10 ms sleep", d)
	}
}
