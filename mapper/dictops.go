package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// The dict operations, in both Go spellings (dictorder.go decides which a
// dict gets): a map for a dict whose order nobody sees, the runtime's
// ordered *pyrt.Dict for the others.

// dictGoType is the Go type of dicts of type t.
func (m *mapper) dictGoType(t *DictT) ir.Type {
	k, v := m.goType(t.Key), m.goType(t.Val)
	if orderedDict(t) {
		return &ir.Pointer{Elem: ir.RT("Dict", k, v)}
	}
	return &ir.Map{Key: k, Value: v}
}

// emptyDict is {} or dict() of type t.
func (c *fnCtx) emptyDict(t *DictT) ir.Expr {
	if orderedDict(t) {
		return &ir.Call{Fun: ir.Q(ir.Runtime, "NewDict"), TypeArgs: []ir.Type{c.m.goType(t.Key), c.m.goType(t.Val)}}
	}
	return &ir.Composite{Type: c.m.dictGoType(t)}
}

// orderedDictLit is a dict literal of an ordered dict:
// pyrt.DictOf([]K{k1, k2}, []V{v1, v2}), the keys in the order written.
func (c *fnCtx) orderedDictLit(n *ast.Dict, t *DictT) ir.Expr {
	if len(n.Keys) == 0 {
		return c.emptyDict(t)
	}
	keys := &ir.Composite{Type: &ir.Slice{Elem: c.m.goType(t.Key)}}
	values := &ir.Composite{Type: &ir.Slice{Elem: c.m.goType(t.Val)}, Multiline: len(n.Keys) > 3}
	for i := range n.Keys {
		keys.Elts = append(keys.Elts, c.exprAs(n.Keys[i], t.Key))
		values.Elts = append(values.Elts, c.exprAs(n.Values[i], t.Val))
	}
	return ir.CallOf(ir.Q(ir.Runtime, "DictOf"), keys, values)
}

// dictOf returns the dict type of e, if it has one.
func (c *fnCtx) dictOf(e ast.Expr) (*DictT, bool) {
	t, ok := c.m.info.Types[e].(*DictT)
	return t, ok
}

// dictGet is d[k] read, d translated as x. An ordered dict raises
// KeyError for a missing key; so does a map inside a try body or a
// function a try body calls (trycallees.go), where the KeyError can be
// caught; elsewhere a map is indexed the Go way.
func (c *fnCtx) dictGet(x ir.Expr, t *DictT, key ast.Expr) ir.Expr {
	if orderedDict(t) {
		c.m.raises = true
		return ir.CallOf(ir.Sel(x, "At"), c.exprAs(key, t.Key))
	}
	if c.tryRet != nil || c.m.calledInTry(c.fn) {
		c.m.raises = true
		return ir.CallOf(ir.Q(ir.Runtime, "MapAt"), x, c.exprAs(key, t.Key))
	}
	return &ir.Index{X: x, Index: c.exprAs(key, t.Key)}
}

// dictSetItem translates d[k] = v for an ordered dict (a map's item is a
// Go assignment target); value gives v's translation. It reports whether
// s was an ordered dict's item.
func (c *fnCtx) dictSetItem(s *ast.Subscript, value func() ir.Expr, b *ir.Block) bool {
	t, ok := c.dictOf(s.Value)
	if !ok || !orderedDict(t) {
		return false
	}
	b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(c.expr(s.Value), "Set"), c.exprAs(indexExpr(s), t.Key), value())})
	return true
}

// dictLen is len(d).
func (c *fnCtx) dictLen(d ast.Expr, t *DictT) ir.Expr {
	if orderedDict(t) {
		return ir.CallOf(ir.Sel(c.expr(d), "Len"))
	}
	return ir.CallOf(ir.Id("len"), c.expr(d))
}

// dictHas is `k in d`.
func (c *fnCtx) dictHas(d ast.Expr, t *DictT, key ast.Expr) ir.Expr {
	if orderedDict(t) {
		return ir.CallOf(ir.Sel(c.expr(d), "Has"), c.exprAs(key, t.Key))
	}
	body := &ir.Block{}
	body.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id("_"), ir.Id("ok")}, Tok: ":=", Rhs: []ir.Expr{&ir.Index{X: c.expr(d), Index: c.exprAs(key, t.Key)}}})
	body.Add(&ir.Return{Results: []ir.Expr{ir.Id("ok")}})
	return ir.CallOf(&ir.FuncLit{Results: []ir.Type{ir.Bool}, Body: body})
}

// dictKeysSeq is an iter.Seq of d's keys: sorted(d) sorts it.
func (c *fnCtx) dictKeysSeq(d ast.Expr, t *DictT) ir.Expr {
	if orderedDict(t) {
		return ir.CallOf(ir.Q("slices", "Values"), ir.CallOf(ir.Sel(c.expr(d), "Keys")))
	}
	return ir.CallOf(ir.Q("maps", "Keys"), c.expr(d))
}

