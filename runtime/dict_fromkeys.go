package runtime

// dict.fromkeys(keys, value): a dict mapping each key to the same value,
// in the order of keys, a repeated key keeping its first place. Kept: that
// order, and every key sharing one value (one list, for a list value).
// Dropped: nothing observable.

// DictFromKeys is dict.fromkeys(keys, value) for a dict whose order is seen.
func DictFromKeys[K comparable, V any](keys []K, value V) *Dict[K, V] {
	d := NewDict[K, V]()
	for _, k := range keys {
		d.Set(k, value)
	}
	return d
}

// MapFromKeys is dict.fromkeys(keys, value) for a dict held as a Go map.
func MapFromKeys[K comparable, V any](keys []K, value V) map[K]V {
	m := make(map[K]V, len(keys))
	for _, k := range keys {
		m[k] = value
	}
	return m
}
