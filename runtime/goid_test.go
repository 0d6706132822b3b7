package runtime

import (
	"sync"
	"testing"
)

func TestGoidDistinctPerGoroutine(t *testing.T) {
	noLeak(t)
	me := goid()
	if me <= 0 || goid() != me {
		t.Fatalf("goid %d not positive or not stable", me)
	}
	ids := make([]int64, 8)
	var wg sync.WaitGroup
	for i := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ids[i] = goid()
		}()
	}
	wg.Wait()
	seen := map[int64]bool{me: true}
	for _, id := range ids {
		if seen[id] {
			t.Fatalf("goroutine id %d seen twice in %v (test goroutine %d)", id, ids, me)
		}
		seen[id] = true
	}
}

func BenchmarkGoid(b *testing.B) {
	for b.Loop() {
		goid()
	}
}

func BenchmarkCurrentThread(b *testing.B) {
	for b.Loop() {
		CurrentThread()
	}
}
