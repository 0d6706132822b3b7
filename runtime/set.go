package runtime

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"strings"
)

// Set is a Python set. It is a plain Go map underneath, so `for x := range s`
// and len(s) work directly; Items gives CPython's order.
//
// Kept: membership, Add/Discard/Remove with Remove raising KeyError(x) for
// a missing element, repr {1, 2} and set() when empty, and CPython's
// iteration and print order: Items lays the elements out in a simulated
// CPython hash table, using CPython's hashes for int, float, bool, str (as
// hashed under PYTHONHASHSEED=0, which the corpus runs use) and tuples of
// those. Dropped: a Go map does not remember insertion order or removals,
// which decide the order of colliding elements in CPython; the simulation
// inserts the elements in ascending order into a set that never shrank,
// which matches sets built in ascending order (and any set without
// collisions). Elements with no reproducible hash (None, class instances,
// NaN) make the whole set print in sorted order instead.
type Set[T comparable] map[T]struct{}

// NewSet returns a set holding items, as {a, b, c} or set(items) do.
func NewSet[T comparable](items ...T) Set[T] {
	s := make(Set[T], len(items))
	for _, it := range items {
		s[it] = struct{}{}
	}
	return s
}

// Add inserts x (s.add(x)).
func (s Set[T]) Add(x T) { s[x] = struct{}{} }

// Discard removes x if present (s.discard(x)).
func (s Set[T]) Discard(x T) { delete(s, x) }

// Remove removes x, raising KeyError(x) when it is missing (s.remove(x)).
func (s Set[T]) Remove(x T) {
	if _, ok := s[x]; !ok {
		panic(NewExc(KeyError, x))
	}
	delete(s, x)
}

// Has reports whether x is in s (`x in s`).
func (s Set[T]) Has(x T) bool {
	_, ok := s[x]
	return ok
}

// Len returns len(s).
func (s Set[T]) Len() int { return len(s) }

// Items returns the elements in the order CPython iterates and prints
// them (see Set for how closely).
func (s Set[T]) Items() []T {
	items := make([]T, 0, len(s))
	for x := range s {
		items = append(items, x)
	}
	anyItems := make([]any, len(items))
	for i, x := range items {
		anyItems[i] = x
	}
	order := sortedIndexes(anyItems)
	if hashed := hashTableOrder(anyItems, order); hashed != nil {
		order = hashed
	}
	ordered := make([]T, len(items))
	for n, i := range order {
		ordered[n] = items[i]
	}
	return ordered
}

// PyRepr returns repr(s): {1, 2}, or set() when empty.
func (s Set[T]) PyRepr() string { return string(s.appendReprTo(nil, &reprState{})) }

func (s Set[T]) appendReprTo(dst []byte, st *reprState) []byte {
	if len(s) == 0 {
		return append(dst, "set()"...)
	}
	dst = append(dst, '{')
	for i, x := range s.Items() {
		if i > 0 {
			dst = append(dst, ", "...)
		}
		dst = appendAnyRepr(dst, x, st)
	}
	return append(dst, '}')
}

// String returns str(s), which for a set is its repr.
func (s Set[T]) String() string { return s.PyRepr() }

// sortedIndexes returns the positions of items in display order: Python
// ordering when all items are mutually orderable, else by repr so that the
// order is still deterministic.
func sortedIndexes(items []any) []int {
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	if tryPythonSort(items, order) {
		return order
	}
	reprs := make([]string, len(items))
	for i, it := range items {
		reprs[i] = Repr(it)
	}
	slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(reprs[a], reprs[b]) })
	return order
}

// tryPythonSort sorts order by Compare of the items it points to and reports
// false when two items are not orderable (Compare raised TypeError).
func tryPythonSort(items []any, order []int) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, isExc := r.(*Exc); !isExc {
				panic(r)
			}
			ok = false
		}
	}()
	slices.SortStableFunc(order, func(a, b int) int {
		if c := Compare(items[a], items[b]); c != 0 {
			return c
		}
		// Distinct elements that Python orders as equal (NaN, or 1 and
		// 1.0 in a Set[any]) would otherwise keep Go's random map order.
		return strings.Compare(Repr(items[a]), Repr(items[b]))
	})
	return true
}

// CPython's set table parameters (Objects/setobject.c).
const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

// hashTableOrder returns the positions of items in the slot order of a
// CPython set built by adding them in the given insertion order, or nil
// when an item has no reproducible hash.
func hashTableOrder(items []any, insertion []int) []int {
	hashes := make([]uint64, len(items))
	for i, it := range items {
		h, ok := pyHash(it)
		if !ok {
			return nil
		}
		hashes[i] = uint64(h)
	}
	table := make([]int, setMinSize) // item position + 1; 0 is an empty slot
	fill := 0
	for _, i := range insertion {
		insertClean(table, hashes, i)
		fill++
		mask := len(table) - 1
		if fill*5 >= mask*3 {
			// set_table_resize: grow to used*4 (used*2 past 50000) and
			// reinsert in old slot order.
			minUsed := fill * 4
			if fill > 50000 {
				minUsed = fill * 2
			}
			size := setMinSize
			for size <= minUsed {
				size <<= 1
			}
			old := table
			table = make([]int, size)
			for _, slot := range old {
				if slot != 0 {
					insertClean(table, hashes, slot-1)
				}
			}
		}
	}
	order := make([]int, 0, len(items))
	for _, slot := range table {
		if slot != 0 {
			order = append(order, slot-1)
		}
	}
	return order
}

