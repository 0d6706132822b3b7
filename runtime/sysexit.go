package runtime

// Code is SystemExit's code attribute, as CPython computes it from the
// constructor arguments: nil (None) without arguments, the argument itself
// when there is one, and the arguments as a tuple when there are several.
func (e *Exc) Code() any {
	switch len(e.Args) {
	case 0:
		return nil
	case 1:
		return e.Args[0]
	}
	return Tuple(e.Args)
}
