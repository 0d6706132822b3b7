package mapper_test

import (
	"strings"
	"testing"
)

// TestThreadArgsSharedReadsAndWarnings pins the Go chosen for thread
// arguments that are not tuple literals, reads of shared globals while
// threads run, wait_for's value and the deprecated threading aliases.
func TestThreadArgsSharedReadsAndWarnings(t *testing.T) {
	cases := []struct {
		name, src string
		want, not []string
	}{
		{"a string args is spread into characters",
			"import threading\ndef f(a, b):\n    print(a, b)\nt = threading.Thread(target=f, args=(\"ab\"))\nt.start()\nt.join()\n",
			[]string{`f("a", "b")`}, nil},
		{"a tuple variable args is spread into its elements",
			"import threading\ndef f(a, b):\n    print(a + b)\np = (1, 2)\nt = threading.Thread(target=f, args=p)\nt.start()\nt.join()\n",
			[]string{"p.V0", "p.V1", "func f(a int, b int)"}, nil},
		{"kwargs given by dict() reach the keyword parameters",
			"import threading\ndef f(a, b=\"!\"):\n    print(a + b)\nt = threading.Thread(target=f, args=(\"x\",), kwargs=dict(b=\"?\"))\nt.start()\nt.join()\n",
			[]string{`f("x", "?")`}, nil},
		{"a builtin target runs in the goroutine",
			"import threading\nt = threading.Thread(target=print, args=(\"hi\",))\nt.start()\nt.join()\n",
			[]string{`fmt.Println("hi")`}, nil},
		{"a loop polling a shared global reads it under its writers' lock",
			"import threading, time\nlock = threading.Lock()\ndone = []\ndef w(i):\n    with lock:\n        done.append(i)\nfor i in range(2):\n    threading.Thread(target=w, args=(i,)).start()\nwhile len(done) < 2:\n    time.sleep(0.01)\nprint(done)\n",
			[]string{"lock.Lock()\n\t\tmore := len(done) < 2\n\t\tlock.Unlock()\n\t\tif !more {\n\t\t\tbreak"}, []string{"doneMu"}},
		{"reads after the join need no lock",
			"import threading\nseen = []\ndef w():\n    seen.append(1)\nt = threading.Thread(target=w)\nt.start()\nt.join()\nprint(seen)\n",
			[]string{"seenMu.Lock()\n\tseen = append(seen, 1)\n\tseenMu.Unlock()", "Wait()\n\tfmt.Println(pyrt.Str(seen))"}, nil},
		{"wait_for returns the predicate's value",
			"import threading\ncond = threading.Condition()\nready = []\nwith cond:\n    print(cond.wait_for(lambda: ready, timeout=0.01))\n",
			[]string{"pyrt.WaitForValue(cond, func() ([]any, bool) {", "return value, len(value) > 0"}, nil},
		{"deprecated aliases warn before the statement, innermost call first",
			"import threading\nprint(threading.currentThread().getName())\n",
			[]string{`pyrt.Deprecated("t.py:2", "currentThread() is deprecated, use current_thread() instead", "print(threading.currentThread().getName())")` + "\n\tpyrt.Deprecated(\"t.py:2\", \"getName()"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, diags := translate(t, tc.src)
			if diags.HasErrors() {
				t.Fatalf("diagnostics: %s", diags)
			}
			checkGo(t, out, tc.want, tc.not)
		})
	}
}

func TestThreadArgsUnsupported(t *testing.T) {
	_, diags := translate(t, "import threading\ndef f(a):\n    print(a)\nxs = [1]\nt = threading.Thread(target=f, args=xs)\nt.start()\nt.join()\n")
	if !diags.HasErrors() || !strings.Contains(diags.String(), "t.py:5:37: unsupported: thread args") {
		t.Fatalf("want a positioned diagnostic, got %v", diags)
	}
}
