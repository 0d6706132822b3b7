package runtime

// Hash returns Python's hash(v) for an int, float, bool, str or tuple of
// them, bit for bit as CPython 3.11 computes it on a 64-bit machine with
// PYTHONHASHSEED=0 (the recording's setting; CPython randomises str hashes
// otherwise). Other values raise TypeError: CPython hashes them by identity
// (None, plain objects, NaN) or refuses them (lists, dicts, sets).
func Hash(v any) int {
	h, ok := pyHash(v)
	if !ok {
		Raise(TypeError, "unhashable value: "+TypeName(v))
	}
	return int(h)
}
