package runtime

// OptionalTimeout converts a timeout argument that may be None, held as
// any, to the float seconds the runtime's blocking calls take: nil (None)
// is -1, which they read as "no timeout given".
func OptionalTimeout(v any) float64 {
	switch t := v.(type) {
	case int:
		return float64(t)
	case float64:
		return t
	case bool:
		if t {
			return 1
		}
		return 0
	}
	return -1
}
