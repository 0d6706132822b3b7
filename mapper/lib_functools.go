package mapper

import (
	"sync"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// functools.reduce over a list with a user function or lambda is the
// runtime's generic Reduce/Reduce1 (runtime/functools.go); the function's
// parameters learn the accumulator and element types.

func init() {
	libTypeHooks["functools.reduce"] = func(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		if len(n.Args) < 2 {
			return Unknown
		}
		if _, ok := reduceLibFunc(args[0]); ok {
			return reduceLibType(args) // lib_functools_reduce.go
		}
		fn := m.funcOf(n.Args[0])
		if fn == nil {
			return Unknown
		}
		elem := elemType(args[1])
		acc := elem
		if len(args) > 2 {
			acc = args[2]
		}
		if r := m.result(fn); r != NoneT {
			acc = join(acc, r)
		}
		m.flowArgs(fn, []Type{acc, elem}, nil)
		return acc
	}
	libCallHooks["functools.reduce"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		if len(n.Args) >= 2 {
			if name, ok := reduceLibFunc(c.m.info.Types[n.Args[0]]); ok {
				return reduceLibCall(c, n, name)
			}
		}
		if len(n.Args) < 2 || len(n.Args) > 3 || len(n.Keywords) > 0 || c.m.funcOf(n.Args[0]) == nil {
			c.m.errorf(n, "unsupported: functools.reduce other than with a function defined in the program and a list")
			return &ir.Nil{}
		}
		fn := c.m.funcOf(n.Args[0])
		if len(fn.Params) != 2 {
			c.m.errorf(n.Args[0], "functools.reduce calls %s with two arguments, but it takes %d", fn.Name, len(fn.Params))
			return &ir.Nil{}
		}
		xs := c.iterableSlice(n.Args[1], fn.Params[len(fn.Params)-1].Type)
		if len(n.Args) == 3 {
			return ir.CallOf(ir.Q(ir.Runtime, "Reduce"), c.expr(n.Args[0]), xs, c.exprAs(n.Args[2], c.m.info.Types[n]))
		}
		return ir.CallOf(ir.Q(ir.Runtime, "Reduce1"), c.expr(n.Args[0]), xs)
	}
}

// functools.partial(f, *args, **kwargs) of a program function is a Go
// closure over the bound values, made by calling a function literal with
// them so they are evaluated once, where partial() is called:
//
//	square := func(k0 int) func(base int) int {
//		return func(base int) int { return power(base, k0) }
//	}(2)
//
// Its type is a FuncT of a wrapper Function whose parameters are f's
// unbound parameter symbols, so calls of the partial (directly, as a
// Thread target or through an executor) teach f's parameters their types.
// Keyword-bound parameters cannot be passed again at the call.
func init() {
	libTypeHooks["functools.partial"] = func(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		if len(n.Args) > 0 && m.isPartialOfIntBase(n) {
			return m.partialIntBaseType(n)
		}
		f, bound, ok := partialParts(m, n)
		if !ok {
			return Unknown
		}
		var w *Function
		if ft, isFn := m.info.Types[n].(*FuncT); isFn {
			w = ft.Fn
		} else {
			w = &Function{Scope: f.Scope}
		}
		w.Params, w.Defaults = nil, nil
		for i, p := range f.Params {
			if !bound[i] {
				w.Params = append(w.Params, p)
				w.Defaults = append(w.Defaults, f.Defaults[i])
			}
		}
		w.Ret, w.Returns, w.Lambda = f.Ret, f.Returns, f.Lambda
		var pos []Type
		if len(args) > 1 {
			pos = args[1:]
		}
		kw := map[string]Type{}
		for _, k := range n.Keywords {
			kw[string(k.Arg)] = m.info.Types[k.Value]
		}
		m.flowArgs(f, pos, kw)
		m.notePartial(w, n)
		return &FuncT{Fn: w}
	}
	libCallHooks["functools.partial"] = partialCall
}

// partialParts returns the function partial(f, ...) binds and which of its
// parameters the call binds; ok is false when f is not a plain program
// function or an argument does not fit it.
func partialParts(m *mapper, n *ast.Call) (f *Function, bound []bool, ok bool) {
	if len(n.Args) == 0 {
		return nil, nil, false
	}
	ft, isFn := m.info.Types[n.Args[0]].(*FuncT)
	if !isFn || ft.Fn.Class != nil || ft.Fn.hasStars() || len(n.Args)-1 > len(ft.Fn.Params) {
		return nil, nil, false
	}
	f = ft.Fn
	bound = make([]bool, len(f.Params))
	for i := range n.Args[1:] {
		bound[i] = true
	}
	for _, k := range n.Keywords {
		found := false
		for i, p := range f.Params {
			if p.Name == string(k.Arg) && !bound[i] {
				bound[i], found = true, true
			}
		}
		if !found {
			return nil, nil, false
		}
	}
	return f, bound, true
}

func partialCall(c *fnCtx, n *ast.Call) ir.Expr {
	if len(n.Args) > 0 && c.m.isPartialOfIntBase(n) {
		return partialIntBaseCall(c, n)
	}
	f, bound, ok := partialParts(c.m, n)
	wt, isFn := c.m.info.Types[n].(*FuncT)
	if !ok || !isFn {
		c.m.errorf(n, "unsupported: functools.partial other than of a function defined in the program, with arguments it accepts")
		return &ir.Nil{}
	}
	// The function first: translating a lambda names its parameters,
	// which the closure's parameters reuse.
	fnExpr := c.expr(n.Args[0])
	ft := c.m.funcType(f)
	inner := c.m.funcType(wt.Fn)
	outer := &ir.FuncLit{Results: []ir.Type{inner}}
	var outerArgs, callArgs []ir.Expr
	boundValue := func(i int) ast.Expr {
		if i+1 < len(n.Args) {
			return n.Args[i+1]
		}
		return keyword(n, f.Params[i].Name)
	}
	for i, p := range f.Params {
		if !bound[i] {
			callArgs = append(callArgs, ir.Id(p.GoName))
			continue
		}
		name := "bound" + upperFirst(p.GoName)
		outer.Params = append(outer.Params, ir.Param{Name: name, Type: ft.Params[i].Type})
		outerArgs = append(outerArgs, c.argFor(boundValue(i), p))
		callArgs = append(callArgs, ir.Id(name))
	}
	call := ir.CallOf(fnExpr, callArgs...)
	body := &ir.Block{}
	if len(inner.Results) > 0 {
		body.Add(&ir.Return{Results: []ir.Expr{call}})
	} else {
		body.Add(&ir.ExprStmt{X: call})
	}
	closure := &ir.FuncLit{Params: inner.Params, Results: inner.Results, Body: body}
	outer.Body = (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{closure}})
	return ir.CallOf(outer, outerArgs...)
}

