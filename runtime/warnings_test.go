package runtime

import "testing"

func TestDeprecatedShownOncePerLocationAndMessage(t *testing.T) {
	buf := captureReports(t)
	for range 2 {
		Deprecated("prog.py:9", "setName() is deprecated, set the name attribute instead", `t.setName("x")`)
	}
	Deprecated("prog.py:9", "getName() is deprecated, get the name attribute instead", `t.setName(t.getName())`)
	Deprecated("prog.py:10", "setName() is deprecated, set the name attribute instead", "")
	want := "prog.py:9: DeprecationWarning: setName() is deprecated, set the name attribute instead\n" +
		"  t.setName(\"x\")\n" +
		"prog.py:9: DeprecationWarning: getName() is deprecated, get the name attribute instead\n" +
		"  t.setName(t.getName())\n" +
		"prog.py:10: DeprecationWarning: setName() is deprecated, set the name attribute instead\n"
	if got := buf.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}