// dictKeys is list(d), a slice of the keys.
func (c *fnCtx) dictKeys(d ast.Expr, t *DictT) ir.Expr {
	if orderedDict(t) {
		return ir.CallOf(ir.Sel(c.expr(d), "Keys"))
	}
	return ir.CallOf(ir.Q("slices", "Collect"), ir.CallOf(ir.Q("maps", "Keys"), c.expr(d)))
}

// dictRange is the range expression of `for k in d` and
// `for k, v in d.items()`: a map itself, an ordered dict's All().
func (c *fnCtx) dictRange(x ir.Expr, t *DictT) ir.Expr {
	if orderedDict(t) {
		return ir.CallOf(ir.Sel(x, "All"))
	}
	return x
}

// dictMethod translates the dict methods; ok is false for a method it does
// not know.
func (c *fnCtx) dictMethod(n *ast.Call, recv ast.Expr, t *DictT, name string) (ir.Expr, bool) {
	ordered := orderedDict(t)
	arg := func(i int, typ Type) ir.Expr { return c.exprAs(n.Args[i], typ) }
	argc := len(n.Args)
	if len(n.Keywords) > 0 {
		c.m.errorf(n, "unsupported: keyword arguments to dict.%s", name)
		return &ir.Nil{}, true
	}
	method := func(goName string, args ...ir.Expr) (ir.Expr, bool) {
		return ir.CallOf(ir.Sel(c.expr(recv), goName), args...), true
	}
	helper := func(goName string, args ...ir.Expr) (ir.Expr, bool) {
		return ir.CallOf(ir.Q(ir.Runtime, goName), append([]ir.Expr{c.expr(recv)}, args...)...), true
	}
	switch {
	case name == "get" && argc == 2:
		if ordered {
			return method("GetOr", arg(0, t.Key), arg(1, t.Val))
		}
		return helper("GetOr", arg(0, t.Key), arg(1, t.Val))
	case name == "get" && argc == 1:
		return c.dictGetOptional(recv, t, arg(0, t.Key), ordered), true
	case name == "setdefault" && argc == 2:
		if ordered {
			return method("SetDefault", arg(0, t.Key), arg(1, t.Val))
		}
		return helper("SetDefault", arg(0, t.Key), arg(1, t.Val))
	case name == "pop" && argc == 1:
		c.m.raises = true
		if ordered {
			return method("Pop", arg(0, t.Key))
		}
		return helper("PopKey", arg(0, t.Key))
	case name == "pop" && argc == 2:
		if ordered {
			return method("PopDefault", arg(0, t.Key), arg(1, t.Val))
		}
		return helper("PopKeyOr", arg(0, t.Key), arg(1, t.Val))
	case name == "popitem" && argc == 0 && ordered:
		c.m.raises = true
		return method("PopItem")
	case name == "clear" && argc == 0:
		if ordered {
			return method("Clear")
		}
		return ir.CallOf(ir.Id("clear"), c.expr(recv)), true
	case name == "copy" && argc == 0:
		if ordered {
			return method("Copy")
		}
		return ir.CallOf(ir.Q("maps", "Clone"), c.expr(recv)), true
	case name == "update" && argc == 1:
		if ot, ok := c.dictOf(n.Args[0]); ok && orderedDict(ot) == ordered {
			if ordered {
				return method("Update", c.expr(n.Args[0]))
			}
			return ir.CallOf(ir.Q("maps", "Copy"), c.expr(recv), c.expr(n.Args[0])), true
		}
	case name == "keys" && argc == 0:
		return c.dictKeys(recv, t), true
	case name == "values" && argc == 0:
		if ordered {
			return method("Values")
		}
		return ir.CallOf(ir.Q("slices", "Collect"), ir.CallOf(ir.Q("maps", "Values"), c.expr(recv))), true
	case name == "items" && argc == 0:
		if ordered {
			return method("Items")
		}
		return helper("MapItems")
	}
	return nil, false
}

