package corpus

import (
	"fmt"
	"sort"
	"strings"
)

// Mark is one cell of a STATUS row.
type Mark string

// The marks a STATUS cell can hold.
const (
	Yes Mark = "yes"
	No  Mark = "no"
	// NotReached means an earlier step failed, the step does not apply (a
	// fragment is never run), or it was skipped (-short).
	NotReached Mark = "—"
)

// Result is how far one example got in one run: one STATUS row.
type Result struct {
	Name       string // as in the STATUS table: "001_x" or "plain/001_x"
	Kind       Kind
	Translates Mark
	Compiles   Mark
	Matches    Mark // matches CPython
	RaceFree   Mark
	Problem    string // first diagnostic of the first failing step, one line
}

// column names a checked step of a Result.
type column struct {
	name string
	get  func(Result) Mark
}

var columns = []column{
	{"translates", func(r Result) Mark { return r.Translates }},
	{"compiles", func(r Result) Mark { return r.Compiles }},
	{"matches CPython", func(r Result) Mark { return r.Matches }},
	{"race-free", func(r Result) Mark { return r.RaceFree }},
}

// FormatStatus renders a STATUS file for results sorted by name.
func FormatStatus(title string, results []Result) []byte {
	results = append([]Result(nil), results...)
	sort.Slice(results, func(i, j int) bool { return results[i].Name < results[j].Name })
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", title)
	b.WriteString("Written by `go test ./corpus -update`. `go test ./corpus` fails when an example does\n")
	b.WriteString("worse than its row here, so a \"yes\" stays a \"yes\". \"—\" means not reached or not applicable.\n\n")
	b.WriteString(totals(results) + "\n\n")
	b.WriteString("| example | kind | translates | compiles | matches CPython | race-free | first problem |\n")
	b.WriteString("|---|---|---|---|---|---|---|\n")
	for _, r := range results {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s |\n", r.Name, r.Kind,
			r.Translates, r.Compiles, r.Matches, r.RaceFree, escapeCell(r.Problem))
	}
	return []byte(b.String())
}

func totals(results []Result) string {
	var programs, translates, compiles, matches, raceFree int
	for _, r := range results {
		if r.Kind == Program {
			programs++
		}
		translates += count(r.Translates)
		compiles += count(r.Compiles)
		matches += count(r.Matches)
		raceFree += count(r.RaceFree)
	}
	n := len(results)
	return fmt.Sprintf("Totals: %d examples (%d programs, %d fragments) · translates %d/%d · compiles %d/%d · "+
		"matches CPython %d/%d · race-free %d/%d", n, programs, n-programs, translates, n, compiles, n, matches, programs, raceFree, programs)
}

func count(m Mark) int {
	if m == Yes {
		return 1
	}
	return 0
}

// escapeCell keeps a problem on one line and inside its table cell.
func escapeCell(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, "|", `\|`)
	const maxLen = 160
	if len(s) > maxLen {
		cut := maxLen
		for cut > 0 && s[cut]&0xC0 == 0x80 { // do not split a UTF-8 sequence
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

// ParseStatus reads the rows of a STATUS file, keyed by example name.
func ParseStatus(data []byte) (map[string]Result, error) {
	rows := map[string]Result{}
	for n, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| example |") {
			continue
		}
		cells := splitRow(line)
		if len(cells) != 7 {
			return nil, fmt.Errorf("STATUS line %d: want 7 cells, got %d", n+1, len(cells))
		}
		r := Result{Name: cells[0], Kind: Kind(cells[1]), Translates: Mark(cells[2]), Compiles: Mark(cells[3]),
			Matches: Mark(cells[4]), RaceFree: Mark(cells[5]), Problem: cells[6]}
		for _, c := range columns {
			if m := c.get(r); m != Yes && m != No && m != NotReached {
				return nil, fmt.Errorf("STATUS line %d: %s is %q", n+1, c.name, m)
			}
		}
		rows[r.Name] = r
	}
	return rows, nil
}

// splitRow splits "| a | b \| c |" into its unescaped, trimmed cells.
func splitRow(line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	var cells []string
	var cell strings.Builder
	for i := 0; i < len(line); i++ {
		switch {
		case line[i] == '\\' && i+1 < len(line) && (line[i+1] == '|' || line[i+1] == '\\'):
			cell.WriteByte(line[i+1])
			i++
		case line[i] == '|':
			cells = append(cells, strings.TrimSpace(cell.String()))
			cell.Reset()
		default:
			cell.WriteByte(line[i])
		}
	}
	return cells
}

// Ratchet compares this run's results with the recorded rows. A step that
// was "yes" and is not now makes the example worse; a step that is "yes"
// now and was not makes it better. Only the steps that ran count: with
// built false (-short), only translation.
func Ratchet(recorded map[string]Result, now []Result, built bool) (worse, better []string) {
	checked := columns
	if !built {
		checked = columns[:1]
	}
	for _, r := range now {
		old, ok := recorded[r.Name]
		if !ok {
			better = append(better, r.Name+": new example, not in STATUS yet")
			continue
		}
		for _, c := range checked {
			switch was, is := c.get(old), c.get(r); {
			case was == Yes && is != Yes:
				worse = append(worse, fmt.Sprintf("%s: %s was yes, now %s: %s", r.Name, c.name, is, r.Problem))
			case was != Yes && is == Yes:
				better = append(better, fmt.Sprintf("%s: %s is now yes (was %s)", r.Name, c.name, was))
			}
		}
	}
	return worse, better
}

// MergeStatus returns the rows to write after a run that covered only some
// examples: recorded rows, replaced by this run's where it has one.
func MergeStatus(recorded map[string]Result, now []Result) []Result {
	merged := map[string]Result{}
	for name, r := range recorded {
		merged[name] = r
	}
	for _, r := range now {
		merged[r.Name] = r
	}
	out := make([]Result, 0, len(merged))
	for _, r := range merged {
		out = append(out, r)
	}
	return out
}
