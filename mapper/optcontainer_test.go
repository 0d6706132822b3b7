package mapper_test

import "testing"

// TestPlaceholderListOfDicts pins [None] * n filled with dicts: a slice of
// dicts whose slots are used through their methods.
func TestPlaceholderListOfDicts(t *testing.T) {
	src := "results = [None] * 2\ndef fill(i):\n    d = {}\n    d['a'] = i\n    results[i] = d\nfor i in range(2):\n    fill(i)\n" +
		"total = 0\nfor part in results:\n    for k, v in part.items():\n        total += v\nprint(total)\n"
	got, diags := translate(t, src)
	if diags.HasErrors() {
		t.Fatalf("diagnostics: %s", diags)
	}
	checkGo(t, got, []string{"var results []*pyrt.Dict[string, int]", "results = slices.Repeat([]*pyrt.Dict[string, int]{nil}, 2)", "range part.All() {"}, []string{"any"})
}
