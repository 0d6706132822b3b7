package mapper_test

import (
	"strings"
	"testing"
)

// TestQueueWaitGroup pins when task_done/join become a sync.WaitGroup:
// only where the mapper can show Done never outruns Add and no Add at zero
// races with Wait; otherwise the runtime queue counts.
func TestQueueWaitGroup(t *testing.T) {
	worker := "import queue, threading\nq = queue.Queue()\ndef work():\n    while True:\n        n = q.get()\n%s\nthreading.Thread(target=work, daemon=True).start()\nfor i in range(3):\n    q.put(i)\nq.join()\n%s"
	cases := []struct {
		name, loop, after string
		wg                bool
	}{
		{"task_done at the end of the loop", "        print(n)\n        q.task_done()", "", true},
		{"task_done in a finally", "        try:\n            print(n)\n        finally:\n            q.task_done()", "", true},
		{"unfinished_tasks is read", "        q.task_done()", "print(q.unfinished_tasks)\n", false},
		{"two task_done calls per item", "        q.task_done()\n        q.task_done()", "", false},
		{"task_done under a condition", "        if n > 1:\n            q.task_done()", "", false},
		{"the queue is passed on", "        q.task_done()", "def show(x):\n    print(x.qsize())\nshow(q)\n", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := strings.Replace(strings.Replace(worker, "%s", c.loop, 1), "%s", c.after, 1)
			out, diags := translate(t, src)
			if out == "" {
				t.Fatalf("not translated: %v", diags)
			}
			hasWG := strings.Contains(out, "var qWG sync.WaitGroup")
			if hasWG != c.wg {
				t.Fatalf("WaitGroup %v, want %v; diagnostics %v:\n%s", hasWG, c.wg, diags, out)
			}
			if c.wg {
				for _, want := range []string{"qWG.Add(1)\n\t\tq.Put(i, true, -1)", "qWG.Done()", "qWG.Wait()"} {
					if !strings.Contains(out, want) {
						t.Errorf("missing %q in:\n%s", want, out)
					}
				}
				if strings.Contains(out, "q.TaskDone()") || strings.Contains(out, "q.Join()") {
					t.Errorf("runtime counting left in:\n%s", out)
				}
			}
		})
	}
}
