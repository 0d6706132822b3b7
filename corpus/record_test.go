package corpus

import (
	"strings"
	"testing"
)

func TestRecordRoundTrip(t *testing.T) {
	for _, r := range []Record{
		{Exit: "0"},
		{Exit: "1", Stdout: "a\nb\n", Stderr: "Traceback (most recent call last):\nX: y\n"},
		{Exit: "timeout", Stdout: "no newline", Stderr: "x\n"},
		{Exit: "-9", Stdout: "a\n\n", Stderr: "half"},
		{Exit: "0", Stdout: "-- stdout --\n"}, // a marker-like line in stdout is fine
	} {
		text := r.Format()
		got, err := ParseRecord(text)
		if err != nil || got != r {
			t.Errorf("%q: parsed back as %+v, %v; want %+v", text, got, err, r)
		}
	}
}

// The format is fixed by the shared brief (and its reference recorder):
// pin it byte for byte.
func TestRecordFormat(t *testing.T) {
	got := string(Record{Exit: "0", Stdout: "hi\n", Stderr: "oops"}.Format())
	want := "exit: 0\n-- stdout --\nhi\n-- stderr (no final newline) --\noops\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestParseRecordErrors(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"", "exit: CODE"},
		{"exit: 0\n-- stderr --\n", "missing \"-- stdout --\" marker"},
		{"exit: 0\n-- stdout --\nx\n", "missing stream marker"},
		{"exit: 0\n-- stdout --\nx", "missing stream marker"},
		{"exit: 0\n-- stdout --\n-- stderr --\nno newline", "not marked"},
		{"exit: 0\n-- stdout (no final newline) --\n-- stderr --\n", "does not fit"},
	} {
		_, err := ParseRecord([]byte(c.text))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got %v, want an error containing %q", c.text, err, c.want)
		}
	}
}
