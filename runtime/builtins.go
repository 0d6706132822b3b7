package runtime

// Small generic helpers for Python builtins that have no one-expression
// equivalent in Go. Each is what a Go programmer would write as a loop; the
// translator uses them so that a builtin call stays one expression.

// Number is the element type sum() and friends accept.
type Number interface{ ~int | ~float64 }

// Sum is Python's sum(xs) over ints or floats. An int sum past 64 bits
// raises OverflowError: adding two numbers of one sign can only flip the
// sign by wrapping around, which float addition never does.
func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		s := total + x
		if (total >= 0) == (x >= 0) && (s >= 0) != (total >= 0) {
			raiseIntOverflow()
		}
		total = s
	}
	return total
}

// Range is list(range(start, stop, step)); step must not be 0 (Python
// raises ValueError "range() arg 3 must not be zero").
func Range(start, stop, step int) []int {
	if step == 0 {
		panic(NewExc(ValueError, "range() arg 3 must not be zero"))
	}
	var out []int
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		out = append(out, i)
	}
	if out == nil {
		out = []int{}
	}
	return out
}

// GetOr is dict.get(k, def): the value for k, or def when k is absent.
func GetOr[K comparable, V any](m map[K]V, k K, def V) V {
	if v, ok := m[k]; ok {
		return v
	}
	return def
}

// DivMod is Python's divmod(a, b) for ints, with floor semantics.
func DivMod(a, b int) Tuple2[int, int] {
	return Tuple2[int, int]{V0: FloorDiv(a, b), V1: Mod(a, b)}
}

// Pop is list.pop(): it removes and returns the last element, raising
// IndexError("pop from empty list") on an empty list.
func Pop[T any](xs *[]T) T {
	n := len(*xs)
	if n == 0 {
		panic(NewExc(IndexError, "pop from empty list"))
	}
	v := (*xs)[n-1]
	*xs = (*xs)[:n-1]
	return v
}

// PopAt is list.pop(i), with Python's negative indexes.
func PopAt[T any](xs *[]T, i int) T {
	n := len(*xs)
	if i < 0 {
		i += n
	}
	if n == 0 {
		panic(NewExc(IndexError, "pop from empty list"))
	}
	if i < 0 || i >= n {
		panic(NewExc(IndexError, "pop index out of range"))
	}
	v := (*xs)[i]
	*xs = append((*xs)[:i], (*xs)[i+1:]...)
	return v
}

// TypeName is type(v).__name__ for a value whose Python type is only known
// at run time (an Optional or an any): the Python name of its Go
// representation.
func TypeName(v any) string {
	switch x := v.(type) {
	case nil:
		return "NoneType"
	case int:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case bool:
		return "bool"
	case *Exc:
		return x.Type.Name
	case pyTuple:
		return "tuple"
	}
	return reflectTypeName(v)
}
