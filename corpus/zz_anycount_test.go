package corpus

import (
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The file is named so that it runs after TestCorpus, which rewrites the
// goldens under -update.
//
// anyCountFile records how many times the goldens use `any` or
// `interface{}`: a value typed any is a value inference could not type, so
// the count may only go down (-update records a lower count).
const anyCountFile = "ANY_COUNT"

func TestAnyCountDoesNotRise(t *testing.T) {
	goldens, _ := filepath.Glob("*.go.golden")
	more, _ := filepath.Glob("suite/*/*.go.golden")
	root, _ := filepath.Glob("../testdata/*.go.golden")
	goldens = append(append(goldens, more...), root...)
	total := 0
	for _, g := range goldens {
		src, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		total += countAny(src)
	}
	data, err := os.ReadFile(anyCountFile)
	if *update {
		if err := os.WriteFile(anyCountFile, []byte(strconv.Itoa(total)+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if err != nil {
		t.Fatalf("%s missing (go test ./corpus -update writes it): %v", anyCountFile, err)
	}
	recorded, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case total > recorded:
		t.Errorf("the goldens use any/interface{} %d times, more than the %d recorded in %s: inference got worse", total, recorded, anyCountFile)
	case total < recorded:
		t.Logf("the goldens use any/interface{} %d times, fewer than %d: run -update to record it", total, recorded)
	}
}

// countAny counts the identifier any and interface{} in Go source.
func countAny(src []byte) int {
	var s scanner.Scanner
	fset := token.NewFileSet()
	s.Init(fset.AddFile("", fset.Base(), len(src)), src, nil, 0)
	n := 0
	prevInterface := false
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			return n
		}
		if tok == token.IDENT && lit == "any" {
			n++
		}
		if prevInterface && tok == token.LBRACE {
			n++
		}
		prevInterface = tok == token.INTERFACE
	}
}

func TestCountAny(t *testing.T) {
	src := []byte("package p\nvar a any\nvar b interface{}\nvar c = \"any\"\n// any\nvar d map[string]any\n")
	if got := countAny(src); got != 3 {
		t.Errorf("countAny = %d, want 3", got)
	}
}
