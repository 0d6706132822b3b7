package mapper

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

var goBinOps = map[ast.OperatorNumber]string{
	ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.BitOr: "|", ast.BitAnd: "&", ast.BitXor: "^",
	ast.LShift: "<<", ast.RShift: ">>",
}

// binop translates an arithmetic expression with Python's meaning: / is
// always float division, // and % floor (the runtime's helpers unless both
// sides are known non-negative), str * int repeats.
func (c *fnCtx) binop(op ast.OperatorNumber, l, r ast.Expr, result Type) ir.Expr {
	lt, rt := c.m.info.Types[l], c.m.info.Types[r]
	if x, ok := c.dynBinop(op, l, r); ok {
		return x
	}
	if c.optionalOperand(l, r) {
		return &ir.Nil{}
	}
	if x, ok := c.protoBinop(op, l, r); ok {
		return x
	}
	if x, ok := c.argsTupleConcat(op, l, r, result); ok {
		return x
	}
	if x, ok := c.numBinop(op, l, r, result); ok {
		return x
	}
	switch {
	case op == ast.Mult && lt == StrT && rt == IntT:
		return c.strRepeat(l, r)
	case op == ast.Mult && lt == IntT && rt == StrT:
		return c.strRepeat(r, l)
	case op == ast.Modulo && lt == StrT:
		return c.percentFormat(l, r)
	case op == ast.Div:
		if nonZeroConst(r) {
			return &ir.Binary{X: paren(c.exprAs(l, FloatT)), Op: "/", Y: paren(c.exprAs(r, FloatT))}
		}
		// Go's float division by zero is Inf; Python raises.
		c.m.raises = true
		fn := "DivFloat"
		if (lt == IntT || lt == BoolT) && (rt == IntT || rt == BoolT) {
			fn = "Div"
		}
		return ir.CallOf(ir.Q(ir.Runtime, fn), c.exprAs(l, FloatT), c.exprAs(r, FloatT))
	case op == ast.Mult && (isListType(lt) && rt == IntT || lt == IntT && isListType(rt)):
		list, n := l, r
		if lt == IntT {
			list, n = r, l
		}
		return ir.CallOf(ir.Q("slices", "Repeat"), c.expr(list), c.expr(n))
	case op == ast.Pow:
		if result == IntT {
			if v, ok := constPow(l, r); ok && v.IsInt64() {
				return ir.L(int(v.Int64())) // exact, folded
			}
			c.m.raises = true
			return ir.CallOf(ir.Q(ir.Runtime, "PowInt"), c.expr(l), c.expr(r))
		}
		return ir.CallOf(ir.Q("math", "Pow"), c.exprAs(l, FloatT), c.exprAs(r, FloatT))
	case op == ast.FloorDiv || op == ast.Modulo:
		if result == IntT && c.nonNegative(l) && c.nonNegative(r) {
			gop := "/"
			if op == ast.Modulo {
				gop = "%"
			}
			return &ir.Binary{X: paren(c.expr(l)), Op: gop, Y: paren(c.expr(r))}
		}
		name := map[ast.OperatorNumber]string{ast.FloorDiv: "FloorDiv", ast.Modulo: "Mod"}[op]
		c.m.raises = true
		if result == FloatT {
			return ir.CallOf(ir.Q(ir.Runtime, name+"Float"), c.exprAs(l, FloatT), c.exprAs(r, FloatT))
		}
		return ir.CallOf(ir.Q(ir.Runtime, name), c.expr(l), c.expr(r))
	}
	if x, ok := c.setOperator(op, l, r, result); ok {
		return x
	}
	if x, ok := c.checkedIntOp(op, l, r); ok {
		return x
	}
	gop, ok := goBinOps[op]
	if !ok {
		c.m.errorf(l, "unsupported operator")
		return &ir.Nil{}
	}
	if !isNumeric(lt) && !isNumeric(rt) && lt != StrT && !isListType(lt) {
		// Tuples, sets and library objects have no Go operator.
		if _, isSet := lt.(*SetT); !isSet || (op != ast.BitOr && op != ast.BitAnd && op != ast.Sub) {
			c.m.errorf(l, "unsupported: operator on a %s and a %s", lt, rt)
			return &ir.Nil{}
		}
		c.m.errorf(l, "unsupported: set operators; use loops over the sets")
		return &ir.Nil{}
	}
	if _, isList := result.(*ListT); isList && op == ast.Add {
		// a + b is a new list: slices.Concat never shares a's array.
		return ir.CallOf(ir.Q("slices", "Concat"), c.exprAs(l, result), c.exprAs(r, result))
	}
	want := result
	if !isNumeric(result) {
		want = Unknown
	}
	return &ir.Binary{X: paren(c.exprAs(l, want)), Op: gop, Y: paren(c.exprAs(r, want))}
}

