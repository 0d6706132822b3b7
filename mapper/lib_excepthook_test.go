package mapper_test

import "testing"

// TestExceptHook pins threading.excepthook: installing a hook is
// pyrt.SetExceptHook, the hook's argument is a pyrt.ExceptHookArgs read by
// field, and restoring __excepthook__ passes nil.
func TestExceptHook(t *testing.T) {
	src := "import threading\ndef hook(args):\n    print(args.exc_type.__name__, args.exc_value, args.thread.name)\n" +
		"def boom():\n    raise ValueError('x')\nthreading.excepthook = hook\n" +
		"t = threading.Thread(target=boom)\nt.start()\nt.join()\n" +
		"print(threading.__excepthook__ is hook)\nthreading.excepthook = threading.__excepthook__\n"
	out, diags := translate(t, src)
	if diags.HasErrors() {
		t.Fatalf("diagnostics:\n%s", diags)
	}
	checkGo(t, out, []string{
		"func hook(args pyrt.ExceptHookArgs)",
		"args.ExcType.Name, pyrt.Str(args.ExcValue), args.Thread.Name()",
		"pyrt.SetExceptHook(hook)",
		"pyrt.Str(false)",
		"pyrt.SetExceptHook(nil)",
	}, nil)
}
