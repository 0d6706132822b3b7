package runtime

import (
	"math"
	"reflect"
)

// Compare orders two values as Python's < does, returning -1, 0 or +1: it
// is the comparison behind sorted(), list.sort(), min(), max() and the
// ordering of PriorityQueue entries. Numbers (bool, int, float) compare by
// value across types, exactly (an int is not rounded to a float first);
// strings compare by code point; tuples and lists compare element by element
// from the first unequal element, a shorter prefix first; sets by proper
// inclusion (disjoint sets compare as 0). A value with a
// PyLess(other any) bool method (a class defining __lt__) is ordered by it.
// Values Python cannot order raise TypeError with CPython's message,
// "'<' not supported between instances of 'str' and 'int'", naming a's type
// first.
//
// Dropped: NaN compares equal to everything here, where every comparison
// with NaN is false in Python (which makes sorted() of NaNs
// order-dependent); the error always names '<', where CPython's max() names
// '>'.
func Compare(a, b any) int {
	// Fast paths for the types translated programs sort most.
	switch x := a.(type) {
	case int:
		if y, ok := b.(int); ok {
			return cmpInt(int64(x), int64(y))
		}
	case string:
		if y, ok := b.(string); ok {
			return cmpString(x, y)
		}
	case float64:
		if y, ok := b.(float64); ok {
			return cmpFloat(x, y)
		}
	}
	if lt, ok := a.(interface{ PyLess(other any) bool }); ok {
		if lt.PyLess(b) {
			return -1
		}
		if gt, ok := b.(interface{ PyLess(other any) bool }); ok && gt.PyLess(a) {
			return 1
		}
		return 0
	}
	ka, kb := classify(a), classify(b)
	if ka.kind == kb.kind {
		switch ka.kind {
		case kindNumber:
			return cmpNumbers(ka, kb)
		case kindString:
			return cmpString(ka.rv.String(), kb.rv.String())
		case kindTuple, kindList:
			return cmpSequences(ka.items(), kb.items())
		case kindSet:
			// Sets are ordered by proper inclusion; disjoint sets are
			// neither smaller nor larger.
			switch {
			case ka.rv.Len() < kb.rv.Len() && isSubset(ka.rv, kb.rv):
				return -1
			case kb.rv.Len() < ka.rv.Len() && isSubset(kb.rv, ka.rv):
				return 1
			}
			return 0
		}
	}
	panic(NewExc(TypeError, "'<' not supported between instances of '"+
		pyTypeName(a)+"' and '"+pyTypeName(b)+"'"))
}

// Equal reports Python's a == b: numbers by value across types, strings,
// tuples and lists element by element, dicts (*Dict or Go map) by their
// key/value pairs, sets by membership; any other values are equal when Go's == says so (for class
// instances, pointer identity, as Python's default __eq__).
func Equal(a, b any) bool {
	ka, kb := classify(a), classify(b)
	if ka.kind != kb.kind {
		return false
	}
	switch ka.kind {
	case kindNumber:
		if ka.isFloat && math.IsNaN(ka.f) || kb.isFloat && math.IsNaN(kb.f) {
			return false
		}
		return cmpNumbers(ka, kb) == 0
	case kindString:
		return ka.rv.String() == kb.rv.String()
	case kindTuple, kindList:
		xs, ys := ka.items(), kb.items()
		if len(xs) != len(ys) {
			return false
		}
		for i := range xs {
			if !Equal(xs[i], ys[i]) {
				return false
			}
		}
		return true
	case kindNone:
		return true
	case kindDict:
		return equalDicts(ka.mapping(), kb.mapping())
	case kindSet:
		return equalSets(ka.rv, kb.rv)
	}
	if ka.rv.Type() != kb.rv.Type() || !ka.rv.Type().Comparable() {
		return false
	}
	return ka.rv.Equal(kb.rv)
}

// dictView is what Equal needs of a dict, whether a *Dict or a Go map.
type dictView interface {
	pyMapping
	Len() int
	keysAny() []any
}

func (r reflectMapping) Len() int { return r.m.Len() }

func (r reflectMapping) keysAny() []any {
	keys := make([]any, 0, r.m.Len())
	for _, k := range r.m.MapKeys() {
		keys = append(keys, k.Interface())
	}
	return keys
}

func equalDicts(a, b dictView) bool {
	if a.Len() != b.Len() {
		return false
	}
	for _, k := range a.keysAny() {
		va, _ := a.lookup(k)
		vb, ok := b.lookup(k)
		if !ok || !Equal(va, vb) {
			return false
		}
	}
	return true
}

// equalSets compares two Set values (maps to struct{}) by membership.
func equalSets(a, b reflect.Value) bool {
	return a.Len() == b.Len() && isSubset(a, b)
}

// isSubset reports whether every element of Set a is in Set b.
func isSubset(a, b reflect.Value) bool {
	keyType := b.Type().Key()
	for _, k := range a.MapKeys() {
		if !k.Type().AssignableTo(keyType) {
			if k.Kind() == reflect.Interface {
				k = k.Elem()
			}
			if !k.IsValid() || !k.Type().AssignableTo(keyType) {
				return false
			}
		}
		if !b.MapIndex(k).IsValid() {
			return false
		}
	}
	return true
}