// nonNegative reports whether an int expression is certainly >= 0, so that
// Go's truncating / and % agree with Python's flooring ones.
func (c *fnCtx) nonNegative(e ast.Expr) bool {
	switch n := e.(type) {
	case *ast.Num:
		v, ok := intConst(n)
		return ok && v >= 0
	case *ast.Call:
		return c.isLen(n)
	case *ast.Name:
		sym := c.m.info.Uses[n]
		return sym != nil && c.rangeVars[sym]
	}
	return false
}

var goCmpOps = map[ast.CmpOp]string{
	ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
	ast.Is: "==", ast.IsNot: "!=",
}

// compare translates comparisons, chained ones as a conjunction.
func (c *fnCtx) compare(n *ast.Compare) ir.Expr {
	if x, ok := constCompare(n); ok {
		return x
	}
	var out ir.Expr
	left := n.Left
	for i, op := range n.Ops {
		right := n.Comparators[i]
		x := c.compareOne(left, op, right)
		if out == nil {
			out = x
		} else {
			out = &ir.Binary{X: out, Op: "&&", Y: x}
		}
		left = right
	}
	return out
}

func (c *fnCtx) compareOne(l ast.Expr, op ast.CmpOp, r ast.Expr) ir.Expr {
	switch op {
	case ast.In, ast.NotIn:
		x := c.contains(r, l)
		if op == ast.NotIn {
			return &ir.Unary{Op: "!", X: x}
		}
		return x
	}
	gop := goCmpOps[op]
	lt, rt := c.m.info.Types[l], c.m.info.Types[r]
	if op == ast.Is || op == ast.IsNot {
		if x, ok := c.containerIdentity(l, r, lt, rt, op); ok {
			return x
		}
	}
	if x, ok := c.instanceCompare(l, op, r); ok {
		return x
	}
	if x, ok := c.byRefNoneCompare(l, op, r); ok {
		return x
	}
	if x, ok := c.protoCompare(l, op, r); ok {
		return x
	}
	if x, ok := c.numCompare(l, op, r); ok {
		return x
	}
	if ll, ok := lt.(*ListT); ok && isListType(rt) && orderedType(ll.Elem) {
		// Lists compare element by element, as slices.Compare does.
		cmpx := ir.CallOf(ir.Q("slices", "Compare"), c.expr(l), c.expr(r))
		return &ir.Binary{X: cmpx, Op: gop, Y: ir.L(0)}
	}
	if x, ok := c.containerEquality(l, op, r); ok {
		return x
	}
	want := Unknown
	if lt == FloatT || rt == FloatT {
		want = FloatT
	}
	return &ir.Binary{X: paren(c.exprAs(l, want)), Op: gop, Y: paren(c.exprAs(r, want))}
}

