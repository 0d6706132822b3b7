package runtime

import (
	"iter"
	"slices"
	"strings"
)

// Counter is a collections.Counter of keys K: an insertion-ordered dict of
// counts.
//
// Kept from CPython 3.11: c[k] is 0 for a missing key without inserting it;
// most_common orders by count, ties in insertion order; update adds counts;
// + and - keep only positive counts; elements() repeats each key by its
// count in insertion order; total(); the repr Counter({'a': 2, 'b': 1}) in
// most_common order, Counter() when empty.
// Dropped: not safe for concurrent use (guard a shared Counter with a lock,
// as the GIL does not make c[k] += 1 atomic in CPython either); counts are
// ints only.
type Counter[K comparable] struct {
	d *Dict[K, int]
}

// NewCounter returns Counter(keys): each key counted once per occurrence.
func NewCounter[K comparable](keys []K) *Counter[K] {
	c := &Counter[K]{d: NewDict[K, int]()}
	c.Update(keys)
	return c
}

// CounterFromDict returns Counter(mapping) with the given counts.
func CounterFromDict[K comparable](d *Dict[K, int]) *Counter[K] {
	return &Counter[K]{d: d.Copy()}
}

// Len returns the number of keys.
func (c *Counter[K]) Len() int { return c.d.Len() }

// At returns c[k], 0 when k is missing.
func (c *Counter[K]) At(k K) int {
	v, _ := c.d.Get(k)
	return v
}

// Set assigns c[k] = n.
func (c *Counter[K]) Set(k K, n int) { c.d.Set(k, n) }

// Contains reports whether k has an entry (`k in c`).
func (c *Counter[K]) Contains(k K) bool { return c.d.Has(k) }

// Update adds one for each key.
func (c *Counter[K]) Update(keys []K) {
	for _, k := range keys {
		c.d.Set(k, c.At(k)+1)
	}
}

// UpdateCounter adds the other counter's counts.
func (c *Counter[K]) UpdateCounter(o *Counter[K]) {
	for k, n := range o.d.All() {
		c.d.Set(k, c.At(k)+n)
	}
}

// MostCommon returns most_common(n); n < 0 means all.
func (c *Counter[K]) MostCommon(n int) []Tuple2[K, int] {
	items := c.d.Items()
	slices.SortStableFunc(items, func(a, b Tuple2[K, int]) int { return b.V1 - a.V1 })
	if n >= 0 && n < len(items) {
		items = items[:n]
	}
	return items
}

// Items returns the (key, count) pairs in insertion order.
func (c *Counter[K]) Items() []Tuple2[K, int] { return c.d.Items() }

// Keys returns the keys in insertion order.
func (c *Counter[K]) Keys() []K { return c.d.Keys() }

// Values returns the counts in insertion order.
func (c *Counter[K]) Values() []int { return c.d.Values() }

// List returns list(c), the keys.
func (c *Counter[K]) List() []K { return c.d.Keys() }

// All iterates over the keys in insertion order.
func (c *Counter[K]) All() iter.Seq2[int, K] {
	return func(yield func(int, K) bool) {
		for i, k := range c.d.Keys() {
			if !yield(i, k) {
				return
			}
		}
	}
}

// Elements returns each key repeated by its positive count.
func (c *Counter[K]) Elements() []K {
	var out []K
	for k, n := range c.d.All() {
		for range n {
			out = append(out, k)
		}
	}
	return out
}

// Total returns the sum of the counts.
func (c *Counter[K]) Total() int {
	t := 0
	for _, n := range c.d.All() {
		t += n
	}
	return t
}

// Add returns c + o, keeping positive counts.
func (c *Counter[K]) Add(o *Counter[K]) *Counter[K] { return c.combine(o, 1) }

// Sub returns c - o, keeping positive counts.
func (c *Counter[K]) Sub(o *Counter[K]) *Counter[K] { return c.combine(o, -1) }

func (c *Counter[K]) combine(o *Counter[K], sign int) *Counter[K] {
	out := &Counter[K]{d: NewDict[K, int]()}
	for k, n := range c.d.All() {
		if v := n + sign*o.At(k); v > 0 {
			out.d.Set(k, v)
		}
	}
	for k, n := range o.d.All() {
		if !c.d.Has(k) && sign*n > 0 {
			out.d.Set(k, n)
		}
	}
	return out
}

// Equal reports c == o: the same keys with the same counts (a missing key
// counts as zero, as in Python 3.10 and later).
func (c *Counter[K]) Equal(o *Counter[K]) bool {
	for k, n := range c.d.All() {
		if o.At(k) != n {
			return false
		}
	}
	for k, n := range o.d.All() {
		if c.At(k) != n {
			return false
		}
	}
	return true
}

// PyRepr returns repr(c).
func (c *Counter[K]) PyRepr() string {
	if c.Len() == 0 {
		return "Counter()"
	}
	var b strings.Builder
	b.WriteString("Counter({")
	for i, kv := range c.MostCommon(-1) {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Repr(kv.V0) + ": " + Repr(kv.V1))
	}
	b.WriteString("})")
	return b.String()
}

// Clear removes all counts.
func (c *Counter[K]) Clear() { c.d.Clear() }

// CounterOf returns Counter({k1: n1, k2: n2, ...}) with the pairs in the
// order written.
func CounterOf[K comparable](pairs []Tuple2[K, int]) *Counter[K] {
	c := &Counter[K]{d: NewDict[K, int]()}
	for _, kv := range pairs {
		c.d.Set(kv.V0, kv.V1)
	}
	return c
}
