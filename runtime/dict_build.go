package runtime

// DictOf returns the ordered dict {keys[0]: values[0], ...} in the order
// written, as a Python dict literal builds it: a repeated key keeps its
// first place and its last value. keys and values have the same length.
func DictOf[K comparable, V any](keys []K, values []V) *Dict[K, V] {
	d := NewDict[K, V]()
	for i, k := range keys {
		d.Set(k, values[i])
	}
	return d
}

// DictFromItems returns dict(items): the pairs in order, as dict(pairs)
// and dict(zip(ks, vs)) build it.
func DictFromItems[K comparable, V any](items []Tuple2[K, V]) *Dict[K, V] {
	d := NewDict[K, V]()
	for _, kv := range items {
		d.Set(kv.V0, kv.V1)
	}
	return d
}

// GetOr returns d.get(k, def).
func (d *Dict[K, V]) GetOr(k K, def V) V {
	if v, ok := d.Get(k); ok {
		return v
	}
	return def
}

// PopItem removes and returns the last inserted pair, as d.popitem() does,
// raising KeyError('popitem(): dictionary is empty') on an empty dict.
func (d *Dict[K, V]) PopItem() Tuple2[K, V] {
	for i := len(d.entries) - 1; i >= 0; i-- {
		if e := d.entries[i]; e.live {
			d.Delete(e.key)
			return Tuple2[K, V]{V0: e.key, V1: e.value}
		}
	}
	panic(NewExc(KeyError, "popitem(): dictionary is empty"))
}

// The helpers below give a Go map, used for a dict whose order the program
// never observes, the dict methods Go has no spelling for.

// SetDefault returns m[k], first setting it to def when k is missing, as
// d.setdefault(k, def) does.
func SetDefault[K comparable, V any](m map[K]V, k K, def V) V {
	if v, ok := m[k]; ok {
		return v
	}
	m[k] = def
	return def
}

// PopKey removes k and returns its value, raising KeyError(k) when k is
// missing, as d.pop(k) does.
func PopKey[K comparable, V any](m map[K]V, k K) V {
	v, ok := m[k]
	if !ok {
		panic(NewExc(KeyError, k))
	}
	delete(m, k)
	return v
}

// PopKeyOr removes k and returns its value, or def when k is missing, as
// d.pop(k, def) does.
func PopKeyOr[K comparable, V any](m map[K]V, k K, def V) V {
	v, ok := m[k]
	if !ok {
		return def
	}
	delete(m, k)
	return v
}

// DelKey is `del d[k]`: it raises KeyError(k) when k is missing.
func DelKey[K comparable, V any](m map[K]V, k K) {
	if _, ok := m[k]; !ok {
		panic(NewExc(KeyError, k))
	}
	delete(m, k)
}

// MapAt is d[k] on a map, raising KeyError(k) when k is missing: the
// translation uses it where a KeyError can be caught (inside a try body),
// and plain indexing elsewhere.
func MapAt[K comparable, V any](m map[K]V, k K) V {
	v, ok := m[k]
	if !ok {
		panic(NewExc(KeyError, k))
	}
	return v
}
