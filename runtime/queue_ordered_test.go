package runtime

import (
	"slices"
	"testing"
)

func TestOrderedPriorityQueuePopsTuplesInPythonOrder(t *testing.T) {
	q := NewOrderedPriorityQueue[Tuple2[int, string]](0)
	for _, it := range []Tuple2[int, string]{{3, "low"}, {1, "urgent"}, {2, "normal"}, {1, "alpha"}, {-1, "neg"}} {
		q.Put(it, true, -1)
	}
	var got []string
	for !q.Empty() {
		got = append(got, q.Get(true, -1).V1)
	}
	if want := []string{"neg", "alpha", "urgent", "normal", "low"}; !slices.Equal(got, want) {
		t.Fatalf("pop order %v, want %v", got, want)
	}
}

func TestUnfinishedTasksCountsPutsNotDone(t *testing.T) {
	q := NewQueue[int](0)
	q.Put(1, true, -1)
	q.Put(2, true, -1)
	q.Get(true, -1)
	q.TaskDone()
	if got := q.UnfinishedTasks(); got != 1 {
		t.Fatalf("unfinished_tasks = %d, want 1", got)
	}
}
