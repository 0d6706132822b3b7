package corpus

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// readmeTotals matches the lines of the top-level README that quote the
// STATUS files' totals.
var readmeTotals = regexp.MustCompile(`(?m)^- (tutorial examples|own programs): Totals: .*$`)

// TestReadmeQuotesTotals keeps README's quoted totals equal to the STATUS
// files' (-update rewrites them).
func TestReadmeQuotesTotals(t *testing.T) {
	want := map[string]string{}
	for label, path := range map[string]string{"tutorial examples": "STATUS.md", "own programs": "suite/STATUS.md"} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		m := regexp.MustCompile(`(?m)^Totals: .*$`).FindString(string(data))
		if m == "" {
			t.Fatalf("%s has no Totals line", path)
		}
		want[label] = "- " + label + ": " + m
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	got := readmeTotals.FindAllString(string(readme), -1)
	if *update {
		text := string(readme)
		if len(got) == 0 {
			t.Fatal("README has no quoted totals to rewrite")
		}
		text = readmeTotals.ReplaceAllStringFunc(text, func(line string) string {
			label := readmeTotals.FindStringSubmatch(line)[1]
			return want[label]
		})
		if err := os.WriteFile("../README.md", []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if len(got) != 2 {
		t.Fatalf("README quotes %d totals lines, want 2", len(got))
	}
	for _, line := range got {
		label := readmeTotals.FindStringSubmatch(line)[1]
		if strings.TrimSpace(line) != want[label] {
			t.Errorf("README quotes\n%s\nbut STATUS says\n%s\n(run go test ./corpus -update)", line, want[label])
		}
	}
}
