package mapper

import "github.com/go-python/gpython/ast"

// anyElements observes the order of the dicts stored in a list, set or
// dict literal whose elements have several types: held as any, they can be
// printed with the container, and nothing traces them from there.
func (w *orderWalker) anyElements(e ast.Expr) {
	var elems []ast.Expr
	var slot Type
	switch n := e.(type) {
	case *ast.List:
		if t, ok := w.m.info.Types[n].(*ListT); ok {
			elems, slot = n.Elts, t.Elem
		}
	case *ast.Set:
		if t, ok := w.m.info.Types[n].(*SetT); ok {
			elems, slot = n.Elts, t.Elem
		}
	case *ast.Dict:
		if t, ok := w.m.info.Types[n].(*DictT); ok {
			elems, slot = n.Values, t.Val
		}
	}
	if !holdsAny(slot) {
		return
	}
	for _, x := range elems {
		observeType(w.m.info.Types[x], map[Type]bool{})
	}
}

// holdsAny reports whether values of type t are held as Go's any.
func holdsAny(t Type) bool {
	if o, ok := t.(*OptionalT); ok {
		switch o.Elem.(type) {
		case *InstanceT, *ListT, *DictT, *SetT:
			return false
		}
		return true
	}
	return t == AnyT
}
