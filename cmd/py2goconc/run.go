package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/pflag"

	"github.com/py2goconc/py2goconc"
	"github.com/py2goconc/py2goconc/parser"
)

// version is the tool's version, printed by --version.
const version = "py2goconc 0.1.0"

// Exit codes.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

type options struct {
	output  string
	version bool
	notes   bool
}

const usageText = `Usage: py2goconc [flags] INPUT.py
       py2goconc [flags] -            (read Python from standard input)
       py2goconc -o OUTDIR INPUT.py... | DIR...   (batch)

Translates Python programs that use threading, queue, concurrent.futures and
multiprocessing into idiomatic, statically typed Go.

Examples:
  py2goconc worker.py > worker.go
  py2goconc -o worker.go worker.py
  cat worker.py | py2goconc -
  py2goconc -o out/ corpus/          # then: cd out && go build ./...

Flags:
`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var o options
	fs := pflag.NewFlagSet("py2goconc", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	fs.StringVarP(&o.output, "output", "o", "", "write Go to `FILE` (one input) or to directory `OUTDIR` (several inputs or a directory)")
	fs.BoolVar(&o.notes, "notes", false, "also print notes (where inference fell back to any)")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.Usage = func() { fmt.Fprintf(stderr, "%s%s", usageText, fs.FlagUsages()) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitOK
		}
		fmt.Fprintln(stderr, "py2goconc:", err)
		fmt.Fprintln(stderr, "Run 'py2goconc --help' for usage.")
		return exitUsage
	}
	if o.version {
		fmt.Fprintln(stdout, version)
		return exitOK
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		fmt.Fprintln(stderr, "py2goconc: no input file (use - for standard input)")
		fmt.Fprintln(stderr, "Run 'py2goconc --help' for usage.")
		return exitUsage
	}
	if len(inputs) > 1 || isDir(inputs[0]) {
		if o.output == "" {
			fmt.Fprintln(stderr, "py2goconc: several inputs or a directory need -o OUTDIR")
			return exitUsage
		}
		return batch(o, inputs, stderr)
	}
	return single(o, inputs[0], stdin, stdout, stderr)
}

func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// single translates one file (or standard input) to stdout or -o FILE.
func single(o options, input string, stdin io.Reader, stdout, stderr io.Writer) int {
	var src []byte
	var err error
	name := input
	if input == "-" {
		name = "<stdin>"
		src, err = io.ReadAll(stdin)
	} else {
		src, err = os.ReadFile(input)
	}
	if err != nil {
		fmt.Fprintln(stderr, "py2goconc:", err)
		return exitError
	}
	out, diags := py2goconc.Translate(name, src, py2goconc.Options{})
	report(o, diags, stderr)
	if diags.HasErrors() {
		return exitError
	}
	if o.output == "" {
		if _, err := stdout.Write(out); err != nil {
			fmt.Fprintln(stderr, "py2goconc:", err)
			return exitError
		}
		return exitOK
	}
	if sameFile(o.output, input) {
		fmt.Fprintf(stderr, "py2goconc: refusing to overwrite the input %s\n", input)
		return exitUsage
	}
	if err := writeFileAtomic(o.output, out); err != nil {
		fmt.Fprintln(stderr, "py2goconc:", err)
		return exitError
	}
	return exitOK
}

func report(o options, diags parser.Diagnostics, stderr io.Writer) {
	for _, d := range diags {
		if d.Severity == parser.Note && !o.notes {
			continue
		}
		fmt.Fprint(stderr, d.String())
	}
}

func sameFile(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	if err1 == nil && err2 == nil {
		return os.SameFile(sa, sb)
	}
	aa, _ := filepath.Abs(a)
	bb, _ := filepath.Abs(b)
	return aa == bb
}

// writeFileAtomic writes data whole or not at all: to a temporary file in
// the same directory, then renamed over path.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".py2goconc-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
