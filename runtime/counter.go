package runtime

import (
	"iter"
	"slices"
	"strings"
	"sync"
)

// Counter is a collections.Counter of keys K: an insertion-ordered dict of
// counts.
//
// Kept from CPython 3.11: c[k] is 0 for a missing key without inserting it;
// most_common orders by count, ties in insertion order; update adds counts;
// + and - keep only positive counts; elements() repeats each key by its
// count in insertion order; total(); the repr Counter({'a': 2, 'b': 1}) in
// most_common order, Counter() when empty. Each method is atomic, as each
// dict operation is under CPython's GIL (c[k] += 1, a read then a write, is
// not, in either).
// Dropped: counts are ints only.
type Counter[K comparable] struct {
	mu sync.Mutex
	d  *Dict[K, int]
}

// NewCounter returns Counter(keys): each key counted once per occurrence.
func NewCounter[K comparable](keys []K) *Counter[K] {
	c := &Counter[K]{d: NewDict[K, int]()}
	c.Update(keys)
	return c
}

// CounterOf returns Counter({k1: n1, k2: n2, ...}) with the pairs in the
// order written.
func CounterOf[K comparable](pairs []Tuple2[K, int]) *Counter[K] {
	c := &Counter[K]{d: NewDict[K, int]()}
	for _, kv := range pairs {
		c.d.Set(kv.V0, kv.V1)
	}
	return c
}

func (c *Counter[K]) locked(f func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f()
}

// Len returns the number of keys.
func (c *Counter[K]) Len() (n int) {
	c.locked(func() { n = c.d.Len() })
	return n
}

// At returns c[k], 0 when k is missing.
func (c *Counter[K]) At(k K) (n int) {
	c.locked(func() { n, _ = c.d.Get(k) })
	return n
}

// Set assigns c[k] = n.
func (c *Counter[K]) Set(k K, n int) { c.locked(func() { c.d.Set(k, n) }) }

// Contains reports whether k has an entry (`k in c`).
func (c *Counter[K]) Contains(k K) (ok bool) {
	c.locked(func() { ok = c.d.Has(k) })
	return ok
}

// Update adds one for each key.
func (c *Counter[K]) Update(keys []K) {
	c.locked(func() {
		for _, k := range keys {
			n, _ := c.d.Get(k)
			c.d.Set(k, n+1)
		}
	})
}

// UpdateCounter adds the other counter's counts.
func (c *Counter[K]) UpdateCounter(o *Counter[K]) {
	items := o.Items()
	c.locked(func() {
		for _, kv := range items {
			n, _ := c.d.Get(kv.V0)
			c.d.Set(kv.V0, n+kv.V1)
		}
	})
}

// MostCommon returns most_common(n); n < 0 means all.
func (c *Counter[K]) MostCommon(n int) []Tuple2[K, int] {
	items := c.Items()
	slices.SortStableFunc(items, func(a, b Tuple2[K, int]) int { return b.V1 - a.V1 })
	if n >= 0 && n < len(items) {
		items = items[:n]
	}
	return items
}

// Items returns the (key, count) pairs in insertion order.
func (c *Counter[K]) Items() (items []Tuple2[K, int]) {
	c.locked(func() { items = c.d.Items() })
	return items
}

// Keys returns the keys in insertion order.
func (c *Counter[K]) Keys() (keys []K) {
	c.locked(func() { keys = c.d.Keys() })
	return keys
}

// Values returns the counts in insertion order.
func (c *Counter[K]) Values() (values []int) {
	c.locked(func() { values = c.d.Values() })
	return values
}

// List returns list(c), the keys.
func (c *Counter[K]) List() []K { return c.Keys() }

// All iterates over the keys in insertion order (a snapshot).
func (c *Counter[K]) All() iter.Seq2[int, K] {
	return func(yield func(int, K) bool) {
		for i, k := range c.Keys() {
			if !yield(i, k) {
				return
			}
		}
	}
}

// Elements returns each key repeated by its positive count.
func (c *Counter[K]) Elements() []K {
	var out []K
	for _, kv := range c.Items() {
		for range kv.V1 {
			out = append(out, kv.V0)
		}
	}
	return out
}

// Total returns the sum of the counts.
func (c *Counter[K]) Total() int {
	t := 0
	for _, n := range c.Values() {
		t += n
	}
	return t
}

// Clear removes all counts.
func (c *Counter[K]) Clear() { c.locked(func() { c.d.Clear() }) }

// Add returns c + o, keeping positive counts.
func (c *Counter[K]) Add(o *Counter[K]) *Counter[K] { return c.combine(o, 1) }

// Sub returns c - o, keeping positive counts.
func (c *Counter[K]) Sub(o *Counter[K]) *Counter[K] { return c.combine(o, -1) }

func (c *Counter[K]) combine(o *Counter[K], sign int) *Counter[K] {
	mine, theirs := CounterOf(c.Items()), CounterOf(o.Items())
	out := &Counter[K]{d: NewDict[K, int]()}
	for _, kv := range mine.d.Items() {
		n, _ := theirs.d.Get(kv.V0)
		if v := kv.V1 + sign*n; v > 0 {
			out.d.Set(kv.V0, v)
		}
	}
	for _, kv := range theirs.d.Items() {
		if !mine.d.Has(kv.V0) && sign*kv.V1 > 0 {
			out.d.Set(kv.V0, kv.V1)
		}
	}
	return out
}

// Equal reports c == o: the same keys with the same counts (a missing key
// counts as zero, as in Python 3.10 and later).
func (c *Counter[K]) Equal(o *Counter[K]) bool {
	mine, theirs := CounterOf(c.Items()), CounterOf(o.Items())
	for _, kv := range mine.d.Items() {
		if n, _ := theirs.d.Get(kv.V0); n != kv.V1 {
			return false
		}
	}
	for _, kv := range theirs.d.Items() {
		if n, _ := mine.d.Get(kv.V0); n != kv.V1 {
			return false
		}
	}
	return true
}

// PyRepr returns repr(c).
func (c *Counter[K]) PyRepr() string {
	items := c.MostCommon(-1)
	if len(items) == 0 {
		return "Counter()"
	}
	var b strings.Builder
	b.WriteString("Counter({")
	for i, kv := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Repr(kv.V0) + ": " + Repr(kv.V1))
	}
	b.WriteString("})")
	return b.String()
}
