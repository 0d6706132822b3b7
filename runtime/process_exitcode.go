package runtime

// ProcessExitCode is p.exitcode as a Python value: None (nil) until the
// process has ended, then its exit code.
func ProcessExitCode(p *Process) any {
	if code, ok := p.ExitCode(); ok {
		return code
	}
	return nil
}
