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

// printWriters are the library classes print(..., file=x) can write to:
// their runtime type has Writer() io.Writer.
var printWriters = map[string]bool{}

type objProtocol struct {
	// elem is the type of the values a for loop or list(x) yields.
	elem func(o *ObjT) Type
	// item gives the key and value types of x[k]; nil: not subscriptable.
	item func(o *ObjT) (key, val Type)
	// settable: x[k] = v is x.Set(k, v).
	settable bool
	// ref: x[k] has storage, *x.Ref(k), that x[k].append(v) can update.
	ref bool
	// flowItem learns the container's type from x[k] = v (k and v's types).
	flowItem func(o *ObjT, key, val Type) Type
	// equal: x == y is x.Equal(y).
	equal bool
	// binops name the methods of the binary operators the class defines
	// between two of its objects (ast.Add: "Add").
	binops map[ast.OperatorNumber]string
	// binopWith, when set, types x op y for a right operand of another
	// type and names the method: datetime - timedelta is SubDelta. A nil
	// type means the operator is not defined.
	binopWith func(op ast.OperatorNumber, l *ObjT, r Type) (Type, string)
	// ordered: x < y and the other orderings are x.Compare(y) < 0.
	ordered bool
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

// protoSetItem translates x[k] = v for a library container with a Set
// method; value gives v's translation. It reports whether x was one.
func (c *fnCtx) protoSetItem(s *ast.Subscript, value func(Type) ir.Expr, b *ir.Block) bool {
	o, p := protocolOf(c.m.info.Types[s.Value])
	if p == nil {
		return false
	}
	ix, ok := s.Slice.(*ast.Index)
	if !ok || p.item == nil || !p.settable {
		c.m.errorf(s, "unsupported: assigning an item of a %s", o.Class)
		return true
	}
	key, val := p.item(o)
	b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(c.expr(s.Value), "Set"), c.exprAs(ix.Value, key), value(val))})
	return true
}

// protoCompare translates == and != between library containers as their
// Equal method; other comparisons of them are not translated.
func (c *fnCtx) protoCompare(l ast.Expr, op ast.CmpOp, r ast.Expr) (ir.Expr, bool) {
	_, lp := protocolOf(c.m.info.Types[l])
	_, rp := protocolOf(c.m.info.Types[r])
	if lp == nil && rp == nil {
		return nil, false
	}
	if op == ast.Is || op == ast.IsNot {
		return nil, false
	}
	if lp != nil && lp.ordered && sameType(c.m.info.Types[l], c.m.info.Types[r]) {
		if gop, ok := map[ast.CmpOp]string{ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}[op]; ok {
			return &ir.Binary{X: ir.CallOf(ir.Sel(c.expr(l), "Compare"), c.expr(r)), Op: gop, Y: ir.L(0)}, true
		}
	}
	if (op != ast.Eq && op != ast.NotEq) || lp == nil || rp == nil || !lp.equal || !sameType(c.m.info.Types[l], c.m.info.Types[r]) {
		c.m.errorf(l, "unsupported: comparing %s with %s", c.m.info.Types[l], c.m.info.Types[r])
		return ir.L(false), true
	}
	var x ir.Expr = ir.CallOf(ir.Sel(c.expr(l), "Equal"), c.expr(r))
	if op == ast.NotEq {
		x = &ir.Unary{Op: "!", X: x}
	}
	return x, true
}

// protoBinopType types x op y for library containers: the container's own
// type for the operators it defines (Counter + Counter), AnyT for the others
// (which protoBinop then diagnoses).
func protoBinopType(op ast.OperatorNumber, l, r Type) (Type, bool) {
	lo, lp := protocolOf(l)
	_, rp := protocolOf(r)
	if lp == nil && rp == nil {
		return nil, false
	}
	if lp != nil && lp.binopWith != nil {
		if t, _ := lp.binopWith(op, lo, r); t != nil {
			return t, true
		}
	}
	if lp != nil && lp.binops[op] != "" && sameType(l, r) {
		return lo, true
	}
	return AnyT, true
}

// protoBinop translates x op y for library containers as the method the
// container's protocol names for op.
func (c *fnCtx) protoBinop(op ast.OperatorNumber, l, r ast.Expr) (ir.Expr, bool) {
	lt, rt := c.m.info.Types[l], c.m.info.Types[r]
	_, lp := protocolOf(lt)
	_, rp := protocolOf(rt)
	if lp == nil && rp == nil {
		return nil, false
	}
	if lo, _ := protocolOf(lt); lp != nil && lp.binopWith != nil {
		if t, method := lp.binopWith(op, lo, rt); t != nil {
			return ir.CallOf(ir.Sel(c.expr(l), method), c.expr(r)), true
		}
	}
	if lp == nil || lp.binops[op] == "" || !sameType(lt, rt) {
		c.m.errorf(l, "unsupported: operator between %s and %s", lt, rt)
		return &ir.Nil{}, true
	}
	return ir.CallOf(ir.Sel(c.expr(l), lp.binops[op]), c.expr(r)), true
}