// functools.lru_cache(maxsize=N) and functools.cache memoise a function in
// a package-level pyrt.LRUCache keyed by its arguments (one argument is
// the key itself, several a tuple):
//
//	var fibCache = pyrt.NewLRUCache[int, int](-1)
//
//	func fib(n int) int {
//		return fibCache.Get(n, func() int { ...the body... })
//	}
func init() {
	decoratorHooks["functools.lru_cache"] = memoize
	decoratorHooks["functools.cache"] = memoize
	const info = "functools._CacheInfo"
	libClasses[info] = &libClass{goName: "CacheInfo"}
	for _, f := range []string{"hits", "misses", "currsize"} {
		goName := upperFirst(f)
		attrTypeHooks[info+"."+f] = func(*mapper, *Scope, *ast.Attribute) Type { return IntT }
		attrHooks[info+"."+f] = func(c *fnCtx, n *ast.Attribute) ir.Expr { return ir.Sel(c.expr(n.Value), goName) }
	}
	attrTypeHooks[info+".maxsize"] = func(*mapper, *Scope, *ast.Attribute) Type { return optional(IntT) }
	attrHooks[info+".maxsize"] = func(c *fnCtx, n *ast.Attribute) ir.Expr {
		return ir.CallOf(ir.Sel(c.expr(n.Value), "MaxsizeOrNone"))
	}
	methods := struct {
		typ  func(m *mapper, fn *Function, name string) Type
		call func(c *fnCtx, n *ast.Call, fn *Function, name string) ir.Expr
	}{
		typ: func(_ *mapper, _ *Function, name string) Type {
			switch name {
			case "cache_info":
				return &ObjT{Class: info}
			case "cache_clear":
				return NoneT
			}
			return nil
		},
		call: func(c *fnCtx, n *ast.Call, fn *Function, name string) ir.Expr {
			if len(n.Args) > 0 || len(n.Keywords) > 0 {
				c.m.errorf(n, "%s() takes no arguments", name)
			}
			method := map[string]string{"cache_info": "Info", "cache_clear": "Clear"}[name]
			return ir.CallOf(ir.Sel(ir.Id(cacheVar(c.m, fn)), method))
		},
	}
	decoratedMethodHooks["functools.lru_cache"] = methods
	decoratedMethodHooks["functools.cache"] = methods
}