func cmpSequences(xs, ys []any) int {
	for i := 0; i < len(xs) && i < len(ys); i++ {
		if !Equal(xs[i], ys[i]) {
			return Compare(xs[i], ys[i])
		}
	}
	return cmpInt(int64(len(xs)), int64(len(ys)))
}

func cmpInt(x, y int64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

func cmpString(x, y string) int {
	// Go compares strings bytewise; UTF-8 byte order is code point order,
	// which is how Python compares str.
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

func cmpFloat(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// cmpIntFloat compares an int with a float exactly, as CPython does.
func cmpIntFloat(i int64, f float64) int {
	switch {
	case math.IsNaN(f):
		return 0
	case f >= 1<<63:
		return -1
	case f < -(1 << 63):
		return 1
	}
	t := math.Trunc(f)
	if c := cmpInt(i, int64(t)); c != 0 {
		return c
	}
	return cmpFloat(0, f-t)
}

func cmpNumbers(x, y classified) int {
	switch {
	case !x.isFloat && !y.isFloat:
		return cmpInt(x.i, y.i)
	case x.isFloat && y.isFloat:
		return cmpFloat(x.f, y.f)
	case x.isFloat:
		return -cmpIntFloat(y.i, x.f)
	}
	return cmpIntFloat(x.i, y.f)
}

type valueKind int

const (
	kindOther valueKind = iota
	kindNone
	kindNumber
	kindString
	kindTuple
	kindList
	kindDict
	kindSet
)

// classified is a value sorted into the Python kind that decides how it
// compares.
type classified struct {
	kind    valueKind
	rv      reflect.Value
	isFloat bool
	i       int64
	f       float64
	tuple   pyTuple
	dict    pyMapping // a *Dict
}

func (c classified) mapping() dictView {
	if d, ok := c.dict.(dictView); ok {
		return d
	}
	return reflectMapping{c.rv}
}

func (c classified) items() []any {
	if c.kind == kindTuple {
		return c.tuple.tupleItems()
	}
	items := make([]any, c.rv.Len())
	for i := range items {
		items[i] = c.rv.Index(i).Interface()
	}
	return items
}

func classify(v any) classified {
	if v == nil {
		return classified{kind: kindNone}
	}
	if t, ok := v.(pyTuple); ok {
		return classified{kind: kindTuple, tuple: t}
	}
	if n, ok := v.(Num); ok {
		return n.classified()
	}
	if d, ok := v.(pyMapping); ok {
		if isNilPointer(d) {
			return classified{kind: kindNone}
		}
		return classified{kind: kindDict, dict: d}
	}
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Interface || rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return classified{kind: kindNone}
		}
		if rv.Kind() == reflect.Pointer && rv.Elem().Kind() == reflect.Struct {
			// A class instance: compared by identity only.
			return classified{kind: kindOther, rv: rv}
		}
		rv = rv.Elem()
	}
	c := classified{rv: rv}
	switch rv.Kind() {
	case reflect.Bool:
		c.kind = kindNumber
		if rv.Bool() {
			c.i = 1
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		c.kind, c.i = kindNumber, rv.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		c.kind = kindNumber
		if u := rv.Uint(); u <= math.MaxInt64 {
			c.i = int64(u)
		} else {
			c.isFloat, c.f = true, float64(u)
		}
	case reflect.Float32, reflect.Float64:
		c.kind, c.isFloat, c.f = kindNumber, true, rv.Float()
	case reflect.String:
		c.kind = kindString
	case reflect.Slice:
		if rv.IsNil() {
			c.kind = kindNone
		} else {
			c.kind = kindList
		}
	case reflect.Array:
		c.kind = kindList
	case reflect.Map:
		if isSetType(rv.Type()) {
			c.kind = kindSet
		} else {
			c.kind = kindDict
		}
	}
	return c
}

// pyTypeName returns the name Python would give v's type in messages.
func pyTypeName(v any) string {
	if _, ok := v.(*Exc); ok {
		return v.(*Exc).Type.Name
	}
	if _, ok := v.(pyTuple); ok {
		return "tuple"
	}
	if _, ok := v.(pyMapping); ok {
		return "dict"
	}
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Interface || rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return "NoneType"
		}
		if rv.Kind() == reflect.Pointer && rv.Elem().Kind() == reflect.Struct {
			return rv.Elem().Type().Name()
		}
		rv = rv.Elem()
	}
	switch rv.Kind() {
	case reflect.Invalid:
		return "NoneType"
	case reflect.Bool:
		return "bool"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return "int"
	case reflect.Float32, reflect.Float64:
		return "float"
	case reflect.String:
		return "str"
	case reflect.Slice:
		if rv.IsNil() {
			return "NoneType"
		}
		return "list"
	case reflect.Array:
		return "list"
	case reflect.Map:
		if isSetType(rv.Type()) {
			return "set"
		}
		return "dict"
	}
	return rv.Type().Name()
}

// isSetType reports whether t is a Set instantiation (a map to struct{}).
func isSetType(t reflect.Type) bool {
	return t.Kind() == reflect.Map && t.Elem().Kind() == reflect.Struct && t.Elem().NumField() == 0
}
