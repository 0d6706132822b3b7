package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// objProtocols give objects of library classes Python's container
// behaviour in the core constructs: len(x), truth tests, `v in x`, x[k],
// for loops and list(x). A class registers its protocol from its own file;
// its runtime type then provides Len() int, Contains(v) bool, At(k) V,
// All() iter.Seq2[int, E] and List() []E.
var objProtocols = map[string]*objProtocol{}

type objProtocol struct {
	// elem is the type of the values a for loop or list(x) yields.
	elem func(o *ObjT) Type
	// item gives the key and value types of x[k]; nil: not subscriptable.
	item func(o *ObjT) (key, val Type)
}

// protocolOf returns the container protocol of a library object type.
func protocolOf(t Type) (*ObjT, *objProtocol) {
	if o, ok := t.(*ObjT); ok {
		if p := objProtocols[o.Class]; p != nil {
			return o, p
		}
	}
	return nil, nil
}

// protoLen translates len(x) for a library container.
func (c *fnCtx) protoLen(e ast.Expr) ir.Expr {
	return ir.CallOf(ir.Sel(c.expr(e), "Len"))
}
