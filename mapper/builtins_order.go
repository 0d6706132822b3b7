package mapper

import (
	"unicode/utf8"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Ordering for sorted(), min() and max(): Python compares with <, element
// by element for tuples and lists. The Go comparison is written from the
// static element type, so sorting a list of (str, int) pairs is
// cmp.Or(cmp.Compare(a.V0, b.V0), cmp.Compare(a.V1, b.V1)); only values Go
// has no order for (bools, class instances with __lt__) go through
// pyrt.Compare.

// compareExpr is a Go int expression ordering a and b, values of type t,
// as Python's < does (negative, zero, positive); nil when t has no order.
func (c *fnCtx) compareExpr(t Type, a, b ir.Expr) ir.Expr {
	switch x := t.(type) {
	case *basicType:
		switch x {
		case IntT, FloatT, StrT:
			return ir.CallOf(ir.Q("cmp", "Compare"), a, b)
		case NumT:
			return ir.CallOf(ir.Sel(a, "Cmp"), b)
		case BoolT, AnyT:
			// Go has no order for bools; values of type any are ordered
			// at run time, with Python's TypeError for unorderable pairs.
			return ir.CallOf(ir.Q(ir.Runtime, "Compare"), a, b)
		}
	case *OptionalT:
		if c.m.goType(x) == ir.Any {
			return ir.CallOf(ir.Q(ir.Runtime, "Compare"), a, b)
		}
	case *TupleT:
		if len(x.Elems) < 1 || len(x.Elems) > 5 {
			return nil
		}
		parts := make([]ir.Expr, len(x.Elems))
		for i, et := range x.Elems {
			f := "V" + string(rune('0'+i))
			if parts[i] = c.compareExpr(et, ir.Sel(a, f), ir.Sel(b, f)); parts[i] == nil {
				return nil
			}
		}
		if len(parts) == 1 {
			return parts[0]
		}
		// cmp.Or is the first non-zero comparison: tuple order.
		return ir.CallOf(ir.Q("cmp", "Or"), parts...)
	case *ListT:
		if orderedType(x.Elem) {
			return ir.CallOf(ir.Q("slices", "Compare"), a, b)
		}
		if fn := c.compareFunc(x.Elem); fn != nil {
			return ir.CallOf(ir.Q("slices", "CompareFunc"), a, b, fn)
		}
	case *InstanceT:
		if x.Class.ordered() {
			return ir.CallOf(ir.Q(ir.Runtime, "Compare"), a, b)
		}
	}
	return nil
}

// compareFunc is func(a, b T) int { return <compareExpr> }, or nil.
func (c *fnCtx) compareFunc(t Type) ir.Expr {
	return c.compareFuncKey(t, nil, false)
}

// compareFuncKey is the comparison function of sorted(key=, reverse=) and
// min/max(key=): it orders elements of type t by key (nil: by themselves),
// reversed when reverse is set. nil when the key's results have no order.
func (c *fnCtx) compareFuncKey(t Type, key *keyFn, reverse bool) ir.Expr {
	if t == NumT && key == nil && !reverse {
		return numCmpFunc
	}
	a, b := ir.Expr(ir.Id("a")), ir.Expr(ir.Id("b"))
	body := &ir.Block{}
	kt := t
	if key != nil {
		if key.setup != nil {
			body.Add(key.setup)
		}
		a, b, kt = key.apply(a), key.apply(b), key.typ
	}
	if reverse {
		a, b = b, a
	}
	if _, isTuple := kt.(*TupleT); isTuple && key != nil {
		// A tuple key is compared field by field: compute it once.
		ka, kb := c.names.claim("ka"), c.names.claim("kb")
		body.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(ka), ir.Id(kb)}, Tok: ":=", Rhs: []ir.Expr{a, b}})
		a, b = ir.Id(ka), ir.Id(kb)
	}
	cmpx := c.compareExpr(kt, a, b)
	if cmpx == nil {
		return nil
	}
	et := c.m.goType(t)
	body.Add(&ir.Return{Results: []ir.Expr{cmpx}})
	return &ir.FuncLit{Params: []ir.Param{{Name: "a", Type: et}, {Name: "b", Type: et}}, Results: []ir.Type{ir.Int}, Body: body}
}

// keyFn is a key function applied inside a comparison.
type keyFn struct {
	setup ir.Stmt // binds a lambda to a name once per comparison call
	apply func(x ir.Expr) ir.Expr
	typ   Type
}

