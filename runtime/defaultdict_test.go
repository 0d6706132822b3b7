package runtime

import "testing"

// Expected texts are CPython 3.11's for the same operations.
func TestDefaultDict(t *testing.T) {
	byLetter := NewDefaultDict[string](func() []string { return []string{} }, "list")
	for _, w := range []string{"apple", "avocado", "banana", "apple"} {
		p := byLetter.Ref(w[:1])
		*p = append(*p, w)
	}
	if got := Repr(byLetter); got != "defaultdict(<class 'list'>, {'a': ['apple', 'avocado', 'apple'], 'b': ['banana']})" {
		t.Errorf("repr %s", got)
	}
	counts := NewDefaultDict[string](func() int { return 0 }, "int")
	counts.Set("x", counts.At("x")+1)
	if counts.At("missing") != 0 || counts.Len() != 2 || !counts.Contains("missing") || counts.Contains("zzz") {
		t.Error("reading a missing key must insert it")
	}
	if counts.Get("other", 7) != 7 || counts.Len() != 2 {
		t.Error("get must not insert")
	}
	if got := counts.FactoryName(); got != "<class 'int'>" {
		t.Errorf("factory %s", got)
	}
	if got := Repr(counts.Items()); got != "[('x', 1), ('missing', 0)]" {
		t.Errorf("items %s", got)
	}
}
