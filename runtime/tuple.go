package runtime

import (
	"reflect"
	"strconv"
)

// Tuple1 is a one-element tuple, printed (v,).
type Tuple1[A any] struct{ V0 A }

// Tuple2 is a pair, printed (a, b).
//
// Python tuples become the generic structs below, one per length, so that
// their elements keep static Go types; Tuple holds a tuple whose length or
// element types are only known at run time (tuple(xs), *args).
//
// Kept: repr and str as CPython prints them, (1, 'a') and (1,) for one
// element, and ordering element by element in Compare. Dropped: nothing
// observable by printing; hashing works because the structs are comparable
// whenever their element types are, so tuples can be map and Set keys
// (except Tuple, a slice: a tuple of more than five elements cannot be a
// key).
type Tuple2[A, B any] struct {
	V0 A
	V1 B
}

// Tuple3 is a three-element tuple.
type Tuple3[A, B, C any] struct {
	V0 A
	V1 B
	V2 C
}

// Tuple4 is a four-element tuple.
type Tuple4[A, B, C, D any] struct {
	V0 A
	V1 B
	V2 C
	V3 D
}

// Tuple5 is a five-element tuple.
type Tuple5[A, B, C, D, E any] struct {
	V0 A
	V1 B
	V2 C
	V3 D
	V4 E
}

// Tuple is a tuple of any length whose elements are only typed at run time.
type Tuple []any

// pyTuple marks the tuple types: Repr prints them in parentheses, Compare
// orders them element by element and Percent unpacks a lone tuple argument.
// The method is unexported so that only this package's types are tuples.
type pyTuple interface{ tupleItems() []any }

func (t Tuple1[A]) tupleItems() []any       { return []any{t.V0} }
func (t Tuple2[A, B]) tupleItems() []any    { return []any{t.V0, t.V1} }
func (t Tuple3[A, B, C]) tupleItems() []any { return []any{t.V0, t.V1, t.V2} }
func (t Tuple4[A, B, C, D]) tupleItems() []any {
	return []any{t.V0, t.V1, t.V2, t.V3}
}
func (t Tuple5[A, B, C, D, E]) tupleItems() []any {
	return []any{t.V0, t.V1, t.V2, t.V3, t.V4}
}
func (t Tuple) tupleItems() []any { return t }

// PyRepr returns the tuple's repr, (1,).
func (t Tuple1[A]) PyRepr() string { return tupleRepr(t) }

// PyRepr returns the tuple's repr, (1, 'a').
func (t Tuple2[A, B]) PyRepr() string { return tupleRepr(t) }

// PyRepr returns the tuple's repr.
func (t Tuple3[A, B, C]) PyRepr() string { return tupleRepr(t) }

// PyRepr returns the tuple's repr.
func (t Tuple4[A, B, C, D]) PyRepr() string { return tupleRepr(t) }

// PyRepr returns the tuple's repr.
func (t Tuple5[A, B, C, D, E]) PyRepr() string { return tupleRepr(t) }

// PyRepr returns the tuple's repr: () when empty, (x,) with one element.
func (t Tuple) PyRepr() string {
	if t == nil {
		// A nil Tuple is still a tuple, not None: tuple() is ().
		return "()"
	}
	return tupleRepr(t)
}

// String returns str(t), which for a tuple is its repr.
func (t Tuple1[A]) String() string { return tupleRepr(t) }

// String returns str(t), which for a tuple is its repr.
func (t Tuple2[A, B]) String() string { return tupleRepr(t) }

// String returns str(t), which for a tuple is its repr.
func (t Tuple3[A, B, C]) String() string { return tupleRepr(t) }

// String returns str(t), which for a tuple is its repr.
func (t Tuple4[A, B, C, D]) String() string { return tupleRepr(t) }

// String returns str(t), which for a tuple is its repr.
func (t Tuple5[A, B, C, D, E]) String() string { return tupleRepr(t) }

// String returns str(t), which for a tuple is its repr.
func (t Tuple) String() string { return t.PyRepr() }

func tupleRepr(t pyTuple) string { return string(appendTupleRepr(nil, t, &reprState{})) }

func appendTupleRepr(dst []byte, t pyTuple, st *reprState) []byte {
	items := t.tupleItems()
	dst = append(dst, '(')
	for i, it := range items {
		if i > 0 {
			dst = append(dst, ", "...)
		}
		dst = appendAnyRepr(dst, it, st)
	}
	if len(items) == 1 {
		dst = append(dst, ',')
	}
	return append(dst, ')')
}

func (t Tuple1[A]) appendReprTo(dst []byte, st *reprState) []byte {
	return appendTupleRepr(dst, t, st)
}
func (t Tuple2[A, B]) appendReprTo(dst []byte, st *reprState) []byte {
	return appendTupleRepr(dst, t, st)
}
func (t Tuple3[A, B, C]) appendReprTo(dst []byte, st *reprState) []byte {
	return appendTupleRepr(dst, t, st)
}
func (t Tuple4[A, B, C, D]) appendReprTo(dst []byte, st *reprState) []byte {
	return appendTupleRepr(dst, t, st)
}
func (t Tuple5[A, B, C, D, E]) appendReprTo(dst []byte, st *reprState) []byte {
	return appendTupleRepr(dst, t, st)
}
func (t Tuple) appendReprTo(dst []byte, st *reprState) []byte {
	return appendTupleRepr(dst, t, st)
}

// appendAnyRepr appends Repr(v), with the common scalar cases done without
// reflection.
func appendAnyRepr(dst []byte, v any, st *reprState) []byte {
	switch x := v.(type) {
	case nil:
		return append(dst, "None"...)
	case string:
		return appendQuoted(dst, x, false)
	case int:
		return strconv.AppendInt(dst, int64(x), 10)
	case float64:
		return appendFloatRepr(dst, x)
	case bool:
		return append(dst, boolText(x)...)
	}
	return appendRepr(dst, reflect.ValueOf(v), st)
}
