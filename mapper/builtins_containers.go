package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// The builtins that consume an iterable: the constructors list(), tuple(),
// set() and dict(), and sorted(), min(), max() and sum(). Every iterable
// is first made a Go slice of its elements (elemsOf); a Go map (dict or
// set) is only read where the order of its keys cannot show (sorting,
// summing ints, building a set or map), because Go's map order is not
// Python's insertion order.

// elemsOf translates iterable e into a Go slice of its elements. fresh
// reports whether the slice is new (not the list e itself). ordered says
// whether the consumer depends on the element order. It returns nil when
// the iterable is not translated.
func (c *fnCtx) elemsOf(e ast.Expr, ordered bool) (xs ir.Expr, fresh bool) {
	t := c.m.info.Types[e]
	if _, ok := t.(*ListT); ok {
		return c.expr(e), false
	}
	if x := c.asSlice(e); x != nil {
		return x, true
	}
	switch x := t.(type) {
	case *basicType:
		if x == StrT {
			return ir.CallOf(ir.Q(ir.Runtime, "Chars"), c.expr(e)), true
		}
	case *SetT:
		return ir.CallOf(ir.Sel(c.expr(e), "Items")), true // CPython's set order
	case *DictT:
		return c.dictKeys(e, x), true
	case *TupleT:
		if tup, ok := e.(*ast.Tuple); ok && len(tup.Elts) > 0 {
			return c.listLit(tup.Elts, &ListT{Elem: elemType(x)}), true
		}
	case *iterT:
		if _, isCall := e.(*ast.Call); !isCall && x.Kind != "seq" {
			// A variable holding a lazy iterable holds its Go slice.
			return c.expr(e), false
		}
		return c.iterSlice(e, x, ordered)
	}
	return nil, false
}

func (c *fnCtx) collect(seq ir.Expr) ir.Expr { return ir.CallOf(ir.Q("slices", "Collect"), seq) }

// iterSlice materialises the lazy iterables: enumerate, zip, map, filter,
// reversed and the views of a dict.
func (c *fnCtx) iterSlice(e ast.Expr, t *iterT, ordered bool) (ir.Expr, bool) {
	call, ok := e.(*ast.Call)
	if !ok {
		return nil, false
	}
	arg := func(i int) (ir.Expr, bool) {
		if i >= len(call.Args) {
			return nil, false
		}
		x, _ := c.elemsOf(call.Args[i], true)
		return x, x != nil
	}
	switch t.Kind {
	case "enumerate":
		xs, ok := arg(0)
		start := argOrKeyword(call, 1, "start")
		if !ok {
			return nil, false
		}
		st := ir.Expr(ir.L(0))
		if start != nil {
			st = c.exprAs(start, IntT)
		}
		return ir.CallOf(ir.Q(ir.Runtime, "EnumerateList"), xs, st), true
	case "zip":
		if len(call.Args) < 2 || len(call.Args) > 3 || len(call.Keywords) > 0 {
			return nil, false
		}
		args := make([]ir.Expr, len(call.Args))
		for i := range call.Args {
			if args[i], ok = arg(i); !ok {
				return nil, false
			}
		}
		fn := "Zip"
		if len(args) == 3 {
			fn = "Zip3"
		}
		return ir.CallOf(ir.Q(ir.Runtime, fn), args...), true
	case "map", "filter":
		if len(call.Args) != 2 {
			return nil, false
		}
		xs, ok := arg(1)
		if !ok {
			return nil, false
		}
		f := c.funcValue(call.Args[0], elemType(c.m.info.Types[call.Args[1]]), t.Kind == "filter")
		if f == nil {
			return nil, false
		}
		return ir.CallOf(ir.Q(ir.Runtime, upperFirst(t.Kind)+"List"), f, xs), true
	case "reversed":
		xs, ok := arg(0)
		if !ok {
			return nil, false
		}
		return ir.CallOf(ir.Q(ir.Runtime, "Reversed"), xs), true
	case "keys", "values", "items":
		attr, ok := call.Func.(*ast.Attribute)
		if !ok || ordered {
			return nil, false
		}
		if dt, isDict := c.m.info.Types[attr.Value].(*DictT); !isDict || orderedDict(dt) {
			return nil, false
		}
		d := c.expr(attr.Value)
		if t.Kind == "items" {
			return ir.CallOf(ir.Q(ir.Runtime, "MapItems"), d), true
		}
		return c.collect(ir.CallOf(ir.Q("maps", upperFirst(t.Kind)), d)), true
	}
	return nil, false
}

