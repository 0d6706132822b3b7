//go:build !unix

package corpus

import (
	"os"
	"os/exec"
	"strconv"
)

// startInOwnSession has no portable equivalent outside Unix; a timeout then
// kills only the child itself.
func startInOwnSession(*exec.Cmd) {}

func killSession(cmd *exec.Cmd) error { return cmd.Process.Kill() }

func exitString(ps *os.ProcessState) string { return strconv.Itoa(ps.ExitCode()) }
