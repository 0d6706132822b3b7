package runtime

import "fmt"

// PyRepr is repr(t), the same text as String: Python's Thread has no
// __str__, so str and repr agree.
func (t *Thread) PyRepr() string { return t.String() }

// PyRepr is repr(lock): "<unlocked _thread.lock object at 0xc000012345>"
// or "<locked ...>". The address is the Go pointer, which no program can
// compare with CPython's.
func (l *Lock) PyRepr() string {
	state := "unlocked"
	if l.Locked() {
		state = "locked"
	}
	return fmt.Sprintf("<%s _thread.lock object at %p>", state, l)
}
