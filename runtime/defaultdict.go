package runtime

import (
	"iter"
	"strings"
	"sync"
)

// DefaultDict is a collections.defaultdict: an insertion-ordered dict that
// makes a missing key's value with a factory when the key is read.
//
// Kept from CPython 3.11: reading d[k] inserts factory() for a missing key
// (so len and the repr show it), `k in d` and d.get(k) do not; the repr
// defaultdict(<class 'list'>, {...}) for the built-in factories int, float,
// str, list, set and dict.
// Each method is atomic, as dict operations are under CPython's GIL; an
// update through Ref (d[k].append(v)) is the caller's, as in CPython.
// Dropped: factories other than those classes.
type DefaultDict[K comparable, V any] struct {
	mu          sync.Mutex
	d           *Dict[K, *V]
	factory     func() V
	factoryName string
}

// NewDefaultDict returns defaultdict(factory); name is the factory's
// Python class name ("list"), shown by the repr.
func NewDefaultDict[K comparable, V any](factory func() V, name string) *DefaultDict[K, V] {
	return &DefaultDict[K, V]{d: NewDict[K, *V](), factory: factory, factoryName: name}
}

// Ref returns the storage of d[k], inserting factory() for a missing key:
// appending to a list value changes it in place, as in Python.
func (d *DefaultDict[K, V]) Ref(k K) *V {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.ref(k)
}

func (d *DefaultDict[K, V]) ref(k K) *V {
	if p, ok := d.d.Get(k); ok {
		return p
	}
	v := d.factory()
	d.d.Set(k, &v)
	return &v
}

// At returns d[k], inserting factory() for a missing key.
func (d *DefaultDict[K, V]) At(k K) V {
	d.mu.Lock()
	defer d.mu.Unlock()
	return *d.ref(k)
}

// Set assigns d[k] = v.
func (d *DefaultDict[K, V]) Set(k K, v V) {
	d.mu.Lock()
	defer d.mu.Unlock()
	*d.ref(k) = v
}

// Get returns d.get(k, def) without inserting.
func (d *DefaultDict[K, V]) Get(k K, def V) V {
	d.mu.Lock()
	defer d.mu.Unlock()
	if p, ok := d.d.Get(k); ok {
		return *p
	}
	return def
}

// Len returns len(d).
func (d *DefaultDict[K, V]) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.d.Len()
}

// Contains reports whether k is a key.
func (d *DefaultDict[K, V]) Contains(k K) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.d.Has(k)
}

// Keys returns the keys in insertion order.
func (d *DefaultDict[K, V]) Keys() []K {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.d.Keys()
}

// List returns list(d), the keys.
func (d *DefaultDict[K, V]) List() []K { return d.Keys() }

// Values returns the values in insertion order.
func (d *DefaultDict[K, V]) Values() []V {
	d.mu.Lock()
	defer d.mu.Unlock()
	var out []V
	for _, p := range d.d.All() {
		out = append(out, *p)
	}
	return out
}

// Items returns the (key, value) pairs in insertion order.
func (d *DefaultDict[K, V]) Items() []Tuple2[K, V] {
	d.mu.Lock()
	defer d.mu.Unlock()
	var out []Tuple2[K, V]
	for k, p := range d.d.All() {
		out = append(out, Tuple2[K, V]{k, *p})
	}
	return out
}

// All iterates over the keys in insertion order.
func (d *DefaultDict[K, V]) All() iter.Seq2[int, K] {
	return func(yield func(int, K) bool) {
		for i, k := range d.Keys() {
			if !yield(i, k) {
				return
			}
		}
	}
}

// FactoryName returns the repr of default_factory: <class 'list'>.
func (d *DefaultDict[K, V]) FactoryName() string { return "<class '" + d.factoryName + "'>" }

// PyRepr returns repr(d).
func (d *DefaultDict[K, V]) PyRepr() string {
	var b strings.Builder
	b.WriteString("defaultdict(" + d.FactoryName() + ", {")
	for i, kv := range d.Items() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Repr(kv.V0) + ": " + Repr(kv.V1))
	}
	b.WriteString("})")
	return b.String()
}
