package runtime

import (
	"slices"
	"strings"
)

// Set is a Python set. It is a plain Go map underneath, so `for x := range s`
// and len(s) work directly; Items gives a deterministic order.
//
// Kept: membership, Add/Discard/Remove with Remove raising KeyError(x) for
// a missing element, repr {1, 2} and set() when empty. Dropped: CPython's
// iteration and print order, which follows hash values; here elements are
// printed and listed in sorted order (numbers ascending, strings by code
// point, mixed types by their repr). For small non-negative ints this is the
// order CPython prints too; for strings CPython's order varies with
// PYTHONHASHSEED, so outputs that print sets of strings differ.
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

// Items returns the elements in sorted order (see Set for why sorted).
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
	sorted := make([]T, len(items))
	for n, i := range order {
		sorted[n] = items[i]
	}
	return sorted
}

// PyRepr returns repr(s): {1, 2}, or set() when empty.
func (s Set[T]) PyRepr() string {
	if len(s) == 0 {
		return "set()"
	}
	var b strings.Builder
	b.WriteByte('{')
	for i, x := range s.Items() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.Write(appendAnyRepr(nil, x))
	}
	b.WriteByte('}')
	return b.String()
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
	slices.SortStableFunc(order, func(a, b int) int { return Compare(items[a], items[b]) })
	return true
}