// dictItemListUpdate translates list methods on a dict item,
// d[k].append(v) and d.setdefault(k, []).append(v): the slice is a value
// in Go, so the updated slice is stored back. update makes the new slice
// from the current one. It reports whether recv was such an item.
func (c *fnCtx) dictItemListUpdate(recv ast.Expr, update func(cur ir.Expr) ir.Expr, b *ir.Block) bool {
	var d, key, def ast.Expr
	switch r := recv.(type) {
	case *ast.Subscript:
		d, key = r.Value, indexExpr(r)
	case *ast.Call:
		a, ok := r.Func.(*ast.Attribute)
		if !ok || string(a.Attr) != "setdefault" || len(r.Args) != 2 {
			return false
		}
		d, key, def = a.Value, r.Args[0], r.Args[1]
	default:
		return false
	}
	t, ok := c.dictOf(d)
	if !ok || key == nil {
		return false
	}
	if !orderedDict(t) && def == nil {
		return false // m[k] = append(m[k], v) is plain Go
	}
	k := c.exprAs(key, t.Key)
	if !isSimpleExpr(key) {
		// The key is evaluated once, as in Python.
		tmp := c.names.claim("key")
		b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(tmp)}, Tok: ":=", Rhs: []ir.Expr{k}})
		k = ir.Id(tmp)
	}
	var cur ir.Expr
	switch {
	case def != nil && orderedDict(t):
		cur = ir.CallOf(ir.Sel(c.expr(d), "SetDefault"), k, c.exprAs(def, t.Val))
	case def != nil:
		cur = ir.CallOf(ir.Q(ir.Runtime, "SetDefault"), c.expr(d), k, c.exprAs(def, t.Val))
	default:
		c.m.raises = true
		cur = ir.CallOf(ir.Sel(c.expr(d), "At"), k)
	}
	if orderedDict(t) {
		b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(c.expr(d), "Set"), k, update(cur))})
		return true
	}
	b.Add(&ir.Assign{Lhs: []ir.Expr{&ir.Index{X: c.expr(d), Index: k}}, Tok: "=", Rhs: []ir.Expr{update(cur)}})
	return true
}

// isSimpleExpr reports whether e can be evaluated twice without a visible
// difference: a name, a constant, or an index or attribute of those.
func isSimpleExpr(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name, *ast.Num, *ast.Str, *ast.NameConstant:
		return true
	case *ast.Attribute:
		return isSimpleExpr(x.Value)
	case *ast.Subscript:
		ix, ok := x.Slice.(*ast.Index)
		return ok && isSimpleExpr(x.Value) && isSimpleExpr(ix.Value)
	}
	return false
}

// dictDelete translates `del d[k]`; it reports whether target was a dict
// item.
func (c *fnCtx) dictDelete(target ast.Expr, b *ir.Block) bool {
	s, ok := target.(*ast.Subscript)
	if !ok {
		return false
	}
	t, ok := c.dictOf(s.Value)
	if !ok || indexExpr(s) == nil {
		return false
	}
	c.m.raises = true
	if orderedDict(t) {
		b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(c.expr(s.Value), "Pop"), c.exprAs(indexExpr(s), t.Key))})
		return true
	}
	b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Q(ir.Runtime, "DelKey"), c.expr(s.Value), c.exprAs(indexExpr(s), t.Key))})
	return true
}

func init() {
	stmtHooks = append(stmtHooks, func(c *fnCtx, st ast.Stmt, b *ir.Block) bool {
		del, ok := st.(*ast.Delete)
		if !ok || len(del.Targets) != 1 {
			return false
		}
		return c.dictDelete(del.Targets[0], b)
	})
}

// listUpdate gives the new slice a list method on a dict item makes from
// the current one (append, extend, insert, clear), or nil for other methods.
func (c *fnCtx) listUpdate(n *ast.Call, lt *ListT, name string) func(cur ir.Expr) ir.Expr {
	switch {
	case name == "append" && len(n.Args) == 1:
		return func(cur ir.Expr) ir.Expr { return ir.CallOf(ir.Id("append"), cur, c.exprAs(n.Args[0], lt.Elem)) }
	case name == "extend" && len(n.Args) == 1 && isListType(c.m.info.Types[n.Args[0]]):
		return func(cur ir.Expr) ir.Expr {
			return &ir.Call{Fun: ir.Id("append"), Args: []ir.Expr{cur, c.expr(n.Args[0])}, Ellipsis: true}
		}
	case name == "clear" && len(n.Args) == 0:
		return emptiedList
	case name == "insert" && len(n.Args) == 2:
		return func(cur ir.Expr) ir.Expr {
			return ir.CallOf(ir.Q("slices", "Insert"), cur, c.exprAs(n.Args[0], IntT), c.exprAs(n.Args[1], lt.Elem))
		}
	}
	return nil
}

// dictViewSlice translates d.keys(), d.values() and d.items() used as an
// iterable argument into the slice the view would list; nil for other
// expressions.
func (c *fnCtx) dictViewSlice(e ast.Expr) ir.Expr {
	call, ok := e.(*ast.Call)
	if !ok || len(call.Args) > 0 {
		return nil
	}
	a, ok := call.Func.(*ast.Attribute)
	if !ok {
		return nil
	}
	t, ok := c.dictOf(a.Value)
	if !ok {
		return nil
	}
	if x, ok := c.dictMethod(call, a.Value, t, string(a.Attr)); ok {
		return x
	}
	return nil
}

// indexedRange is what `for i, x := range ...` ranges over for
// enumerate(e): e itself for a list, a dict's keys (ranging over a map or
// an ordered dict would give its values), a library container's All().
func (c *fnCtx) indexedRange(e ast.Expr) ir.Expr {
	if t, ok := c.dictOf(e); ok {
		return c.dictKeys(e, t)
	}
	if _, p := protocolOf(c.m.info.Types[e]); p != nil {
		return ir.CallOf(ir.Sel(c.expr(e), "All"))
	}
	return c.expr(e)
}
