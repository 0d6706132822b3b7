//go:build unix

package corpus

import (
	"os"
	"os/exec"
	"strconv"
	"syscall"
)

// startInOwnSession puts the child in a new session, as Python's
// start_new_session does, so a timeout can kill everything it started.
func startInOwnSession(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
}

// killSession kills the child's whole process group.
func killSession(cmd *exec.Cmd) error {
	return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
}

// exitString reports an exit as Python's subprocess does: the exit status,
// or minus the signal number for a process killed by a signal.
func exitString(ps *os.ProcessState) string {
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return strconv.Itoa(-int(ws.Signal()))
	}
	return strconv.Itoa(ps.ExitCode())
}