// keyFunc translates key=f for elements of type elem: a user function or
// lambda, or a builtin (len, abs, str.lower, d.get on the dict iterated).
// iterable is what is being ordered, for d.get. Python calls the key once
// per element; the translation calls it in each comparison, which differs
// only for a key with side effects.
func (c *fnCtx) keyFunc(key ast.Expr, elem Type, iterable ast.Expr) *keyFn {
	switch k := c.m.info.Types[key].(type) {
	case *FuncT:
		if _, isLambda := key.(*ast.Lambda); isLambda {
			name := c.names.claim("key")
			return &keyFn{
				setup: &ir.Assign{Lhs: []ir.Expr{ir.Id(name)}, Tok: ":=", Rhs: []ir.Expr{c.expr(key)}},
				apply: func(x ir.Expr) ir.Expr { return ir.CallOf(ir.Id(name), x) },
				typ:   c.m.result(k.Fn),
			}
		}
		f := c.expr(key)
		return &keyFn{apply: func(x ir.Expr) ir.Expr { return ir.CallOf(f, x) }, typ: c.m.result(k.Fn)}
	case *LibFuncT:
		if apply, t := builtinApply(k.Name, elem); apply != nil {
			return &keyFn{apply: apply, typ: t}
		}
	case *methodT:
		// max(d, key=d.get): every element is a key of d, so d.get(k) is d[k].
		if d, ok := k.Recv.(*DictT); ok && k.Name == "get" && sameName(key.(*ast.Attribute).Value, iterable) {
			recv := c.expr(iterable)
			if orderedDict(d) {
				return &keyFn{apply: func(x ir.Expr) ir.Expr { return ir.CallOf(ir.Sel(recv, "At"), x) }, typ: d.Val}
			}
			return &keyFn{apply: func(x ir.Expr) ir.Expr { return &ir.Index{X: recv, Index: x} }, typ: d.Val}
		}
	}
	return nil
}

func sameName(a, b ast.Expr) bool {
	x, ok1 := a.(*ast.Name)
	y, ok2 := b.(*ast.Name)
	return ok1 && ok2 && x.Id == y.Id
}

// builtinApply applies a builtin function passed as a value (key=len,
// map(str, xs)) to x of type arg: the Go expression and its Python type.
func builtinApply(name string, arg Type) (func(ir.Expr) ir.Expr, Type) {
	call := func(f ir.Expr) func(ir.Expr) ir.Expr {
		return func(x ir.Expr) ir.Expr { return ir.CallOf(f, x) }
	}
	switch name {
	case "builtins.len":
		if arg == StrT {
			return call(ir.Q("unicode/utf8", "RuneCountInString")), IntT
		}
		switch at := arg.(type) {
		case *DictT:
			if orderedDict(at) {
				return func(x ir.Expr) ir.Expr { return ir.CallOf(ir.Sel(x, "Len")) }, IntT
			}
			return call(ir.Id("len")), IntT
		case *ListT, *SetT:
			return call(ir.Id("len")), IntT
		}
	case "builtins.abs":
		switch arg {
		case FloatT:
			return call(ir.Q("math", "Abs")), FloatT
		case IntT:
			return func(x ir.Expr) ir.Expr { return ir.CallOf(ir.Id("max"), x, &ir.Unary{Op: "-", X: x}) }, IntT
		}
	case "builtins.str":
		switch arg {
		case StrT:
			return func(x ir.Expr) ir.Expr { return x }, StrT
		case IntT:
			return call(ir.Q("strconv", "Itoa")), StrT
		case FloatT:
			return call(ir.Q(ir.Runtime, "FormatFloat")), StrT
		}
		return call(ir.Q(ir.Runtime, "Str")), StrT
	case "builtins.int":
		switch arg {
		case StrT:
			return call(ir.Q(ir.Runtime, "ParseInt")), IntT
		case IntT:
			return func(x ir.Expr) ir.Expr { return x }, IntT
		}
	case "builtins.float":
		switch arg {
		case StrT:
			return call(ir.Q(ir.Runtime, "ParseFloat")), FloatT
		case IntT:
			return call(&ir.TypeExpr{Type: ir.Float}), FloatT
		}
	case "builtins.str.lower", "builtins.str.upper", "builtins.str.strip":
		if arg == StrT {
			f := map[string]string{"lower": "ToLower", "upper": "ToUpper", "strip": "TrimSpace"}[name[len("builtins.str."):]]
			return call(ir.Q("strings", f)), StrT
		}
	}
	return nil, nil
}

// builtinResult is the result type of a builtin passed as a function
// value, for inference; Unknown when builtinApply does not handle it.
func builtinResult(name string, arg Type) Type {
	if _, t := builtinApply(name, arg); t != nil {
		return t
	}
	return Unknown
}

// funcResult types calling the function value f on an element of type
// elem (a key function, map's function), flowing elem into a user
// function's parameter.
func (m *mapper) funcResult(f ast.Expr, elem Type) Type {
	switch k := m.info.Types[f].(type) {
	case *FuncT:
		m.flowArgs(k.Fn, []Type{elem}, nil)
		return m.result(k.Fn)
	case *LibFuncT:
		return builtinResult(k.Name, elem)
	case *methodT:
		if d, ok := k.Recv.(*DictT); ok && k.Name == "get" {
			return d.Val
		}
	}
	return Unknown
}

func init() {
	for _, name := range []string{"lower", "upper", "strip"} {
		attrTypeHooks["builtins.str."+name] = func(*mapper, *Scope, *ast.Attribute) Type {
			return &LibFuncT{Name: "builtins.str." + name}
		}
	}
}

// strLen translates len(s): Python counts code points, Go's len bytes, so
// a string that may hold non-ASCII text is counted with
// utf8.RuneCountInString; a literal is counted here.
func (c *fnCtx) strLen(e ast.Expr) ir.Expr {
	if s, ok := e.(*ast.Str); ok {
		return ir.L(utf8.RuneCountInString(string(s.S)))
	}
	return ir.CallOf(ir.Q("unicode/utf8", "RuneCountInString"), c.expr(e))
}
