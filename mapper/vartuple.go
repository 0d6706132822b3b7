package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// A parameter annotated tuple[T, ...] takes tuples of any length: it is a
// pyrt.SeqTuple[T], a Go slice that prints, compares and hashes as a
// tuple, and the fixed tuples the calls pass become SeqTuple literals.
// When its items have no single type the parameter is an error reported at
// the annotation, with the way around it, instead of at the first use of
// the untyped value.

// checkVarTupleParams reports tuple[T, ...] parameters whose type is
// still any.
func (m *mapper) checkVarTupleParams() {
	for _, fn := range m.funcs {
		if fn.Def == nil || fn.Def.Args == nil {
			continue
		}
		for i, a := range fn.Def.Args.Args {
			if i >= len(fn.Params) || !isVarTupleAnnotation(a.Annotation) {
				continue
			}
			if lt, ok := fn.Params[i].Type.(*ListT); ok && lt.Elem != AnyT {
				continue
			}
			m.errorf(a.Annotation, "unsupported: parameter %s of %s receives tuples whose items have no single type; pass tuples of one item type", a.Arg, fn.Name)
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

// varTupleParam reports whether p is a parameter of fn annotated
// tuple[T, ...].
func varTupleParam(fn *Function, p *Symbol) bool {
	if fn.Def == nil || fn.Def.Args == nil {
		return false
	}
	for i, a := range fn.Def.Args.Args {
		if i < len(fn.Params) && fn.Params[i] == p {
			return isVarTupleAnnotation(a.Annotation)
		}
	}
	return false
}

// paramArgType is the type an argument of type t gives the parameter p of
// fn: for a tuple[T, ...] parameter, a tuple of any length is a
// SeqTuple of the join of its items.
func (m *mapper) paramArgType(fn *Function, p *Symbol, t Type) Type {
	tt, ok := t.(*TupleT)
	if !ok || !varTupleParam(fn, p) {
		return t
	}
	var elem Type = Unknown
	for _, e := range tt.Elems {
		elem = join(elem, e)
	}
	return &ListT{Elem: elem, Tuple: true}
}

// seqTupleArg translates a fixed tuple passed to a tuple[T, ...]
// parameter: a SeqTuple of its items, from a literal or a tuple variable.
func (c *fnCtx) seqTupleArg(a ast.Expr, param Type) (ir.Expr, bool) {
	lt, ok := param.(*ListT)
	tt, isTuple := c.m.info.Types[a].(*TupleT)
	if !ok || !lt.Tuple || !isTuple {
		return nil, false
	}
	out := &ir.Composite{Type: c.m.goType(lt)}
	if lit, ok := a.(*ast.Tuple); ok {
		for _, e := range lit.Elts {
			out.Elts = append(out.Elts, c.exprAs(e, lt.Elem))
		}
		return out, true
	}
	if _, isName := a.(*ast.Name); !isName {
		c.m.errorf(a, "unsupported: a computed tuple passed to a tuple[...] parameter; assign it to a variable first")
		return &ir.Nil{}, true
	}
	x := c.expr(a)
	for i := range tt.Elems {
		out.Elts = append(out.Elts, ir.Sel(x, tupleField(tt, i)))
	}
	return out, true
}
