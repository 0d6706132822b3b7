package runtime

import "reflect"

// Truth reports Python's truth value of v, for values whose static type the
// translator could not pin down (a list of mixed values, an Optional[int]).
// Statically typed values get an inline Go comparison instead.
//
// Kept: None, False, 0, 0.0, -0.0, "" and empty slices, maps, sets and
// runtime containers (anything with a Len method) are false; everything else
// is true. Dropped: user classes defining __bool__ or __len__ (instances
// are always true here).
func Truth(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case int:
		return x != 0
	case float64:
		return x != 0
	case string:
		return x != ""
	case interface{ Len() int }:
		return x.Len() > 0
	}
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Slice, reflect.Map, reflect.Array, reflect.String, reflect.Chan:
		return r.Len() > 0
	case reflect.Pointer, reflect.Interface:
		return !r.IsNil()
	}
	return true
}