// funcValue translates a function passed as a value to map() or filter()
// for elements of type elem: a user function or lambda as it is, a builtin
// as a function literal. pred asks for a func(T) bool (filter), where
// filter(None, xs) keeps the true values.
func (c *fnCtx) funcValue(f ast.Expr, elem Type, pred bool) ir.Expr {
	et := c.m.goType(elem)
	lit := func(apply func(ir.Expr) ir.Expr, rt Type) ir.Expr {
		return &ir.FuncLit{Params: []ir.Param{{Name: "x", Type: et}}, Results: []ir.Type{c.m.goType(rt)},
			Body: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{apply(ir.Id("x"))}})}
	}
	switch k := c.m.info.Types[f].(type) {
	case *FuncT:
		if pred && c.m.result(k.Fn) != BoolT {
			return nil
		}
		return c.expr(f)
	case *LibFuncT:
		if apply, rt := builtinApply(k.Name, elem); apply != nil && !pred {
			return lit(apply, rt)
		}
	case *basicType:
		if k == NoneT && pred {
			if z := zeroValue(elem); z != nil {
				return lit(func(x ir.Expr) ir.Expr { return &ir.Binary{X: x, Op: "!=", Y: z} }, BoolT)
			}
		}
	}
	return nil
}

// zeroValue is the Go literal of a basic type's false value.
func zeroValue(t Type) ir.Expr {
	switch t {
	case IntT:
		return ir.L(0)
	case FloatT:
		return ir.L(0.0)
	case StrT:
		return ir.L("")
	case BoolT:
		return ir.L(false)
	}
	return nil
}

// seqOf translates iterable e into an iter.Seq of its elements for
// sorted(): a set or dict's keys straight from the map when the order they
// come in cannot show (ordered is false: no key function, so equal
// elements are indistinguishable).
func (c *fnCtx) seqOf(e ast.Expr, ordered bool) ir.Expr {
	switch t := c.m.info.Types[e].(type) {
	case *DictT:
		if !ordered || !orderedDict(t) {
			return c.dictKeysSeq(e, t) // a Dict's keys are in its order
		}
	case *SetT:
		if !ordered {
			return ir.CallOf(ir.Q("maps", "Keys"), c.expr(e))
		}
	case *iterT:
		if it := c.m.info.Types[e].(*iterT); it.Kind == "seq" {
			return c.expr(e)
		}
	}
	if xs, _ := c.elemsOf(e, ordered); xs != nil {
		return ir.CallOf(ir.Q("slices", "Values"), xs)
	}
	return nil
}

