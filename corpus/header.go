package corpus

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Kind tells a runnable program from a fragment, which uses names defined
// elsewhere and is only type-checked.
type Kind string

// The kinds a header may declare.
const (
	Program  Kind = "program"
	Fragment Kind = "fragment"
)

// Rule says how a Go run's output is compared with CPython's record.
type Rule string

// The comparison rules a header may declare.
const (
	// Exact compares both streams byte for byte.
	Exact Rule = "exact"
	// Lines compares the streams as multisets of lines (any order).
	Lines Rule = "lines"
	// Normalised compares the streams exactly after the normalisers ran.
	Normalised Rule = "normalised"
)

// DefaultTimeout is how long a program may run when its header names none.
const DefaultTimeout = 30 * time.Second

// Normaliser rewrites every match of Pattern in an output stream to
// Replacement (a regexp.Expand template: $1, ${name}).
type Normaliser struct {
	Pattern     *regexp.Regexp
	Replacement string
}

// Apply rewrites s.
func (n Normaliser) Apply(s string) string {
	return n.Pattern.ReplaceAllString(s, n.Replacement)
}

// Header is the parsed block of `# key: value` lines a test program starts
// with.
type Header struct {
	Source    string // seed document and section title (tutorial corpus)
	Covers    string // what the program tests (own suites)
	Restored  string // what had to be restored from the seed text
	Kind      Kind
	Rule      Rule // empty for fragments
	Normalise []Normaliser
	Timeout   time.Duration
	// ExpectHang says CPython never ends the program by itself: it deadlocks,
	// livelocks or loops forever, and its record ends in "exit: timeout".
	ExpectHang bool
	// ExpectOverflow says the program computes an int beyond 64 bits,
	// which CPython prints and the translation must refuse: the Go run
	// prints a prefix of CPython's stdout, then raises OverflowError and
	// exits 1 (the int rule of issue 4: never silent wraparound).
	ExpectOverflow bool
}

// headerLine matches one header line. Keys are lowercase words, so ordinary
// comments such as "# Method 1: ..." or "# SuperFastPython.com" end the
// header rather than being rejected as unknown keys.
var headerLine = regexp.MustCompile(`^# ([a-z]+):(?: (.*))?$`)

// timeoutValue is the subset of Go durations the Python recorder also
// understands: one number and one unit.
var timeoutValue = regexp.MustCompile(`^[0-9.]+(ms|s|m)$`)

// ParseHeader reads the header of a test program. It is strict: unknown or
// repeated keys, missing required keys and contradictory settings are
// errors, so a typo cannot silently change how a program is checked.
func ParseHeader(src []byte) (Header, error) {
	h := Header{Timeout: DefaultTimeout}
	seen := map[string]bool{}
	for n, line := range strings.Split(string(src), "\n") {
		m := headerLine.FindStringSubmatch(strings.TrimSuffix(line, "\r"))
		if m == nil {
			break
		}
		key, value := m[1], strings.TrimSpace(m[2])
		if seen[key] && key != "normalise" {
			return h, fmt.Errorf("line %d: %q given twice", n+1, key)
		}
		seen[key] = true
		if err := h.set(key, value); err != nil {
			return h, fmt.Errorf("line %d: %s: %v", n+1, key, err)
		}
	}
	return h, h.check(seen)
}

func (h *Header) set(key, value string) error {
	if value == "" && key != "normalise" {
		return fmt.Errorf("empty value")
	}
	switch key {
	case "source":
		h.Source = value
	case "covers":
		h.Covers = value
	case "restored":
		h.Restored = value
	case "kind":
		if value != string(Program) && value != string(Fragment) {
			return fmt.Errorf("want program or fragment, got %q", value)
		}
		h.Kind = Kind(value)
	case "rule":
		if value != string(Exact) && value != string(Lines) && value != string(Normalised) {
			return fmt.Errorf("want exact, lines or normalised, got %q", value)
		}
		h.Rule = Rule(value)
	case "normalise":
		n, err := parseNormaliser(value)
		if err != nil {
			return err
		}
		h.Normalise = append(h.Normalise, n)
	case "timeout":
		if !timeoutValue.MatchString(value) {
			return fmt.Errorf("want a number and one unit of ms, s or m, got %q", value)
		}
		d, err := time.ParseDuration(value)
		if err != nil || d <= 0 {
			return fmt.Errorf("want a positive duration, got %q", value)
		}
		h.Timeout = d
	case "expect":
		switch value {
		case "hang":
			h.ExpectHang = true
		case "overflow":
			h.ExpectOverflow = true
		default:
			return fmt.Errorf("the expectations are hang and overflow, got %q", value)
		}
	default:
		return fmt.Errorf("unknown key (known: source, covers, restored, kind, rule, normalise, timeout, expect)")
	}
	return nil
}

// check validates the header as a whole once every line is read.
func (h *Header) check(seen map[string]bool) error {
	switch {
	case seen["source"] == seen["covers"]:
		return fmt.Errorf("header needs exactly one of source and covers")
	case h.Kind == "":
		return fmt.Errorf("header needs kind")
	case h.Kind == Program && h.Rule == "":
		return fmt.Errorf("a program needs a rule")
	case h.Kind == Fragment && (h.Rule != "" || len(h.Normalise) > 0 || seen["timeout"] || h.ExpectHang || h.ExpectOverflow):
		return fmt.Errorf("a fragment is never run: rule, normalise, timeout and expect do not apply")
	case h.Rule == Normalised && len(h.Normalise) == 0:
		return fmt.Errorf("rule normalised needs at least one normalise line")
	case h.Rule == Exact && len(h.Normalise) > 0:
		return fmt.Errorf("rule exact takes no normalise lines (use rule normalised)")
	}
	return nil
}

// parseNormaliser reads "REGEXP => REPLACEMENT". The replacement may be
// empty ("REGEXP =>", which survives editors trimming trailing blanks) and
// may spell a newline, tab or backslash as \n, \t or \\.
func parseNormaliser(value string) (Normaliser, error) {
	pattern, replacement, ok := strings.Cut(value, " => ")
	if !ok {
		pattern, ok = strings.CutSuffix(value, " =>")
	}
	if !ok || pattern == "" {
		return Normaliser{}, fmt.Errorf("want REGEXP => REPLACEMENT, got %q", value)
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		return Normaliser{}, err
	}
	return Normaliser{Pattern: re, Replacement: unescapeReplacement(replacement)}, nil
}

var replacementEscapes = strings.NewReplacer(`\\`, `\`, `\n`, "\n", `\t`, "\t")

func unescapeReplacement(s string) string { return replacementEscapes.Replace(s) }
