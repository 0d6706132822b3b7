package runtime

import (
	"iter"
	"reflect"
)

// Dict is a Python dict whose insertion order the program observes (it is
// printed, iterated or popped in order). A dict whose order is never
// observed is emitted as a plain Go map instead.
//
// Kept: insertion order for iteration, Keys, Values, Items and repr;
// assigning an existing key keeps its place; deleting and re-inserting a key
// moves it to the end; a missing key raises KeyError carrying the key, as
// d[k] and d.pop(k) do. Dropped: CPython's RuntimeError when a dict changes
// size during iteration (All iterates over the entries present when each
// step runs); a Dict is not safe for concurrent use without a lock, which
// matches what CPython guarantees only per single operation.
type Dict[K comparable, V any] struct {
	entries []dictEntry[K, V]
	index   map[K]int // key → position in entries
	dead    int       // deleted entries still occupying entries
}

type dictEntry[K comparable, V any] struct {
	key   K
	value V
	live  bool
}

// NewDict returns an empty ordered dict.
func NewDict[K comparable, V any]() *Dict[K, V] {
	return &Dict[K, V]{index: make(map[K]int)}
}

// Len returns len(d).
func (d *Dict[K, V]) Len() int { return len(d.index) }

// Get returns d[k] and whether k is present, as d.get(k) with a found flag.
func (d *Dict[K, V]) Get(k K) (V, bool) {
	if i, ok := d.index[k]; ok {
		return d.entries[i].value, true
	}
	var zero V
	return zero, false
}

// Has reports whether k is in d (`k in d`).
func (d *Dict[K, V]) Has(k K) bool {
	_, ok := d.index[k]
	return ok
}

// At returns d[k], raising KeyError(k) when k is missing.
func (d *Dict[K, V]) At(k K) V {
	i, ok := d.index[k]
	if !ok {
		panic(NewExc(KeyError, k))
	}
	return d.entries[i].value
}

// Set assigns d[k] = v; a new key goes last, an existing key keeps its place.
func (d *Dict[K, V]) Set(k K, v V) {
	if d.index == nil {
		d.index = make(map[K]int)
	}
	if i, ok := d.index[k]; ok {
		d.entries[i].value = v
		return
	}
	d.index[k] = len(d.entries)
	d.entries = append(d.entries, dictEntry[K, V]{key: k, value: v, live: true})
}

// Delete removes k (del d[k] without the KeyError) and reports whether it
// was present.
func (d *Dict[K, V]) Delete(k K) bool {
	i, ok := d.index[k]
	if !ok {
		return false
	}
	delete(d.index, k)
	d.entries[i] = dictEntry[K, V]{}
	d.dead++
	// Compact once most of the slice is dead so deletes stay amortised O(1).
	if d.dead > 16 && d.dead > len(d.entries)/2 {
		d.compact()
	}
	return true
}

func (d *Dict[K, V]) compact() {
	live := d.entries[:0]
	for _, e := range d.entries {
		if e.live {
			d.index[e.key] = len(live)
			live = append(live, e)
		}
	}
	clear(d.entries[len(live):])
	d.entries = live
	d.dead = 0
}

// Pop removes k and returns its value, raising KeyError(k) when k is
// missing, as d.pop(k) does.
func (d *Dict[K, V]) Pop(k K) V {
	v := d.At(k)
	d.Delete(k)
	return v
}

// PopDefault removes k and returns its value, or def when k is missing, as
// d.pop(k, def) does.
func (d *Dict[K, V]) PopDefault(k K, def V) V {
	v, ok := d.Get(k)
	if !ok {
		return def
	}
	d.Delete(k)
	return v
}

// SetDefault returns d[k], first setting it to def when k is missing, as
// d.setdefault(k, def) does.
func (d *Dict[K, V]) SetDefault(k K, def V) V {
	if v, ok := d.Get(k); ok {
		return v
	}
	d.Set(k, def)
	return def
}

// Update assigns every entry of other into d in other's order, as
// d.update(other) does.
func (d *Dict[K, V]) Update(other *Dict[K, V]) {
	for _, e := range other.entries {
		if e.live {
			d.Set(e.key, e.value)
		}
	}
}

// Clear removes every entry, as d.clear() does.
func (d *Dict[K, V]) Clear() {
	d.entries = nil
	d.index = make(map[K]int)
	d.dead = 0
}

// Copy returns a shallow copy, as d.copy() and dict(d) do.
func (d *Dict[K, V]) Copy() *Dict[K, V] {
	c := NewDict[K, V]()
	c.Update(d)
	return c
}

// Keys returns the keys in insertion order (list(d)).
func (d *Dict[K, V]) Keys() []K {
	keys := make([]K, 0, d.Len())
	for _, e := range d.entries {
		if e.live {
			keys = append(keys, e.key)
		}
	}
	return keys
}

// Values returns the values in insertion order (list(d.values())).
func (d *Dict[K, V]) Values() []V {
	values := make([]V, 0, d.Len())
	for _, e := range d.entries {
		if e.live {
			values = append(values, e.value)
		}
	}
	return values
}

// Items returns the (key, value) pairs in insertion order
// (list(d.items())).
func (d *Dict[K, V]) Items() []Tuple2[K, V] {
	items := make([]Tuple2[K, V], 0, d.Len())
	for _, e := range d.entries {
		if e.live {
			items = append(items, Tuple2[K, V]{e.key, e.value})
		}
	}
	return items
}

// All iterates over the entries in insertion order:
// `for k, v := range d.All()` is `for k, v in d.items()`.
func (d *Dict[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i := 0; i < len(d.entries); i++ {
			e := d.entries[i]
			if e.live && !yield(e.key, e.value) {
				return
			}
		}
	}
}

// PyRepr returns repr(d): {'a': 1, 'b': 2}, or {} when empty.
func (d *Dict[K, V]) PyRepr() string { return string(d.appendReprTo(nil, &reprState{})) }

func (d *Dict[K, V]) appendReprTo(dst []byte, st *reprState) []byte {
	if !st.enter(reflect.TypeOf(d), reflect.ValueOf(d).Pointer()) {
		return append(dst, "{...}"...)
	}
	defer st.leave()
	dst = append(dst, '{')
	n := 0
	for _, e := range d.entries {
		if !e.live {
			continue
		}
		if n > 0 {
			dst = append(dst, ", "...)
		}
		n++
		dst = appendAnyRepr(dst, e.key, st)
		dst = append(dst, ": "...)
		dst = appendAnyRepr(dst, e.value, st)
	}
	return append(dst, '}')
}

// String returns str(d), which for a dict is its repr.
func (d *Dict[K, V]) String() string { return d.PyRepr() }

// lookup gives Percent's %(name)s access to a dict of any type parameters.
func (d *Dict[K, V]) lookup(key any) (any, bool) {
	k, ok := key.(K)
	if !ok {
		return nil, false
	}
	return d.Get(k)
}

// keysAny returns the keys as []any, for Equal.
func (d *Dict[K, V]) keysAny() []any {
	keys := make([]any, 0, d.Len())
	for _, e := range d.entries {
		if e.live {
			keys = append(keys, e.key)
		}
	}
	return keys
}

// pyMapping is implemented by every Dict instantiation.
type pyMapping interface{ lookup(key any) (any, bool) }
