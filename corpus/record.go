package corpus

import (
	"fmt"
	"strings"
)

// ExitTimeout is the exit of a run killed at its timeout.
const ExitTimeout = "timeout"

// Record is the observed behaviour of one run: its exit (a decimal code, a
// negative signal number as Python's subprocess reports it, or ExitTimeout)
// and its two output streams.
type Record struct {
	Exit   string
	Stdout string
	Stderr string
}

// Format renders the record in the .cpython file format:
//
//	exit: 0
//	-- stdout --
//	<stdout verbatim>
//	-- stderr --
//	<stderr verbatim>
//
// A non-empty stream that does not end in a newline gets the marker
// "-- NAME (no final newline) --" and one newline after its content.
func (r Record) Format() []byte {
	return []byte("exit: " + r.Exit + "\n" + formatStream("stdout", r.Stdout) + formatStream("stderr", r.Stderr))
}

func formatStream(name, data string) string {
	if data != "" && !strings.HasSuffix(data, "\n") {
		return "-- " + name + " (no final newline) --\n" + data + "\n"
	}
	return "-- " + name + " --\n" + data
}

// ParseRecord reads a .cpython file. The stderr marker is the first marker
// line after the stdout marker, so a program whose stdout contains such a
// line cannot be recorded faithfully; none of ours does.
func ParseRecord(data []byte) (Record, error) {
	text := string(data)
	first, rest, ok := strings.Cut(text, "\n")
	exit, hasExit := strings.CutPrefix(first, "exit: ")
	if !ok || !hasExit || exit == "" {
		return Record{}, fmt.Errorf("first line must be \"exit: CODE\", got %q", first)
	}
	stdout, rest, err := parseStream("stdout", rest, true)
	if err != nil {
		return Record{}, err
	}
	stderr, _, err := parseStream("stderr", rest, false)
	if err != nil {
		return Record{}, err
	}
	return Record{Exit: exit, Stdout: stdout, Stderr: stderr}, nil
}

// parseStream reads one stream from the start of text. When another stream
// follows, its content ends at the next stream marker; otherwise it runs to
// the end of text.
func parseStream(name, text string, followed bool) (content, rest string, err error) {
	plain := "-- " + name + " --\n"
	cut := "-- " + name + " (no final newline) --\n"
	var noFinalNewline bool
	switch {
	case strings.HasPrefix(text, plain):
		text = text[len(plain):]
	case strings.HasPrefix(text, cut):
		text, noFinalNewline = text[len(cut):], true
	default:
		return "", "", fmt.Errorf("missing %q marker", strings.TrimSpace(plain))
	}
	content, rest = text, ""
	if followed {
		i := nextMarker(text)
		if i < 0 {
			return "", "", fmt.Errorf("missing stream marker after %s", name)
		}
		content, rest = text[:i], text[i:]
	}
	if noFinalNewline {
		trimmed, ok := strings.CutSuffix(content, "\n")
		if !ok || trimmed == "" || strings.HasSuffix(trimmed, "\n") {
			return "", "", fmt.Errorf("%s is marked \"no final newline\" but its content does not fit", name)
		}
		return trimmed, rest, nil
	}
	if content != "" && !strings.HasSuffix(content, "\n") {
		return "", "", fmt.Errorf("%s does not end in a newline but is not marked so", name)
	}
	return content, rest, nil
}

// nextMarker returns the offset of the first stderr marker line in text.
func nextMarker(text string) int {
	for off := 0; off <= len(text); {
		line := text[off:]
		if strings.HasPrefix(line, "-- stderr --\n") || strings.HasPrefix(line, "-- stderr (no final newline) --\n") {
			return off
		}
		j := strings.IndexByte(line, '\n')
		if j < 0 {
			return -1
		}
		off += j + 1
	}
	return -1
}
