package runtime

import "testing"

func TestWorkerCountArgumentsRaiseValueError(t *testing.T) {
	for name, check := range map[string]func(int) int{"MaxWorkersArg": MaxWorkersArg, "PoolProcessesArg": PoolProcessesArg} {
		if got := check(3); got != 3 {
			t.Errorf("%s(3) = %d, want 3", name, got)
		}
		exc := Try(func() { check(0) })
		if exc == nil || !exc.IsInstance(ValueError) {
			t.Errorf("%s(0) raised %v, want ValueError", name, exc)
		}
	}
}

func TestProcessNameArg(t *testing.T) {
	if got := ProcessNameArg(nil); got != "" {
		t.Errorf("ProcessNameArg(nil) = %q, want the default", got)
	}
	if got := ProcessNameArg("child"); got != "child" {
		t.Errorf("ProcessNameArg(\"child\") = %q", got)
	}
}
