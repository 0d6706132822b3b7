package runtime

import "testing"

func TestWaitPairSplitsDoneFromPending(t *testing.T) {
	finished := NewFuture[int]()
	finished.SetResult(1)
	pending := NewFuture[int]()
	got := WaitPair([]*Future[int]{finished, pending}, 0.01, AllCompleted)
	if len(got.V0) != 1 || got.V0[0] != finished || len(got.V1) != 1 || got.V1[0] != pending {
		t.Fatalf("WaitPair = %v done, %v not done; want the finished and the pending future apart", got.V0, got.V1)
	}
}
