package corpus

import (
	"reflect"
	"strings"
	"testing"
)

var statusRows = []Result{
	{Name: "002_b", Kind: Fragment, Translates: Yes, Compiles: No, Matches: NotReached, RaceFree: NotReached, Problem: `main.go:3:1: a | b \ c`},
	{Name: "001_a", Kind: Program, Translates: Yes, Compiles: Yes, Matches: Yes, RaceFree: Yes},
	{Name: "plain/003_c", Kind: Program, Translates: No, Compiles: NotReached, Matches: NotReached, RaceFree: NotReached, Problem: "x.py:1:1: unsupported"},
}

func TestStatusRoundTrip(t *testing.T) {
	text := FormatStatus("Corpus status: test", statusRows)
	if !strings.Contains(string(text), "Totals: 3 examples (2 programs, 1 fragments) · translates 2/3 · compiles 1/3 · matches CPython 1/2 · race-free 1/2") {
		t.Errorf("totals missing or wrong:\n%s", text)
	}
	rows, err := ParseStatus(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(statusRows) {
		t.Fatalf("parsed %d rows", len(rows))
	}
	for _, want := range statusRows {
		if got := rows[want.Name]; !reflect.DeepEqual(got, want) {
			t.Errorf("row %s: got %+v, want %+v", want.Name, got, want)
		}
	}
	if _, err := ParseStatus([]byte("| 001 | program | maybe | — | — | — | |\n")); err == nil {
		t.Error("a bad mark was accepted")
	}
}

func TestRatchet(t *testing.T) {
	recorded := map[string]Result{}
	for _, r := range statusRows {
		recorded[r.Name] = r
	}
	now := []Result{
		{Name: "001_a", Kind: Program, Translates: Yes, Compiles: Yes, Matches: No, RaceFree: Yes, Problem: "stdout line 1"},
		{Name: "002_b", Kind: Fragment, Translates: Yes, Compiles: Yes, Matches: NotReached, RaceFree: NotReached},
		{Name: "004_new", Kind: Program, Translates: No},
	}
	worse, better := Ratchet(recorded, now, true)
	if len(worse) != 1 || !strings.HasPrefix(worse[0], "001_a: matches CPython was yes, now no: stdout line 1") {
		t.Errorf("worse = %q", worse)
	}
	if len(better) != 2 || !strings.HasPrefix(better[0], "002_b: compiles is now yes") || !strings.HasPrefix(better[1], "004_new: new example") {
		t.Errorf("better = %q", better)
	}
	// Without a build (-short) only translation counts.
	if worse, _ := Ratchet(recorded, now, false); len(worse) != 0 {
		t.Errorf("under -short, worse = %q", worse)
	}
}

func TestMergeStatus(t *testing.T) {
	recorded := map[string]Result{"001_a": statusRows[1], "002_b": statusRows[0]}
	changed := statusRows[1]
	changed.Matches = No
	merged := MergeStatus(recorded, []Result{changed})
	if len(merged) != 2 {
		t.Fatalf("merged %d rows", len(merged))
	}
	for _, r := range merged {
		if r.Name == "001_a" && r.Matches != No || r.Name == "002_b" && r.Compiles != No {
			t.Errorf("row %+v", r)
		}
	}
}