// sortedCall translates sorted(xs), sorted(xs, key=f, reverse=b).
func (c *fnCtx) sortedCall(n *ast.Call) ir.Expr {
	lt, ok := c.m.info.Types[n].(*ListT)
	if len(n.Args) != 1 || !ok {
		c.m.errorf(n, "unsupported: sorted() with %d positional arguments", len(n.Args))
		return &ir.Nil{}
	}
	reverse, ok := c.reverseFlag(n)
	if !ok {
		return &ir.Nil{}
	}
	var key *keyFn
	if k := keyword(n, "key"); k != nil && !isNoneConst(k) {
		if key = c.keyFunc(k, lt.Elem, n.Args[0]); key == nil {
			c.m.errorf(k, "unsupported: this key function")
			return &ir.Nil{}
		}
	}
	// With a key, elements with equal keys keep their iteration order.
	if c.unsupportedLibCall(n.Args[0]) {
		return &ir.Nil{}
	}
	seq := c.seqOf(n.Args[0], key != nil)
	if seq == nil {
		c.m.errorf(n.Args[0], "unsupported: sorted() of a %s%s", c.m.info.Types[n.Args[0]], orderNote(key != nil))
		return &ir.Nil{}
	}
	if key == nil && !reverse {
		if orderedType(lt.Elem) {
			return ir.CallOf(ir.Q("slices", "Sorted"), seq)
		}
		if fn := c.compareFunc(lt.Elem); fn != nil {
			return ir.CallOf(ir.Q("slices", "SortedFunc"), seq, fn)
		}
	} else if fn := c.compareFuncKey(lt.Elem, key, reverse); fn != nil {
		// Stable, as Python's sort is (reverse=True keeps equal elements
		// in their original order too).
		return ir.CallOf(ir.Q("slices", "SortedStableFunc"), seq, fn)
	}
	c.m.errorf(n, "unsupported: sorting values of type %s, which have no order Go can write", lt.Elem)
	return &ir.Nil{}
}

// reverseFlag reads reverse=True/False; only constants are translated.
func (c *fnCtx) reverseFlag(n *ast.Call) (reverse, ok bool) {
	r := keyword(n, "reverse")
	if r == nil {
		return false, true
	}
	if nc, isConst := r.(*ast.NameConstant); isConst {
		return isPyTrue(nc), true
	}
	c.m.errorf(r, "unsupported: reverse= that is not the constant True or False")
	return false, false
}

func isEmptyList(e ast.Expr) bool {
	l, ok := e.(*ast.List)
	return ok && len(l.Elts) == 0
}

// minMaxCall translates min() and max(): of an iterable (with key= and
// default=) or of several arguments (with key=).
func (c *fnCtx) minMaxCall(n *ast.Call, fn string) ir.Expr {
	rt := c.m.info.Types[n]
	def := keyword(n, "default")
	var xs ir.Expr
	var elem Type
	switch {
	case len(n.Args) == 1:
		if def != nil && isEmptyList(n.Args[0]) {
			return c.exprAs(def, rt) // max([], default=d) is d
		}
		if x := c.emptyMinMax(n, rt); x != nil {
			return x
		}
		elem = elemType(c.m.info.Types[n.Args[0]])
		// With a key, the first of several elements with equal keys wins.
		hasKey := keyword(n, "key") != nil
		xs, _ = c.elemsOf(n.Args[0], hasKey)
		if xs == nil {
			c.m.errorf(n.Args[0], "unsupported: %s() of a %s%s", fn, c.m.info.Types[n.Args[0]], orderNote(hasKey))
			return &ir.Nil{}
		}
	case len(n.Args) > 1:
		elem = rt
		if keyword(n, "key") == nil && rt != NumT {
			if !orderedType(rt) {
				c.m.errorf(n, "unsupported: %s() of values of type %s", fn, rt)
				return &ir.Nil{}
			}
			args := make([]ir.Expr, len(n.Args))
			for i, a := range n.Args {
				args[i] = c.exprAs(a, rt)
			}
			return ir.CallOf(ir.Id(fn), args...)
		}
		xs = c.listLit(n.Args, &ListT{Elem: rt})
	default:
		c.m.errorf(n, "%s expected at least 1 argument, got 0", fn)
		return &ir.Nil{}
	}
	var out ir.Expr
	k := keyword(n, "key")
	switch {
	case k == nil && orderedType(elem):
		out = ir.CallOf(ir.Q("slices", upperFirst(fn)), xs)
	default:
		var key *keyFn
		if k != nil {
			if key = c.keyFunc(k, elem, n.Args[0]); key == nil {
				c.m.errorf(k, "unsupported: this key function")
				return &ir.Nil{}
			}
		}
		cmpFn := c.compareFuncKey(elem, key, false)
		if cmpFn == nil {
			c.m.errorf(n, "unsupported: %s() of values of type %s, which have no order Go can write", fn, elem)
			return &ir.Nil{}
		}
		out = ir.CallOf(ir.Q("slices", upperFirst(fn)+"Func"), xs, cmpFn)
	}
	if def == nil {
		return out
	}
	// An empty iterable gives the default instead of ValueError.
	v := c.names.claim("xs")
	body := (&ir.Block{}).Add(
		&ir.Assign{Lhs: []ir.Expr{ir.Id(v)}, Tok: ":=", Rhs: []ir.Expr{xs}},
		&ir.If{Cond: &ir.Binary{X: ir.CallOf(ir.Id("len"), ir.Id(v)), Op: "==", Y: ir.L(0)},
			Then: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{c.exprAs(def, rt)}})},
	)
	out.(*ir.Call).Args[0] = ir.Id(v)
	body.Add(&ir.Return{Results: []ir.Expr{out}})
	return ir.CallOf(&ir.FuncLit{Results: []ir.Type{c.m.goType(rt)}, Body: body})
}

