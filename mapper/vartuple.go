package mapper

import (
	"github.com/go-python/gpython/ast"
)

// A parameter annotated tuple[T, ...] takes tuples of any length. A Go
// tuple's length is part of its type, so when the calls pass tuples of
// several lengths the parameter has no single Go type: that is reported at
// the annotation, with the way around it, instead of at the first use of
// the untyped value.

// checkVarTupleParams reports tuple[T, ...] parameters that received
// tuples of different lengths.
func (m *mapper) checkVarTupleParams() {
	for _, fn := range m.funcs {
		if fn.Def == nil || fn.Def.Args == nil {
			continue
		}
		for i, a := range fn.Def.Args.Args {
			if i >= len(fn.Params) || fn.Params[i].Type != AnyT || !isVarTupleAnnotation(a.Annotation) {
				continue
			}
			m.errorf(a.Annotation, "unsupported: parameter %s of %s receives tuples of different lengths (a Go tuple's length is part of its type); annotate it list[...] and pass lists", a.Arg, fn.Name)
		}
	}
}

// isVarTupleAnnotation reports tuple[T, ...] and typing.Tuple[T, ...].
func isVarTupleAnnotation(a ast.Expr) bool {
	sub, ok := a.(*ast.Subscript)
	if !ok {
		return false
	}
	idx, ok := sub.Slice.(*ast.Index)
	if !ok {
		return false
	}
	t, ok := idx.Value.(*ast.Tuple)
	if !ok || len(t.Elts) != 2 {
		return false
	}
	_, ellipsis := t.Elts[1].(*ast.Ellipsis)
	return ellipsis
}
