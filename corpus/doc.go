// Package corpus checks py2goconc against CPython on the tutorial examples
// in this directory and on the project's own test programs in suite/<area>/.
// Its test, `go test ./corpus`, translates every program, builds the
// translations together with the race detector and runs them, comparing
// each run with CPython 3.11's recorded behaviour. Python is only needed to
// re-record (-record); it is never run otherwise.
//
// # Files
//
// A test program X.py starts with header lines `# key: value` (see
// ParseHeader; unknown or repeated keys are errors):
//
//	# source: SEED.txt, "section title"   (tutorial corpus) or
//	# covers: what it tests               (own suites)
//	# restored: what was restored from a damaged seed text
//	# kind: program | fragment            (a fragment uses names defined elsewhere)
//	# rule: exact | lines | normalised    (programs only)
//	# normalise: REGEXP => REPLACEMENT    (repeatable; RE2; $1 and \n allowed in REPLACEMENT)
//	# timeout: 10s                        (default 30s; a number and ms, s or m)
//	# expect: hang                        (CPython never ends it; see below)
//	# expect: overflow                    (an int beyond 64 bits; see below)
//
// Beside it, X.cpython holds CPython's behaviour (see Record.Format), written
// only by running python3 3.11, and X.go.golden the expected translation.
// STATUS.md (tutorial) and suite/STATUS.md (suites) record how far each
// example gets: translates, compiles, matches CPython, race-free.
//
// # Comparison
//
// Both sides are prepared the same way: in stderr each Python traceback is
// collapsed to its "Traceback (most recent call last):" line and its
// exception line (frames dropped, CollapseTracebacks), then the header's
// normalisers rewrite stdout and stderr in order. On the Go side, race
// detector reports are cut out first (they decide the race-free column) and
// the detector's exit code 66 counts as 0. Then the exits must be equal and
// each stream must be equal (exact, normalised) or equal as a multiset of
// lines ignoring a missing final newline (lines). A program marked `expect:
// hang` must be killed at its timeout like CPython was; its normalisers
// must fold the repeating output so that the two runs' amounts compare
// equal. A program marked `expect: overflow` computes an int beyond 64 bits:
// CPython prints it, the translation must raise OverflowError instead of
// wrapping around, so the Go run must exit 1 with OverflowError as its last
// stderr line, after printing a line prefix of CPython's stdout. Fragments are translated and compiled, never run.
//
// # Build and runs
//
// The translations are written with py2goconc.WriteModule into one temporary
// module and compiled by one `go build -race` (packages that cannot even load,
// found by `go list`, are left out so they do not stop the rest). Linking
// costs far more than compiling, so the programs are then linked into a
// single multi-call binary (main renamed, a dispatcher picks the program by
// its first argument; see asPackage); a translation with an init function is
// linked on its own. Each run is its own process, at most maxProcesses at a
// time, with an empty stdin, a fresh working directory and the header's
// timeout, after which its whole session is killed.
//
// # Ratchet
//
// The test fails when an example does worse than its STATUS row (a "yes"
// became anything else), when a golden or record has no program, when a
// translation differs from its golden or between two runs. Improvements are
// only logged, and so are regressions of the few examples whose outcome
// CPython itself leaves to chance (unstableExamples). `-update` rewrites the
// goldens and the STATUS files (STATUS is left alone under -short, and only
// the selected rows change under -run). `-short` skips the build and runs.
package corpus
