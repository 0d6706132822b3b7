package runtime

import "iter"

// IsliceSeq returns list(islice(seq, start, stop, step)) of a lazy
// sequence (a generator expression over an endless iterator), pulling only
// the values islice needs: up to stop, or all of them when stop < 0 (None).
func IsliceSeq[T any](seq iter.Seq[T], start, stop, step int) []T {
	indexed := func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
	return Islice(indexed, start, stop, step)
}