// insertClean places item i in the first free slot of CPython's probe
// sequence: up to setLinearProbes neighbours, then perturbed jumps.
func insertClean(table []int, hashes []uint64, i int) {
	mask := uint64(len(table) - 1)
	hash := hashes[i]
	perturb := hash
	j := hash & mask
	for {
		if table[j] == 0 {
			table[j] = i + 1
			return
		}
		if j+setLinearProbes <= mask {
			for k := uint64(1); k <= setLinearProbes; k++ {
				if table[j+k] == 0 {
					table[j+k] = i + 1
					return
				}
			}
		}
		perturb >>= setPerturbShift
		j = (j*5 + 1 + perturb) & mask
	}
}

// CPython's numeric hash parameters (sys.hash_info).
const (
	hashBits    = 61
	hashModulus = 1<<hashBits - 1
	hashInf     = 314159
)

// pyHash returns CPython 3.11's hash(v) for the values whose hash does not
// depend on object identity, under PYTHONHASHSEED=0.
func pyHash(v any) (int64, bool) {
	c := classify(v)
	switch c.kind {
	case kindNumber:
		if c.isFloat {
			return hashFloat(c.f)
		}
		return hashInt(c.i), true
	case kindString:
		return hashString(c.rv.String()), true
	case kindTuple:
		return hashTuple(c.tuple.tupleItems())
	}
	return 0, false
}

func hashInt(n int64) int64 {
	neg := n < 0
	mag := absUint(int(n))
	h := int64(mag % hashModulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// hashFloat is CPython's _Py_HashDouble: integral floats hash like ints and
// others by their exact binary value modulo 2**61-1.
func hashFloat(f float64) (int64, bool) {
	switch {
	case math.IsNaN(f):
		return 0, false // hashed by identity in CPython
	case math.IsInf(f, 1):
		return hashInf, true
	case math.IsInf(f, -1):
		return -hashInf, true
	}
	m, e := math.Frexp(f)
	sign := uint64(1)
	if m < 0 {
		sign = ^uint64(0) // -1: x * sign negates modulo 2**64
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0 // 2**28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>uint(hashBits-e)
	x *= sign
	if x == ^uint64(0) {
		x = ^uint64(1) // -1 is reserved: -2
	}
	return int64(x), true
}

// hashString is CPython's str hash with the hash secret zeroed
// (PYTHONHASHSEED=0): SipHash-1-3 over the string's compact storage, one,
// two or four bytes per character as the widest character requires.
func hashString(s string) int64 {
	if s == "" {
		return 0
	}
	width := 1
	for _, r := range s {
		switch {
		case r > 0xffff:
			width = 4
		case r > 0xff && width < 2:
			width = 2
		}
	}
	data := make([]byte, 0, len(s)*width)
	for _, r := range s {
		for b := 0; b < width; b++ {
			data = append(data, byte(r>>(8*b)))
		}
	}
	h := int64(sipHash13(0, 0, data))
	if h == -1 {
		h = -2
	}
	return h
}

func sipHash13(k0, k1 uint64, data []byte) uint64 {
	v0 := k0 ^ 0x736f6d6570736575
	v1 := k1 ^ 0x646f72616e646f6d
	v2 := k0 ^ 0x6c7967656e657261
	v3 := k1 ^ 0x7465646279746573
	round := func() {
		v0 += v1
		v1 = bits.RotateLeft64(v1, 13)
		v1 ^= v0
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v3
		v3 = bits.RotateLeft64(v3, 16)
		v3 ^= v2
		v0 += v3
		v3 = bits.RotateLeft64(v3, 21)
		v3 ^= v0
		v2 += v1
		v1 = bits.RotateLeft64(v1, 17)
		v1 ^= v2
		v2 = bits.RotateLeft64(v2, 32)
	}
	b := uint64(len(data)) << 56
	for len(data) >= 8 {
		m := binary.LittleEndian.Uint64(data)
		v3 ^= m
		round()
		v0 ^= m
		data = data[8:]
	}
	for i, c := range data {
		b |= uint64(c) << (8 * i)
	}
	v3 ^= b
	round()
	v0 ^= b
	v2 ^= 0xff
	round()
	round()
	round()
	return v0 ^ v1 ^ v2 ^ v3
}

// hashTuple is CPython's tuplehash (xxHash-based since 3.8).
func hashTuple(items []any) (int64, bool) {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	acc := uint64(prime5)
	for _, it := range items {
		h, ok := pyHash(it)
		if !ok {
			return 0, false
		}
		acc += uint64(h) * prime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= prime1
	}
	acc += uint64(len(items)) ^ (prime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, true
	}
	return int64(acc), true
}
