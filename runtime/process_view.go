package runtime

// ProcessView is the object multiprocessing.current_process() returns, as
// far as translated code reads it: the name and pid of the process (a
// Process target's or pool worker's goroutine, else the main process) at
// the time of the call. CPython returns the Process object itself; a view
// taken before a later rename keeps the old name.
type ProcessView struct {
	name string
	pid  int
}

// CurrentProcess is multiprocessing.current_process() (see
// CurrentProcessName for how the calling process is found).
func CurrentProcess() *ProcessView {
	id := procCurrent()
	return &ProcessView{name: id.name, pid: id.pid}
}

// Name is current_process().name.
func (p *ProcessView) Name() string { return p.name }

// Pid is current_process().pid.
func (p *ProcessView) Pid() int { return p.pid }
