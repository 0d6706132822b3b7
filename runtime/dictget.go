package runtime

// GetOptional is dict.get(k) without a default on a map whose values Go
// cannot make nil (ints, strings, floats...): the value for k, or nil, the
// translation of None, when k is absent.
func GetOptional[K comparable, V any](m map[K]V, k K) any {
	if v, ok := m[k]; ok {
		return v
	}
	return nil
}

// GetOptional is dict.get(k) without a default on an insertion-ordered
// dict: the value for k, or nil (None) when k is absent.
func (d *Dict[K, V]) GetOptional(k K) any {
	if v, ok := d.Get(k); ok {
		return v
	}
	return nil
}
