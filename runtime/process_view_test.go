package runtime

import "testing"

// current_process() kept in a variable reads as the process that called it:
// the child's name and pid inside a Process target, MainProcess outside.
func TestCurrentProcessView(t *testing.T) {
	queueNoLeak(t)
	views := make(chan *ProcessView, 1)
	p := NewProcess(func() { views <- CurrentProcess() }, "viewer")
	p.Start()
	p.Join(-1)
	child := <-views
	if child.Name() != "viewer" || child.Pid() != p.Pid() {
		t.Fatalf("child view %q pid %d; process pid %d", child.Name(), child.Pid(), p.Pid())
	}
	main := CurrentProcess()
	if main.Name() != "MainProcess" || main.Pid() != CurrentProcessPid() || main.Pid() == child.Pid() {
		t.Fatalf("main view %q pid %d", main.Name(), main.Pid())
	}
}
