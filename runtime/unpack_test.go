package runtime

import "testing"

func TestUnpackAtLeast(t *testing.T) {
	if e := Try(func() { UnpackAtLeast(3, 3) }); e != nil {
		t.Errorf("enough values raised %v", e)
	}
	e := Try(func() { UnpackAtLeast(1, 2) })
	if e == nil || e.Line() != "ValueError: not enough values to unpack (expected at least 2, got 1)" {
		t.Errorf("got %v", e)
	}
}
