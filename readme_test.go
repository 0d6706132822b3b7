package py2goconc

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeExample keeps README's example honest: its Python block must be
// testdata/locked_counter.py and its Go block what Translate produces.
func TestReadmeExample(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	section := string(readme)
	i := strings.Index(section, "## An example")
	if i < 0 {
		t.Fatal("README has no '## An example' section")
	}
	section = section[i:]
	py := fenced(section, "```python\n")
	goSrc := fenced(section, "```go\n")
	src, err := os.ReadFile("testdata/locked_counter.py")
	if err != nil {
		t.Fatal(err)
	}
	if py != string(src) {
		t.Errorf("README's Python example differs from testdata/locked_counter.py")
	}
	out, diags := Translate("locked_counter.py", src, Options{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if goSrc != string(out) {
		t.Errorf("README's Go example differs from the translation:\n%s", out)
	}
}

func fenced(s, open string) string {
	i := strings.Index(s, open)
	if i < 0 {
		return ""
	}
	s = s[i+len(open):]
	j := strings.Index(s, "```\n")
	if j < 0 {
		return ""
	}
	return s[:j]
}
