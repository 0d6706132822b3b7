package corpus

import (
	"fmt"
	"strings"
)

// diffContext is how many equal lines Diff shows around each change.
const diffContext = 2

// maxDiffCells bounds the LCS table; outputs larger than this are reported
// by their first difference only, to keep a failing run fast.
const maxDiffCells = 4 << 20

// Diff renders a line diff of want and got: "-" lines only in want, "+"
// lines only in got, " " lines in both (at most diffContext around each
// change, "…" for the rest). It is meant for people reading a test log.
func Diff(want, got string) string {
	w, g := splitLines(want), splitLines(got)
	if (len(w)+1)*(len(g)+1) > maxDiffCells {
		return "(too long to diff) " + firstDifference(want, got) + "\n"
	}
	ops := diffOps(w, g)
	var b strings.Builder
	skipped := false
	for i, op := range ops {
		if op.kind == ' ' && !nearChange(ops, i) {
			if !skipped {
				b.WriteString("…\n")
				skipped = true
			}
			continue
		}
		skipped = false
		fmt.Fprintf(&b, "%c%s\n", op.kind, op.line)
	}
	return b.String()
}

type diffOp struct {
	kind byte // ' ', '-' or '+'
	line string
}

// splitLines splits s into lines, marking a missing final newline so that
// "a" and "a\n" show as different.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.Split(s, "\n")
	if lines[len(lines)-1] == "" {
		return lines[:len(lines)-1]
	}
	lines[len(lines)-1] += " (no final newline)"
	return lines
}

// diffOps computes an edit script from a longest common subsequence table.
func diffOps(w, g []string) []diffOp {
	// lcs[i][j] is the LCS length of w[i:] and g[j:].
	lcs := make([][]int, len(w)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(g)+1)
	}
	for i := len(w) - 1; i >= 0; i-- {
		for j := len(g) - 1; j >= 0; j-- {
			if w[i] == g[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []diffOp
	i, j := 0, 0
	for i < len(w) || j < len(g) {
		switch {
		case i < len(w) && j < len(g) && w[i] == g[j]:
			ops = append(ops, diffOp{' ', w[i]})
			i, j = i+1, j+1
		case j >= len(g) || i < len(w) && lcs[i+1][j] >= lcs[i][j+1]:
			ops = append(ops, diffOp{'-', w[i]})
			i++
		default:
			ops = append(ops, diffOp{'+', g[j]})
			j++
		}
	}
	return ops
}

func nearChange(ops []diffOp, i int) bool {
	for k := max(0, i-diffContext); k <= min(len(ops)-1, i+diffContext); k++ {
		if ops[k].kind != ' ' {
			return true
		}
	}
	return false
}
