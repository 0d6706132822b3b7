package runtime

import "testing"

func TestRaisingPanicsWithTheException(t *testing.T) {
	e := Try(func() {
		s := Raising[string](TypeError, `can only concatenate str (not "int") to str`)
		t.Errorf("Raising returned %q", s)
	})
	if e == nil || e.Line() != `TypeError: can only concatenate str (not "int") to str` {
		t.Fatalf("got %v", e)
	}
}
