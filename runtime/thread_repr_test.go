package runtime

import (
	"regexp"
	"strconv"
	"testing"
)

func TestThreadAndLockRepr(t *testing.T) {
	release := make(chan struct{})
	th := NewThread(func() { <-release }, "wait", "w", false)
	if got, want := Repr(th), th.String(); got != want || got[:17] != "<Thread(w, initia" {
		t.Fatalf("unstarted: %q, want %q", got, want)
	}
	th.Start()
	if got := Repr(th); !regexp.MustCompile(` started (daemon )?` + strconv.Itoa(th.Ident()) + `\)>$`).MatchString(got) {
		t.Fatalf("started: %q", got)
	}
	close(release)
	th.Join(-1)
	if th.Ident() < identBase {
		t.Fatalf("ident %d is not in CPython's range", th.Ident())
	}
	l := NewLock()
	pattern := regexp.MustCompile(`^<unlocked _thread\.lock object at 0x[0-9a-f]+>$`)
	if got := Repr(l); !pattern.MatchString(got) {
		t.Fatalf("unlocked lock: %q", got)
	}
	l.Lock()
	defer l.Unlock()
	if got := Repr(l); got[:8] != "<locked " {
		t.Fatalf("locked lock: %q", got)
	}
}
