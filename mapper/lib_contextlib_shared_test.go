package mapper_test

import (
	"strings"
	"testing"
)

const collecting = "from contextlib import contextmanager\n@contextmanager\ndef collecting():\n    items = []\n    yield items\n    print(items)\n"

// TestContextManagerSharedList pins a contextmanager yielding the list its
// cleanup reads: a pointer to the generator's variable, which the with
// name holds and appends grow.
func TestContextManagerSharedList(t *testing.T) {
	got, diags := translate(t, collecting+"with collecting() as bucket:\n    bucket.append(1)\nwith collecting():\n    pass\n")
	if diags.HasErrors() {
		t.Fatalf("%s", diags)
	}
	checkGo(t, got, []string{"func collecting() (*[]int, func()) {", "return &items, func() {", "var bucket *[]int",
		"*bucket = append(*bucket, 1)", "_, done2 := collecting()"}, nil)
}

// TestContextManagerSharedListUnsupported pins the diagnostic for a with
// name that is also assigned elsewhere: its Go type cannot become a pointer.
func TestContextManagerSharedListUnsupported(t *testing.T) {
	_, diags := translate(t, collecting+"bucket = [0]\nwith collecting() as bucket:\n    bucket.append(1)\n")
	want := "t.py:8:6: unsupported: a contextmanager yielding a list its cleanup reads, bound to a variable assigned elsewhere too"
	if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), want) {
		t.Errorf("got diagnostics\n%s\nwant prefix %q", diags, want)
	}
}