// cacheNames holds the Go name of each memoised function's cache, claimed
// by whichever of its declaration and its cache_info() is translated first.
var cacheNames sync.Map // *Function → string

func cacheVar(m *mapper, fn *Function) string {
	if name, ok := cacheNames.Load(fn); ok {
		return name.(string)
	}
	name, _ := cacheNames.LoadOrStore(fn, m.names.claim(fn.GoName+"Cache"))
	return name.(string)
}

func memoize(m *mapper, fn *Function, dec ast.Expr, decl *ir.FuncDecl) []ir.Decl {
	maxsize := ir.Expr(ir.L(128))
	name := m.decoratorName(dec)
	call, called := dec.(*ast.Call)
	if name == "functools.cache" {
		maxsize = ir.L(-1)
		if called {
			m.errorf(dec, "functools.cache takes no arguments")
		}
	} else if called {
		if len(call.Keywords) > 1 || len(call.Args) > 1 || (len(call.Keywords) == 1 && string(call.Keywords[0].Arg) != "maxsize") {
			m.errorf(dec, "unsupported: lru_cache arguments other than maxsize")
			return nil
		}
		if a := argOrKeyword(call, 0, "maxsize"); a != nil {
			switch v := a.(type) {
			case *ast.NameConstant:
				maxsize = ir.L(-1) // None: unbounded
			case *ast.Num:
				if i, ok := intConst(v); ok {
					maxsize = ir.L(i)
				}
			default:
				m.errorf(a, "unsupported: lru_cache maxsize that is not a constant")
				return nil
			}
		}
	}
	if len(decl.Results) != 1 {
		m.errorf(dec, "unsupported: %s on a function without a result", name)
		return nil
	}
	if len(fn.Params) > 5 {
		m.errorf(dec, "unsupported: %s on a function of more than five parameters", name)
		return nil
	}
	for _, p := range fn.Params {
		if p.ByRef {
			m.errorf(dec, "unsupported: %s on a function that resizes a list argument", name)
			return nil
		}
	}
	var keyType ir.Type
	var key ir.Expr
	switch len(decl.Params) {
	case 0:
		keyType, key = &ir.Struct{}, &ir.Composite{Type: &ir.Struct{}}
	case 1:
		keyType, key = decl.Params[0].Type, ir.Id(decl.Params[0].Name)
	default:
		var types []ir.Type
		var elts []ir.Expr
		for i, p := range decl.Params {
			types = append(types, p.Type)
			// Keyed, as go vet wants for a struct of another package.
			elts = append(elts, &ir.KeyValue{Key: ir.Id("V" + string(rune('0'+i))), Value: ir.Id(p.Name)})
		}
		keyType = ir.RT(tupleName(len(types)), types...)
		key = &ir.Composite{Type: keyType, Elts: elts}
	}
	cacheName := cacheVar(m, fn)
	compute := &ir.FuncLit{Results: decl.Results, Body: decl.Body}
	decl.Body = (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{ir.CallOf(ir.Sel(ir.Id(cacheName), "Get"), key, compute)}})
	newCache := &ir.Call{Fun: ir.Q(ir.Runtime, "NewLRUCache"), TypeArgs: []ir.Type{keyType, decl.Results[0]}, Args: []ir.Expr{maxsize}}
	return []ir.Decl{&ir.VarDecl{Doc: cacheName + " holds the results of " + fn.Name + " (" + name + ").", Name: cacheName, Value: newCache}}
}
