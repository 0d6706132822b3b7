package runtime

import "testing"

func TestProcessExitCodeIsNoneUntilTheEnd(t *testing.T) {
	release := make(chan struct{})
	p := NewProcess(func() { <-release }, "")
	if got := ProcessExitCode(p); got != nil {
		t.Fatalf("before start: exitcode %v, want None", got)
	}
	p.Start()
	if got := ProcessExitCode(p); got != nil {
		t.Fatalf("while running: exitcode %v, want None", got)
	}
	close(release)
	p.Join(-1)
	if got := ProcessExitCode(p); got != 0 {
		t.Fatalf("after join: exitcode %v, want 0", got)
	}
}
