package runtime

// SeqTuple is a tuple of any length whose items share one type, as a
// parameter annotated tuple[T, ...] receives: a Go slice, so ranging,
// len and indexing are Go's, that prints, compares and hashes as a Python
// tuple.
type SeqTuple[T any] []T

func (t SeqTuple[T]) tupleItems() []any {
	items := make([]any, len(t))
	for i, x := range t {
		items[i] = x
	}
	return items
}

// PyRepr returns the tuple's repr: () when empty, (x,) with one item.
func (t SeqTuple[T]) PyRepr() string { return tupleRepr(t) }

// String returns str(t), which for a tuple is its repr.
func (t SeqTuple[T]) String() string { return tupleRepr(t) }

func (t SeqTuple[T]) appendReprTo(dst []byte, st *reprState) []byte {
	return appendTupleRepr(dst, t, st)
}
