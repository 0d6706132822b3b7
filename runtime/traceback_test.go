package runtime

import (
	"bytes"
	"testing"
)

func TestFormatExc(t *testing.T) {
	e := NewExc(ZeroDivisionError, "division by zero")
	want := "Traceback (most recent call last):\nZeroDivisionError: division by zero\n"
	if got := FormatExc(e); got != want {
		t.Errorf("got %q", got)
	}
	var buf bytes.Buffer
	PrintExc(&buf, e)
	if buf.String() != want {
		t.Errorf("print_exc wrote %q", buf.String())
	}
}