// containerEquality handles the comparisons Go's operators cannot make:
// == on lists is slices.Equal; == on dicts and sets, and `is` between
// values of different static types, are diagnostics rather than Go that
// does not compile. ok is false when Go's operator is right.
func (c *fnCtx) containerEquality(l ast.Expr, op ast.CmpOp, r ast.Expr) (ir.Expr, bool) {
	lt, rt := c.m.info.Types[l], c.m.info.Types[r]
	switch op {
	case ast.Eq, ast.NotEq:
		_, lList := lt.(*ListT)
		_, rList := rt.(*ListT)
		if lList && rList && sameType(lt, rt) {
			var x ir.Expr = ir.CallOf(ir.Q("slices", "Equal"), c.expr(l), c.expr(r))
			if op == ast.NotEq {
				x = &ir.Unary{Op: "!", X: x}
			}
			return x, true
		}
		_, lVar := lt.(*VarTupleT)
		_, rVar := rt.(*VarTupleT)
		if lVar && rVar {
			// Tuples of any length hold any values: Python's equality.
			var x ir.Expr = ir.CallOf(ir.Q(ir.Runtime, "Equal"), c.expr(l), c.expr(r))
			if op == ast.NotEq {
				x = &ir.Unary{Op: "!", X: x}
			}
			return x, true
		}
		for _, t := range []Type{lt, rt} {
			switch t.(type) {
			case *ListT, *DictT, *SetT, *VarTupleT:
				c.m.errorf(l, "unsupported: == between a %s and a %s", lt, rt)
				return ir.L(false), true
			}
		}
	case ast.Lt, ast.LtE, ast.Gt, ast.GtE:
		if x, ok := c.tupleOrder(l, op, r); ok {
			return x, true
		}
		_, lVar := lt.(*VarTupleT)
		_, rVar := rt.(*VarTupleT)
		if (lVar && rVar) || lt == AnyT || rt == AnyT {
			// Values of several types order as Python's < does, or
			// raise its TypeError.
			cmpx := ir.CallOf(ir.Q(ir.Runtime, "Compare"), c.expr(l), c.expr(r))
			return &ir.Binary{X: cmpx, Op: goCmpOps[op], Y: ir.L(0)}, true
		}
		for _, t := range []Type{lt, rt} {
			switch t.(type) {
			case *ListT, *DictT, *SetT, *VarTupleT:
				c.m.errorf(l, "unsupported: ordering a %s and a %s", lt, rt)
				return ir.L(false), true
			}
		}
	case ast.Is, ast.IsNot:
		if x, ok := libFuncIdentity(lt, rt, op); ok {
			return x, true
		}
		if lt == NoneT || rt == NoneT || lt == Unknown || rt == Unknown || lt == AnyT || rt == AnyT {
			return nil, false
		}
		if _, opt := lt.(*OptionalT); opt {
			return nil, false
		}
		if _, opt := rt.(*OptionalT); opt {
			return nil, false
		}
		li, lInst := lt.(*InstanceT)
		ri, rInst := rt.(*InstanceT)
		// current_thread() is self inside a Thread subclass: the runtime
		// thread is the one the object embeds.
		_, lThread := lt.(*ThreadT)
		_, rThread := rt.(*ThreadT)
		if (lThread && rInst && ri.Class.threadBase()) || (rThread && lInst && li.Class.threadBase()) {
			x, y := c.expr(l), c.expr(r)
			if lInst {
				x = ir.Sel(x, "Thread")
			} else {
				y = ir.Sel(y, "Thread")
			}
			return &ir.Binary{X: x, Op: goCmpOps[op], Y: y}, true
		}
		if (lInst || rInst) && !(lInst && rInst && commonBase(li.Class, ri.Class) != nil) {
			// A user object against a library object or an unrelated
			// class: Go cannot compare the two pointers.
			c.m.errorf(l, "unsupported: `is` between a %s and a %s (different Go types)", lt, rt)
			return ir.L(false), true
		}
	}
	return nil, false
}

// contains translates `x in container`.
func (c *fnCtx) contains(container, x ast.Expr) ir.Expr {
	if e, ok := c.instanceContains(container, x); ok {
		return e
	}
	if in := c.containsView(container, x); in != nil {
		return in
	}
	if o, p := protocolOf(c.m.info.Types[container]); p != nil {
		return ir.CallOf(ir.Sel(c.expr(container), "Contains"), c.exprAs(x, p.elem(o)))
	}
	switch ct := c.m.info.Types[container].(type) {
	case *ListT:
		if ct.Elem == NumT {
			return c.numContains(c.expr(container), x)
		}
		return ir.CallOf(ir.Q("slices", "Contains"), c.expr(container), c.exprAs(x, ct.Elem))
	case *SetT:
		return ir.CallOf(ir.Sel(c.expr(container), "Has"), c.exprAs(x, ct.Elem))
	case *TupleT:
		if tup, ok := container.(*ast.Tuple); ok {
			lt := &ListT{Elem: elemType(ct)}
			if lt.Elem == NumT {
				return c.numContains(c.listLit(tup.Elts, lt), x)
			}
			return ir.CallOf(ir.Q("slices", "Contains"), c.listLit(tup.Elts, lt), c.exprAs(x, lt.Elem))
		}
	case *DictT:
		return c.dictHas(container, ct, x)
	}
	if c.m.info.Types[container] == StrT {
		return ir.CallOf(ir.Q("strings", "Contains"), c.expr(container), c.expr(x))
	}
	c.m.errorf(container, "unsupported: `in` on a %s", c.m.info.Types[container])
	return ir.L(false)
}

