package runtime

// The combinatoric and grouping itertools over finite inputs, as finished
// slices (the programs consume them once, with list() or a for loop), in
// CPython 3.11's order:
// permutations(xs, r) and combinations(xs, r) for r of 2 and 3 (fixed
// tuple sizes), product of three iterables, accumulate with addition, and
// groupby with or without a key. Dropped: laziness, and groupby's groups
// are lists rather than iterators that the next group invalidates.

// Product3 returns list(product(a, b, c)).
func Product3[A, B, C any](a []A, b []B, c []C) []Tuple3[A, B, C] {
	out := make([]Tuple3[A, B, C], 0, len(a)*len(b)*len(c))
	for _, x := range a {
		for _, y := range b {
			for _, z := range c {
				out = append(out, Tuple3[A, B, C]{x, y, z})
			}
		}
	}
	return out
}

// permutationIndices lists the index tuples of permutations(range(n), r)
// in lexicographic order, as CPython yields them.
func permutationIndices(n, r int) [][]int {
	var out [][]int
	cur := make([]int, 0, r)
	used := make([]bool, n)
	var walk func()
	walk = func() {
		if len(cur) == r {
			out = append(out, append([]int(nil), cur...))
			return
		}
		for i := 0; i < n; i++ {
			if !used[i] {
				used[i] = true
				cur = append(cur, i)
				walk()
				cur = cur[:len(cur)-1]
				used[i] = false
			}
		}
	}
	if r <= n {
		walk()
	}
	return out
}

// combinationIndices lists the index tuples of combinations(range(n), r)
// in lexicographic order.
func combinationIndices(n, r int) [][]int {
	var out [][]int
	cur := make([]int, 0, r)
	var walk func(from int)
	walk = func(from int) {
		if len(cur) == r {
			out = append(out, append([]int(nil), cur...))
			return
		}
		for i := from; i < n; i++ {
			cur = append(cur, i)
			walk(i + 1)
			cur = cur[:len(cur)-1]
		}
	}
	walk(0)
	return out
}

func pairsOf[T any](xs []T, idx [][]int) []Tuple2[T, T] {
	out := make([]Tuple2[T, T], len(idx))
	for i, ix := range idx {
		out[i] = Tuple2[T, T]{xs[ix[0]], xs[ix[1]]}
	}
	return out
}

func triplesOf[T any](xs []T, idx [][]int) []Tuple3[T, T, T] {
	out := make([]Tuple3[T, T, T], len(idx))
	for i, ix := range idx {
		out[i] = Tuple3[T, T, T]{xs[ix[0]], xs[ix[1]], xs[ix[2]]}
	}
	return out
}

// Permutations2 returns list(permutations(xs, 2)).
func Permutations2[T any](xs []T) []Tuple2[T, T] { return pairsOf(xs, permutationIndices(len(xs), 2)) }

// Permutations3 returns list(permutations(xs, 3)).
func Permutations3[T any](xs []T) []Tuple3[T, T, T] {
	return triplesOf(xs, permutationIndices(len(xs), 3))
}

// Combinations2 returns list(combinations(xs, 2)).
func Combinations2[T any](xs []T) []Tuple2[T, T] { return pairsOf(xs, combinationIndices(len(xs), 2)) }

// Combinations3 returns list(combinations(xs, 3)).
func Combinations3[T any](xs []T) []Tuple3[T, T, T] {
	return triplesOf(xs, combinationIndices(len(xs), 3))
}

// Accumulate returns list(accumulate(xs)): the running sums.
func Accumulate[T Number | ~string](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		if i == 0 {
			out[i] = x
		} else {
			out[i] = out[i-1] + x
		}
	}
	return out
}

// GroupBy returns groupby(xs, key) as (key, group) pairs: each run of
// consecutive elements with equal keys is one group.
func GroupBy[T any, K comparable](xs []T, key func(T) K) []Tuple2[K, []T] {
	var out []Tuple2[K, []T]
	for _, x := range xs {
		k := key(x)
		if n := len(out); n > 0 && out[n-1].V0 == k {
			out[n-1].V1 = append(out[n-1].V1, x)
			continue
		}
		out = append(out, Tuple2[K, []T]{k, []T{x}})
	}
	return out
}
