package mapper

import (
	"strconv"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// a, b = zip(*pairs) transposes a list of pairs into two tuples. zip with
// one star argument yields one tuple per position of the rows, so its
// result has a static shape only when the rows are fixed tuples and the
// call is unpacked at once: then it is pyrt.UnzipN(rows), a tuple of
// slices (the *args tuples of varargs.go), raising ValueError for no rows
// as the unpacking does. Any other zip(*x) stays a diagnostic.

// unzipType types zip(*rows) at an unpacking site.
func (m *mapper) unzipType(n *ast.Call) (Type, bool) {
	rows := m.unzipRows(n)
	if rows == nil {
		return nil, false
	}
	elems := make([]Type, len(rows.Elems))
	for i, e := range rows.Elems {
		elems[i] = &ListT{Elem: e, Args: true}
	}
	return &TupleT{Elems: elems}, true
}

// unzipRows returns the row type of zip(*rows) at an unpacking site whose
// targets match the row length, or nil.
func (m *mapper) unzipRows(n *ast.Call) *TupleT {
	if n.Starargs == nil || n.Kwargs != nil || len(n.Args) > 0 || len(n.Keywords) > 0 || !m.unzipSite(n) {
		return nil
	}
	lt, ok := m.info.Types[n.Starargs].(*ListT)
	if !ok {
		return nil
	}
	rows, ok := lt.Elem.(*TupleT)
	if !ok || len(rows.Elems) < 2 || len(rows.Elems) > 5 || len(rows.Elems) != m.unzips[n].targets {
		return nil
	}
	return rows
}

// unzipSite reports whether n is the value of a tuple assignment.
func (m *mapper) unzipSite(n *ast.Call) bool {
	if m.unzips == nil {
		m.unzips = map[*ast.Call]unzipSite{}
		eachNode(m.file.Module, func(x any) {
			a, ok := x.(*ast.Assign)
			if !ok || len(a.Targets) != 1 {
				return
			}
			call, ok := a.Value.(*ast.Call)
			if !ok || !isName(call.Func, "zip") {
				return
			}
			if t, ok := a.Targets[0].(*ast.Tuple); ok {
				m.unzips[call] = unzipSite{targets: len(t.Elts)}
			}
		})
	}
	_, ok := m.unzips[n]
	return ok
}

// unzipSite is a zip(*rows) call a tuple assignment unpacks.
type unzipSite struct{ targets int }

// unzip translates zip(*rows) at an unpacking site.
func (c *fnCtx) unzip(n *ast.Call, name string) (ir.Expr, bool) {
	if name != "builtins.zip" || n.Starargs == nil {
		return nil, false
	}
	rows := c.m.unzipRows(n)
	if rows == nil {
		c.m.errorf(n, "unsupported: zip(*x) other than a, b = zip(*rows) with rows a list of tuples of that length; loop over the rows instead")
		return &ir.Nil{}, true
	}
	return ir.CallOf(ir.Q(ir.Runtime, "Unzip"+strconv.Itoa(len(rows.Elems))), c.expr(n.Starargs)), true
}
