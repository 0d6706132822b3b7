package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const programHeader = "# covers: x\n# kind: program\n# rule: exact\nprint(1)\n"

func TestDiscover(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"001_a.py":                      "# source: s.txt, \"A\"\n# kind: program\n# rule: exact\nprint(1)\n",
		"001_a.cpython":                 "exit: 0\n-- stdout --\n1\n-- stderr --\n",
		"002_b.py":                      "# source: s.txt, \"B\"\n# kind: fragment\nx.y()\n",
		"suite/plain/001_a.py":          programHeader,
		"suite/threading/003_c.py":      programHeader,
		"suite/threading/003_c.cpython": "exit: 0\n-- stdout --\n-- stderr --\n",
	})
	sets, err := Discover(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range sets {
		for _, ex := range s.Examples {
			got = append(got, s.Name+":"+ex.Name+":"+ex.Program)
		}
	}
	want := "tutorial:001_a:001_a tutorial:002_b:002_b suite:plain/001_a:plain_001_a suite:threading/003_c:threading_003_c"
	if strings.Join(got, " ") != want {
		t.Errorf("got %v\nwant %s", got, want)
	}
	if sets[1].Status != filepath.Join(dir, "suite", "STATUS.md") {
		t.Errorf("suite status file %s", sets[1].Status)
	}
}

func TestDiscoverRejectsInconsistentFiles(t *testing.T) {
	for name, files := range map[string]map[string]string{
		"golden without program": {"001_a.go.golden": "package main\n"},
		"record without program": {"suite/queue/002_x.cpython": "exit: 0\n"},
		"record beside fragment": {"003_f.py": "# source: s\n# kind: fragment\n", "003_f.cpython": "exit: 0\n"},
		"bad header":             {"004_h.py": "# source: s\n# kind: program\n# rule: exact\n# colour: red\n"},
	} {
		dir := t.TempDir()
		writeFiles(t, dir, files)
		if _, err := Discover(dir); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
