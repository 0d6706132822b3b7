package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Set is a group of test programs sharing a STATUS file.
type Set struct {
	Name     string // "tutorial" or "suite"
	Title    string // heading of its STATUS file
	Status   string // path of its STATUS file
	Examples []*Example
}

// Example is one test program and its companion files.
type Example struct {
	Set  string
	Name string // STATUS and test name: "001_x" or "plain/001_x"
	// Program names the translation in the build module and its binary:
	// "001_x" or "plain_001_x" (one path element, unique across sets).
	Program string
	Path    string // the .py file
	Src     []byte
	Header  Header
}

// RecordPath is the .cpython file beside the program.
func (e *Example) RecordPath() string { return strings.TrimSuffix(e.Path, ".py") + ".cpython" }

// GoldenPath is the expected translation beside the program.
func (e *Example) GoldenPath() string { return strings.TrimSuffix(e.Path, ".py") + ".go.golden" }

// Discover finds the tutorial corpus (dir/*.py) and the suites
// (dir/suite/<area>/*.py) and parses every header. It also reports goldens
// and records that have no program beside them, which would otherwise go
// stale unnoticed.
func Discover(dir string) ([]*Set, error) {
	tutorial := &Set{Name: "tutorial", Title: "Corpus status: tutorial examples", Status: filepath.Join(dir, "STATUS.md")}
	suite := &Set{Name: "suite", Title: "Corpus status: own test suites", Status: filepath.Join(dir, "suite", "STATUS.md")}
	var problems []string
	add := func(set *Set, pattern string) {
		files, _ := filepath.Glob(pattern)
		sort.Strings(files)
		for _, f := range files {
			ex, err := loadExample(set.Name, dir, f)
			if err != nil {
				problems = append(problems, err.Error())
				continue
			}
			set.Examples = append(set.Examples, ex)
		}
	}
	add(tutorial, filepath.Join(dir, "*.py"))
	add(suite, filepath.Join(dir, "suite", "*", "*.py"))
	for _, pattern := range []string{"*.go.golden", "*.cpython", filepath.Join("suite", "*", "*.go.golden"), filepath.Join("suite", "*", "*.cpython")} {
		orphans, _ := filepath.Glob(filepath.Join(dir, pattern))
		for _, f := range orphans {
			py := strings.TrimSuffix(strings.TrimSuffix(f, ".cpython"), ".go.golden") + ".py"
			if _, err := os.Stat(py); err != nil {
				problems = append(problems, fmt.Sprintf("%s has no program %s beside it", f, filepath.Base(py)))
			}
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("corpus files are inconsistent:\n\t%s", strings.Join(problems, "\n\t"))
	}
	return []*Set{tutorial, suite}, nil
}

func loadExample(set, dir, path string) (*Example, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	h, err := ParseHeader(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	rel, err := filepath.Rel(dir, path)
	if err != nil {
		return nil, err
	}
	name := strings.TrimSuffix(filepath.ToSlash(rel), ".py")
	name = strings.TrimPrefix(name, "suite/")
	ex := &Example{Set: set, Name: name, Program: strings.ReplaceAll(name, "/", "_"), Path: path, Src: src, Header: h}
	_, statErr := os.Stat(ex.RecordPath())
	if h.Kind == Fragment && statErr == nil {
		return nil, fmt.Errorf("%s: a fragment is never run, but %s exists", path, filepath.Base(ex.RecordPath()))
	}
	return ex, nil
}
