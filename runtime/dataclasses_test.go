package runtime

import "testing"

// TestFrozenInstanceError checks the class's place in the hierarchy and
// the line an uncaught one prints.
func TestFrozenInstanceError(t *testing.T) {
	e := NewExc(FrozenInstanceError, "cannot assign to field 'x'")
	if !e.IsInstance(AttributeError) || e.IsInstance(KeyError) {
		t.Errorf("FrozenInstanceError must derive from AttributeError only")
	}
	if got, want := e.Line(), "FrozenInstanceError: cannot assign to field 'x'"; got != want {
		t.Errorf("Line() = %q, want %q", got, want)
	}
}