// attribute translates obj.attr for fields and module constants.
func (c *fnCtx) attribute(n *ast.Attribute) ir.Expr {
	if x, ok := c.dunderName(n); ok {
		return x
	}
	if x, ok := c.funcDoc(n); ok {
		return x
	}
	if x, ok := c.partialAttr(n); ok {
		return x
	}
	if x, ok := c.instanceAttr(n); ok {
		return x
	}
	if x, ok := c.excAttr(n); ok {
		return x
	}
	if _, ok := c.m.info.Types[n.Value].(*LocalT); ok {
		// Reading an attribute this thread never set raises AttributeError.
		c.m.raises = true
		return ir.CallOf(ir.Sel(ir.Sel(c.expr(n.Value), goFieldName(string(n.Attr))), "Attr"), ir.L(string(n.Attr)))
	}
	if _, ok := c.m.info.Types[n.Value].(*ExcT); ok && string(n.Attr) == "args" {
		return ir.CallOf(&ir.TypeExpr{Type: ir.RT("Tuple")}, ir.Sel(c.expr(n.Value), "Args"))
	}
	if _, ok := c.m.info.Types[n.Value].(*ExcT); ok && string(n.Attr) == "code" {
		return ir.CallOf(ir.Sel(c.expr(n.Value), "Code"))
	}
	switch o := c.m.info.Types[n.Value].(type) {
	case *ModuleT:
		if h := attrHooks[o.Name+"."+string(n.Attr)]; h != nil {
			return h(c, n)
		}
	case *ObjT:
		if h := attrHooks[o.Class+"."+string(n.Attr)]; h != nil {
			return h(c, n)
		}
	}
	switch t := c.m.info.Types[n].(type) {
	case *LibFuncT:
		switch t.Name {
		case "math.pi":
			return ir.Q("math", "Pi")
		case "math.e":
			return ir.Q("math", "E")
		case "math.inf":
			return ir.CallOf(ir.Q("math", "Inf"), ir.L(1))
		}
	}
	if inst, ok := c.m.info.Types[n.Value].(*InstanceT); ok && inst.Class.field(string(n.Attr)) != nil {
		return ir.Sel(c.instanceRef(n.Value, inst.Class), inst.Class.field(string(n.Attr)).GoName)
	}
	if lc, _ := c.objClass(c.m.info.Types[n.Value]); lc != nil {
		if p, ok := lc.props[string(n.Attr)]; ok {
			return ir.CallOf(ir.Sel(c.expr(n.Value), p.getter))
		}
	}
	switch o := c.m.info.Types[n.Value].(type) {
	case *InstanceT:
		if f := o.Class.field(string(n.Attr)); f != nil {
			return ir.Sel(c.expr(n.Value), f.GoName)
		}
		if v := o.Class.classVar(string(n.Attr)); v != nil {
			return ir.Id(v.GoName)
		}
	case *ClassT:
		return c.classAttr(o.Class, n)
	}
	if mod, ok := c.m.info.Types[n.Value].(*ModuleT); ok {
		c.m.errorf(n, "unsupported: %s.%s", mod.Name, n.Attr) // a module member: name both
		return &ir.Nil{}
	}
	c.m.errorf(n, "unsupported attribute: %s", n.Attr)
	return &ir.Nil{}
}

