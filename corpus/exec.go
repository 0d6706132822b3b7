package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// pipeGrace bounds how long a finished run may keep its output pipes open
// through a child it left behind, before the pipes are closed on it.
const pipeGrace = 2 * time.Second

// runProcess runs argv in dir with an empty stdin, in its own session, and
// kills the session when timeout passes; the exit is then ExitTimeout.
// Output is decoded as Python decodes it, so the Go runs and the CPython
// records are prepared alike.
func runProcess(dir string, env []string, timeout time.Duration, argv ...string) (Record, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir, cmd.Env = dir, env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	startInOwnSession(cmd)
	cmd.Cancel = func() error { return killSession(cmd) }
	cmd.WaitDelay = pipeGrace
	err := cmd.Run()
	rec := Record{Stdout: decodeLikePython(stdout.Bytes()), Stderr: decodeLikePython(stderr.Bytes())}
	switch {
	case cmd.ProcessState == nil:
		return rec, err
	case ctx.Err() != nil && !cmd.ProcessState.Exited():
		rec.Exit = ExitTimeout
	default:
		rec.Exit = exitString(cmd.ProcessState)
	}
	return rec, nil
}

// raceReport matches one report of the race detector, and raceSummary the
// line it prints at exit.
var (
	raceReport  = regexp.MustCompile(`(?ms)^==================\nWARNING: DATA RACE\n.*?^==================\n`)
	raceSummary = regexp.MustCompile(`(?m)^Found \d+ data race\(s\)\n`)
)

// raceDetectorExit is the exit code the race detector gives a program that
// would otherwise have exited with 0.
const raceDetectorExit = "66"

// stripRaceReports removes race detector output from a Go run and undoes
// its exit code, reporting whether there was any.
func stripRaceReports(r Record) (Record, bool) {
	if !strings.Contains(r.Stderr, "WARNING: DATA RACE") {
		return r, false
	}
	r.Stderr = raceReport.ReplaceAllString(r.Stderr, "")
	r.Stderr = raceSummary.ReplaceAllString(r.Stderr, "")
	if r.Exit == raceDetectorExit {
		r.Exit = "0"
	}
	return r, true
}

// RecordCPython runs python3 (from PATH) on the example the way the
// reference recorder does: `python3 X.py` in the file's directory, with
// PYTHONHASHSEED=0, an empty stdin, its own session and the header's
// timeout. It returns the record; WriteRecord stores it.
func RecordCPython(ex *Example) (Record, error) {
	abs, err := filepath.Abs(ex.Path)
	if err != nil {
		return Record{}, err
	}
	env := append(os.Environ(), "PYTHONHASHSEED=0")
	return runProcess(filepath.Dir(abs), env, ex.Header.Timeout, "python3", filepath.Base(abs))
}

// WriteRecord stores rec as the example's .cpython file.
func WriteRecord(ex *Example, rec Record) error {
	return os.WriteFile(ex.RecordPath(), rec.Format(), 0o644)
}

// CheckPython returns an error unless python3 on PATH is CPython 3.11, the
// version every record is made with.
func CheckPython() error {
	out, err := exec.Command("python3", "-c", "import sys, platform; print(platform.python_implementation(), *sys.version_info[:2])").Output()
	if err != nil {
		return fmt.Errorf("running python3: %v", err)
	}
	if got := strings.TrimSpace(string(out)); got != "CPython 3 11" {
		return errors.New("records must be made with CPython 3.11; python3 on PATH is " + got)
	}
	return nil
}

// goRunDir makes the working directory of a Go run: a fresh directory under
// dir holding a copy of the example's Python file. CPython runs X.py in its
// own directory, where X.py exists; the translation stands in for X.py, so
// a program that looks at its own file (os.path.isfile("X.py")) sees it
// too, while files the program writes stay out of the corpus.
func goRunDir(dir string, ex *Example) (string, error) {
	runDir, err := os.MkdirTemp(dir, ex.Program+".run")
	if err != nil {
		return "", err
	}
	src, err := os.ReadFile(ex.Path)
	if err != nil {
		return "", err
	}
	return runDir, os.WriteFile(filepath.Join(runDir, filepath.Base(ex.Path)), src, 0o644)
}
