package runtime

import "testing"

func TestLRUCacheEviction(t *testing.T) {
	c := NewLRUCache[int, int](2)
	computed := 0
	square := func(x int) int {
		return c.Get(x, func() int { computed++; return x * x })
	}
	// CPython: slow_square over [2, 3, 2, 4, 3] with maxsize=2 computes
	// 2, 3, 4, 3 (the 3 was evicted by 4 after 2 was used again).
	for _, x := range []int{2, 3, 2, 4, 3} {
		square(x)
	}
	if computed != 4 || c.hits != 1 || c.misses != 4 || c.Len() != 2 {
		t.Errorf("computed %d hits %d misses %d len %d", computed, c.hits, c.misses, c.Len())
	}
}

func TestLRUCacheRecursionUnbounded(t *testing.T) {
	c := NewLRUCache[int, int](-1)
	calls := 0
	var fib func(n int) int
	fib = func(n int) int {
		return c.Get(n, func() int {
			calls++
			if n < 2 {
				return n
			}
			return fib(n-1) + fib(n-2)
		})
	}
	if got := fib(30); got != 832040 || calls != 31 {
		t.Errorf("fib(30) = %d after %d calls, want 832040 after 31", got, calls)
	}
	zero := NewLRUCache[int, int](0)
	zero.Get(1, func() int { return 1 })
	if zero.Len() != 0 {
		t.Error("maxsize=0 must cache nothing")
	}
}

func TestCacheInfoAndClear(t *testing.T) {
	c := NewLRUCache[int, int](-1)
	for _, x := range []int{1, 2, 1} {
		c.Get(x, func() int { return x })
	}
	if got := Repr(c.Info()); got != "CacheInfo(hits=1, misses=2, maxsize=None, currsize=2)" {
		t.Errorf("info %s", got)
	}
	c.Clear()
	if got := Repr(NewLRUCache[int, int](2).Info()) + " " + Repr(c.Info()); got != "CacheInfo(hits=0, misses=0, maxsize=2, currsize=0) CacheInfo(hits=0, misses=0, maxsize=None, currsize=0)" {
		t.Errorf("after clear %s", got)
	}
}
