package mapper_test

import (
	"strings"
	"testing"
)

// TestExcInfo pins sys.exc_info(): the handled exception inside an except
// clause, (None, None, None) in module code outside one, and a diagnostic
// where the value depends on the caller.
func TestExcInfo(t *testing.T) {
	inside := "import sys\ntry:\n    pass\nexcept ValueError:\n    a, b, c = sys.exc_info()\n    print(a.__name__, b, c is None)\n"
	got, diags := translate(t, inside)
	if diags.HasErrors() {
		t.Fatalf("%s", diags)
	}
	checkGo(t, got, []string{"pyrt.Tuple3[*pyrt.ExcType, *pyrt.Exc, *pyrt.Exc]{V0: e.Type, V1: e, V2: e}"}, nil)

	outside := "import sys\nprint(sys.exc_info())\ntry:\n    pass\nfinally:\n    print(1)\n"
	got, diags = translate(t, outside)
	if diags.HasErrors() {
		t.Fatalf("%s", diags)
	}
	checkGo(t, got, []string{"pyrt.Tuple3[any, any, any]{V0: nil, V1: nil, V2: nil}"}, nil)

	for _, c := range []struct{ src, want string }{
		{"import sys\ndef f():\n    return sys.exc_info()\nf()\n", "t.py:3:12: unsupported: sys.exc_info() outside an except clause"},
		{"import sys\ntry:\n    pass\nfinally:\n    print(sys.exc_info())\n", "t.py:5:11: unsupported: sys.exc_info() outside an except clause"},
	} {
		_, diags := translate(t, c.src)
		if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), c.want) {
			t.Errorf("%q: got diagnostics\n%s\nwant prefix %q", c.src, diags, c.want)
		}
	}
}

// TestSysArgvVersion pins sys.argv (the script name, then Go's arguments)
// and sys.version_info as the emulated (3, 11).
func TestSysArgvVersion(t *testing.T) {
	got, diags := translate(t, "import sys\nprint(len(sys.argv), sys.version_info >= (3, 8))\n")
	if diags.HasErrors() {
		t.Fatalf("%s", diags)
	}
	checkGo(t, got, []string{`append([]string{"t.py"}, os.Args[1:]...)`, "pyrt.Tuple2[int, int]{V0: 3, V1: 11}"}, nil)
}