// subscript translates indexing and slicing; a negative constant index
// counts from the end as in Python.
func (c *fnCtx) subscript(n *ast.Subscript) ir.Expr {
	x := c.expr(n.Value)
	if u, ok := x.(*ir.Unary); ok && u.Op == "*" {
		x = &ir.Paren{X: x}
	}
	vt := c.m.info.Types[n.Value]
	if o, p := protocolOf(vt); p != nil && p.item != nil {
		if s, ok := n.Slice.(*ast.Index); ok {
			key, _ := p.item(o)
			return ir.CallOf(ir.Sel(x, "At"), c.exprAs(s.Value, key))
		}
	}
	switch s := n.Slice.(type) {
	case *ast.Index:
		if dt, ok := vt.(*DictT); ok {
			return c.dictGet(x, dt, s.Value)
		}
		if tv := tupleView(vt); tv != nil {
			vt = tv
		}
		if tt, ok := vt.(*TupleT); ok {
			if num, ok := s.Value.(*ast.Num); ok {
				if i, ok := intConst(num); ok && i >= 0 && i < len(tt.Elems) {
					return ir.Sel(x, tupleField(c.m.info.Types[n.Value], i))
				}
			}
			c.m.errorf(n, "unsupported: tuple index that is not a constant")
			return x
		}
		if vt == StrT {
			return ir.CallOf(ir.Q(ir.Runtime, "StrAt"), x, c.exprAs(s.Value, IntT))
		}
		if neg, ok := negConst(s.Value); ok {
			return &ir.Index{X: x, Index: &ir.Binary{X: ir.CallOf(ir.Id("len"), x), Op: "-", Y: ir.L(neg)}}
		}
		return &ir.Index{X: x, Index: c.exprAs(s.Value, IntT)}
	case *ast.Slice:
		return c.sliceExpr(n, s, x)
	}
	c.m.errorf(n, "unsupported subscript")
	return x
}

func negConst(e ast.Expr) (int, bool) {
	if u, ok := e.(*ast.UnaryOp); ok && u.Op == ast.USub {
		if num, ok := u.Operand.(*ast.Num); ok {
			if v, ok := num.N.(py.Int); ok {
				return int(v), true
			}
		}
	}
	return 0, false
}

// dunderName translates x.__name__ for functions and classes (a constant)
// and type(x).__name__ (the class name, known statically except for
// exceptions, whose class the runtime value carries).
func (c *fnCtx) dunderName(n *ast.Attribute) (ir.Expr, bool) {
	if string(n.Attr) != "__name__" {
		return nil, false
	}
	switch t := c.m.info.Types[n.Value].(type) {
	case *FuncT:
		return ir.L(t.Fn.Name), true
	case *ClassT:
		return ir.L(t.Class.Name), true
	case *ExcClassT:
		if t.Name == "" {
			return ir.Sel(c.expr(n.Value), "Name"), true
		}
		return ir.L(t.Name), true
	case *excTypeValT:
		return ir.Sel(c.expr(n.Value), "Name"), true
	case *typeNameT:
		call := n.Value.(*ast.Call)
		switch o := t.Of.(type) {
		case *ExcT:
			return ir.Sel(ir.Sel(c.expr(call.Args[0]), "Type"), "Name"), true
		case *InstanceT:
			if o.Class.Iface != "" {
				return c.dynamicClassName(c.expr(call.Args[0]), o.Class), true
			}
			return ir.L(o.Class.Name), true
		}
		if name, ok := pyTypeNames[t.Of]; ok {
			return ir.L(name), true
		}
		switch of := t.Of.(type) {
		case *ListT:
			if of.Args {
				return ir.L("tuple"), true
			}
			return ir.L("list"), true
		case *DictT:
			return ir.L("dict"), true
		case *TupleT:
			return ir.L("tuple"), true
		case *SetT:
			return ir.L("set"), true
		case *LockT:
			return ir.L("lock"), true
		case *FuncT:
			return ir.L("function"), true
		case *OptionalT, *basicType:
			return ir.CallOf(ir.Q(ir.Runtime, "TypeName"), c.expr(call.Args[0])), true
		}
	}
	return nil, false
}

var pyTypeNames = map[Type]string{IntT: "int", FloatT: "float", StrT: "str", BoolT: "bool", NoneT: "NoneType"}

func isListType(t Type) bool {
	_, ok := t.(*ListT)
	return ok
}

// nonZeroConst reports whether e is a numeric literal other than zero.
func nonZeroConst(e ast.Expr) bool {
	if n, ok := e.(*ast.Num); ok {
		switch v := n.N.(type) {
		case py.Int:
			return v != 0
		case py.Float:
			return v != 0
		}
	}
	return false
}
