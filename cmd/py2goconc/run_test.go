package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

// TestDiagnostics pins the exact diagnostic text and exit code for
// malformed and unsupported input.
func TestDiagnostics(t *testing.T) {
	cases := []struct {
		file, want string
	}{
		{"testdata/syntax_error.py", "testdata/syntax_error.py:3:5: syntax error: invalid syntax\n    x = = 1\n        ^\n"},
		{"testdata/tab_mix.py", "testdata/tab_mix.py:3:1: syntax error: inconsistent use of tabs and spaces in indentation\n    \treturn 1\n    ^\n"},
		{"testdata/walrus.py", "testdata/walrus.py:3:7: unsupported: walrus operator ':='; assign the value on its own line first\n    if (n := 10) > 5:\n          ^\n"},
		{"testdata/unsupported_stmt.py", "testdata/unsupported_stmt.py:2:5: unsupported statement: del of a variable (Go cannot unbind a name); only dict keys, list items and list slices are deleted\n        del x\n        ^\n"},
	}
	for _, c := range cases {
		out, errs, code := runCLI(t, "", c.file)
		if code != exitError || out != "" || errs != c.want {
			t.Errorf("%s: exit %d, stdout %q, stderr:\n%s\nwant exit 1 and stderr:\n%s", c.file, code, out, errs, c.want)
		}
	}
}

func TestStdinAndOutputFile(t *testing.T) {
	out, errs, code := runCLI(t, "print('hi')\n", "-")
	if code != exitOK || !strings.Contains(out, `fmt.Println("hi")`) || errs != "" {
		t.Fatalf("stdin: exit %d, out %q, err %q", code, out, errs)
	}
	dst := filepath.Join(t.TempDir(), "out.go")
	if _, errs, code := runCLI(t, "", "-o", dst, "testdata/hello.py"); code != exitOK {
		t.Fatalf("-o: exit %d: %s", code, errs)
	}
	got, err := os.ReadFile(dst)
	if err != nil || !strings.Contains(string(got), "package main") {
		t.Fatalf("-o wrote %q, %v", got, err)
	}
}

func TestStdinDiagnosticsName(t *testing.T) {
	_, errs, code := runCLI(t, "x = = 1\n", "-")
	if code != exitError || !strings.HasPrefix(errs, "<stdin>:1:5: syntax error") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
}

func TestUsage(t *testing.T) {
	cases := []struct {
		args []string
		code int
		want string
	}{
		{nil, exitUsage, "no input file"},
		{[]string{"--bogus", "a.py"}, exitUsage, "unknown flag: --bogus"},
		{[]string{"-o"}, exitUsage, "flag needs an argument"},
		{[]string{"testdata/hello.py", "testdata/walrus.py"}, exitUsage, "need -o OUTDIR"},
	}
	for _, c := range cases {
		_, errs, code := runCLI(t, "", c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d containing %q", c.args, code, errs, c.code, c.want)
		}
	}
	out, _, code := runCLI(t, "", "--version")
	if code != exitOK || !strings.HasPrefix(out, "py2goconc ") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
	_, errs, code := runCLI(t, "", "--help")
	if code != exitOK || !strings.Contains(errs, "Examples:") || !strings.Contains(errs, "--output") {
		t.Errorf("--help: exit %d, %q", code, errs)
	}
}

func TestMissingInput(t *testing.T) {
	_, errs, code := runCLI(t, "", "testdata/nope.py")
	if code != exitError || !strings.Contains(errs, "nope.py") {
		t.Errorf("exit %d, %q", code, errs)
	}
}

// TestRefusesToOverwriteInput: -o naming the input is a usage error and the
// input is untouched.
func TestRefusesToOverwriteInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.py")
	if err := os.WriteFile(in, []byte("print(1)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, code := runCLI(t, "", "-o", in, in)
	got, _ := os.ReadFile(in)
	if code != exitUsage || string(got) != "print(1)\n" {
		t.Errorf("exit %d, input now %q", code, got)
	}
}

// TestBatch converts a directory with one bad input: the good one is
// written, the bad one is a diagnostic, exit 1, and the output builds.
func TestBatch(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, src := range map[string]string{"good.py": "print('ok')\n", "bad.py": "x = = 1\n"} {
		if err := os.WriteFile(filepath.Join(in, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "out")
	_, errs, code := runCLI(t, "", "-o", out, in)
	if code != exitError || !strings.Contains(errs, "bad.py:1:5: syntax error") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(out, "good", "main.go")); err != nil {
		t.Fatalf("good program not written: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "bad")); err == nil {
		t.Fatal("bad program written")
	}
	if testing.Short() {
		return
	}
	cmd := exec.Command("go", "build", "-o", t.TempDir()+"/", "./...")
	cmd.Dir = out
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build in batch output: %v\n%s", err, b)
	}
}
