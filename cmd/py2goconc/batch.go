package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/py2goconc/py2goconc"
)

// batch translates several inputs (files, or every .py file of a
// directory) into OUTDIR/NAME/main.go, plus what `go build ./...` in OUTDIR
// needs offline. A bad input does not stop the others.
func batch(o options, inputs []string, stderr io.Writer) int {
	files, err := expandInputs(inputs)
	if err != nil {
		fmt.Fprintln(stderr, "py2goconc:", err)
		return exitUsage
	}
	programs := map[string][]byte{}
	code := exitOK
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(stderr, "py2goconc:", err)
			code = exitError
			continue
		}
		out, diags := py2goconc.Translate(f, src, py2goconc.Options{})
		report(o, diags, stderr)
		if diags.HasErrors() {
			code = exitError
			continue
		}
		programs[strings.TrimSuffix(filepath.Base(f), ".py")] = out
	}
	for _, f := range files {
		if abs, _ := filepath.Abs(f); strings.HasPrefix(abs, mustAbs(o.output)+string(filepath.Separator)) {
			fmt.Fprintf(stderr, "py2goconc: output directory %s contains the input %s\n", o.output, f)
			return exitUsage
		}
	}
	if err := py2goconc.WriteModule(o.output, programs); err != nil {
		fmt.Fprintln(stderr, "py2goconc:", err)
		return exitError
	}
	return code
}

func mustAbs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}

// expandInputs lists the .py files named or contained (not recursively) in
// the directories named, sorted within each directory.
func expandInputs(inputs []string) ([]string, error) {
	var out []string
	for _, in := range inputs {
		st, err := os.Stat(in)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, in)
			continue
		}
		matches, err := filepath.Glob(filepath.Join(in, "*.py"))
		if err != nil {
			return nil, err
		}
		sort.Strings(matches)
		out = append(out, matches...)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no .py files in %s", strings.Join(inputs, " "))
	}
	return out, nil
}