// sumCall translates sum(xs) and sum(xs, start) of ints and floats.
func (c *fnCtx) sumCall(n *ast.Call) ir.Expr {
	if len(n.Args) < 1 || len(n.Args) > 2 {
		c.m.errorf(n, "unsupported: sum() with %d arguments", len(n.Args))
		return &ir.Nil{}
	}
	rt := c.m.info.Types[n]
	start := ir.Expr(ir.L(0))
	if len(n.Args) == 2 {
		start = c.exprAs(n.Args[1], rt)
	}
	if isEmptyList(n.Args[0]) {
		return start
	}
	elem := elemType(c.m.info.Types[n.Args[0]])
	if o, p := protocolOf(elem); p != nil && p.binops[ast.Add] != "" && len(n.Args) == 2 {
		return c.sumObjects(n, o, p.binops[ast.Add])
	}
	if o, ok := elem.(*OptionalT); ok && (o.Elem == IntT || o.Elem == FloatT) && len(n.Args) == 1 {
		if xs, _ := c.elemsOf(n.Args[0], o.Elem == FloatT); xs != nil {
			c.m.raises = true
			return &ir.Call{Fun: ir.Q(ir.Runtime, "SumOptional"), TypeArgs: []ir.Type{c.m.goType(o.Elem)}, Args: []ir.Expr{xs}}
		}
	}
	if x, ok := c.numSum(n, elem); ok {
		return x
	}
	if elem != IntT && elem != FloatT && elem != BoolT {
		c.m.errorf(n, "unsupported: sum() of values of type %s", elem)
		return &ir.Nil{}
	}
	// Float addition rounds, so a float sum must add in Python's order.
	xs, _ := c.elemsOf(n.Args[0], elem == FloatT)
	if xs == nil {
		c.m.errorf(n.Args[0], "unsupported: sum() of a %s", c.m.info.Types[n.Args[0]])
		return &ir.Nil{}
	}
	if elem == BoolT {
		xs = ir.CallOf(ir.Q(ir.Runtime, "MapList"), &ir.FuncLit{Params: []ir.Param{{Name: "b", Type: ir.Bool}}, Results: []ir.Type{ir.Int},
			Body: (&ir.Block{}).Add(&ir.If{Cond: ir.Id("b"), Then: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{ir.L(1)}})}, &ir.Return{Results: []ir.Expr{ir.L(0)}})}, xs)
	}
	sum := ir.Expr(ir.CallOf(ir.Q(ir.Runtime, "Sum"), xs))
	if elem == IntT || elem == BoolT {
		c.m.raises = true // OverflowError past 64 bits
	}
	if elem == IntT && rt == FloatT {
		sum = ir.CallOf(&ir.TypeExpr{Type: ir.Float}, sum) // sum(ints, 0.5)
	}
	if len(n.Args) == 2 {
		if b, ok := c.intBound(n.Args[1]); rt == IntT && (!ok || b > smallStep) {
			return ir.CallOf(ir.Q(ir.Runtime, "AddInt"), start, sum)
		}
		return &ir.Binary{X: start, Op: "+", Y: sum}
	}
	return sum
}

