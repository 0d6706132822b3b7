// Command py2goconc translates Python programs that use threads, queues and
// pools into idiomatic Go.
//
//	py2goconc in.py > out.go        translate one file to stdout
//	py2goconc -o out.go in.py       ... to a file
//	py2goconc - < in.py             read standard input
//	py2goconc -o OUTDIR a.py b.py   batch: one Go main package per input
//	py2goconc -o OUTDIR corpus/     batch: every .py file in a directory
//
// This package does flags and I/O only; the translation is
// py2goconc.Translate. Exit codes: 0 ok, 1 translation errors, 2 usage.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
