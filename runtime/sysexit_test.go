package runtime

import "testing"

// TestSystemExitCode checks e.code for each form of sys.exit: no argument
// is None, one argument is itself, several are a tuple.
func TestSystemExitCode(t *testing.T) {
	cases := []struct {
		code any
		want string
	}{
		{nil, "None"},
		{5, "5"},
		{"bad config", "'bad config'"},
	}
	for _, tc := range cases {
		exc := Try(func() { Exit(tc.code) })
		if exc == nil || !exc.IsInstance(SystemExit) {
			t.Fatalf("Exit(%v) raised %v, want SystemExit", tc.code, exc)
		}
		if got := Repr(exc.Code()); got != tc.want {
			t.Errorf("Exit(%v).Code() = %s, want %s", tc.code, got, tc.want)
		}
	}
	if got := Repr(NewExc(SystemExit, 1, "x").Code()); got != "(1, 'x')" {
		t.Errorf("code of SystemExit(1, 'x') = %s", got)
	}
	if code := withMain(t, func() { Exit(nil) }); code != 0 {
		t.Errorf("Exit(nil) status %d, want 0", code)
	}
}
