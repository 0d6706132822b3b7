package runtime

import "fmt"

// Unzip2 is a, b = zip(*rows) for rows of pairs: the first elements as
// one slice, the second as another (tuples in Python). Kept: CPython's
// ValueError when there are no rows, since zip() then yields nothing to
// unpack. Dropped: nothing.
func Unzip2[A, B any](rows []Tuple2[A, B]) Tuple2[[]A, []B] {
	checkUnzip(len(rows), 2)
	var out Tuple2[[]A, []B]
	for _, r := range rows {
		out.V0 = append(out.V0, r.V0)
		out.V1 = append(out.V1, r.V1)
	}
	return out
}

// Unzip3 is Unzip2 for rows of three elements.
func Unzip3[A, B, C any](rows []Tuple3[A, B, C]) Tuple3[[]A, []B, []C] {
	checkUnzip(len(rows), 3)
	var out Tuple3[[]A, []B, []C]
	for _, r := range rows {
		out.V0 = append(out.V0, r.V0)
		out.V1 = append(out.V1, r.V1)
		out.V2 = append(out.V2, r.V2)
	}
	return out
}

// Unzip4 is Unzip2 for rows of four elements.
func Unzip4[A, B, C, D any](rows []Tuple4[A, B, C, D]) Tuple4[[]A, []B, []C, []D] {
	checkUnzip(len(rows), 4)
	var out Tuple4[[]A, []B, []C, []D]
	for _, r := range rows {
		out.V0 = append(out.V0, r.V0)
		out.V1 = append(out.V1, r.V1)
		out.V2 = append(out.V2, r.V2)
		out.V3 = append(out.V3, r.V3)
	}
	return out
}

// Unzip5 is Unzip2 for rows of five elements.
func Unzip5[A, B, C, D, E any](rows []Tuple5[A, B, C, D, E]) Tuple5[[]A, []B, []C, []D, []E] {
	checkUnzip(len(rows), 5)
	var out Tuple5[[]A, []B, []C, []D, []E]
	for _, r := range rows {
		out.V0 = append(out.V0, r.V0)
		out.V1 = append(out.V1, r.V1)
		out.V2 = append(out.V2, r.V2)
		out.V3 = append(out.V3, r.V3)
		out.V4 = append(out.V4, r.V4)
	}
	return out
}

func checkUnzip(rows, want int) {
	if rows == 0 {
		panic(NewExc(ValueError, fmt.Sprintf("not enough values to unpack (expected %d, got 0)", want)))
	}
}