// emptyMinMax translates min([]) and max([]) without a default, which
// raise ValueError, as a function of the type the context wants (Python
// only reaches such a call in a branch that is never taken); nil for other
// expressions.
func (c *fnCtx) emptyMinMax(e ast.Expr, want Type) ir.Expr {
	call, ok := e.(*ast.Call)
	if !ok || len(call.Args) != 1 || !isEmptyList(call.Args[0]) || keyword(call, "default") != nil {
		return nil
	}
	lf, ok := c.m.info.Types[call.Func].(*LibFuncT)
	if !ok || (lf.Name != "builtins.min" && lf.Name != "builtins.max") {
		return nil
	}
	c.m.raises = true
	msg := lf.Name[len("builtins."):] + "() arg is an empty sequence"
	body := (&ir.Block{}).Add(&ir.ExprStmt{X: ir.CallOf(ir.Id("panic"), ir.CallOf(ir.Q(ir.Runtime, "NewExc"), ir.Q(ir.Runtime, "ValueError"), ir.L(msg)))})
	if want == nil || want == Unknown {
		want = AnyT
	}
	return ir.CallOf(&ir.FuncLit{Results: []ir.Type{c.m.goType(want)}, Body: body})
}

// listSort translates xs.sort(), xs.sort(key=f, reverse=b) in place.
func (c *fnCtx) listSort(n *ast.Call, recv ast.Expr, lt *ListT, b *ir.Block) bool {
	if len(n.Args) > 0 {
		c.m.errorf(n, "sort() takes no positional arguments")
		return true
	}
	reverse, ok := c.reverseFlag(n)
	if !ok {
		return true
	}
	var key *keyFn
	if k := keyword(n, "key"); k != nil && !isNoneConst(k) {
		if key = c.keyFunc(k, lt.Elem, recv); key == nil {
			c.m.errorf(k, "unsupported: this key function")
			return true
		}
	}
	xs := c.expr(recv)
	switch fn := c.compareFuncKey(lt.Elem, key, reverse); {
	case key == nil && !reverse && orderedType(lt.Elem):
		b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Q("slices", "Sort"), xs)})
	case fn != nil:
		b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Q("slices", "SortStableFunc"), xs, fn)})
	default:
		c.m.errorf(n, "unsupported: sorting values of type %s, which have no order Go can write", lt.Elem)
	}
	return true
}

// sumObjects translates sum(xs, start) of library objects that define +
// (Counters): start + x0 + x1 ..., left to right as Python adds.
func (c *fnCtx) sumObjects(n *ast.Call, o *ObjT, add string) ir.Expr {
	xs, _ := c.elemsOf(n.Args[0], true)
	if xs == nil {
		c.m.errorf(n.Args[0], "unsupported: sum() of a %s", c.m.info.Types[n.Args[0]])
		return &ir.Nil{}
	}
	rt := c.m.info.Types[n]
	acc, x := c.names.claim("total"), c.names.claim("x")
	body := (&ir.Block{}).Add(
		&ir.Assign{Lhs: []ir.Expr{ir.Id(acc)}, Tok: ":=", Rhs: []ir.Expr{c.exprAs(n.Args[1], rt)}},
		&ir.Range{Key: ir.Id("_"), Value: ir.Id(x), Define: true, X: xs, Body: (&ir.Block{}).Add(
			&ir.Assign{Lhs: []ir.Expr{ir.Id(acc)}, Tok: "=", Rhs: []ir.Expr{ir.CallOf(ir.Sel(ir.Id(acc), add), ir.Id(x))}})},
		&ir.Return{Results: []ir.Expr{ir.Id(acc)}})
	return ir.CallOf(&ir.FuncLit{Results: []ir.Type{c.m.goType(rt)}, Body: body})
}

// orderNote explains why a dict's keys were refused where their order
// matters.
func orderNote(ordered bool) string {
	if ordered {
		return " with a key function (equal keys keep the iteration order, which a Go map does not have)"
	}
	return ""
}
