package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Decorators of plain functions. A decorator changes what calling the
// function does, so one the mapper does not know is an error at the
// decorator, never a function translated as if undecorated. Library areas
// register the decorators they translate in decoratorHooks, keyed by
// qualified name ("functools.lru_cache"); a hook rewrites the function's
// declaration and may add package-level declarations before it. Methods'
// decorators belong to the class translation.
var decoratorHooks = map[string]func(m *mapper, fn *Function, dec ast.Expr, decl *ir.FuncDecl) []ir.Decl{}

// decoratorName is the qualified name of a decorator expression: the
// imported name, called or not (lru_cache(maxsize=2) → functools.lru_cache).
func (m *mapper) decoratorName(dec ast.Expr) string {
	if call, ok := dec.(*ast.Call); ok {
		dec = call.Func
	}
	switch d := dec.(type) {
	case *ast.Name:
		if sym := m.lookup(m.module, string(d.Id)); sym != nil {
			if sym.Kind == ImportSym {
				return sym.Import
			}
			return sym.Name
		}
		return string(d.Id)
	case *ast.Attribute:
		return m.decoratorName(d.Value) + "." + string(d.Attr)
	}
	return "?"
}

// checkDecorators reports the decorators of plain functions that no hook
// translates.
func (m *mapper) checkDecorators() {
	for _, fn := range m.funcs {
		if fn.Def == nil || fn.Class != nil {
			continue
		}
		for _, dec := range fn.Def.DecoratorList {
			name := m.decoratorName(dec)
			if decoratorHooks[name] == nil {
				m.errorf(dec, "unsupported decorator: %s", name)
			} else if fn.Nested {
				m.errorf(dec, "unsupported: decorator %s on a nested function", name)
			}
		}
	}
}

// decoratedFuncDecls is funcDecl with the function's decorators applied,
// innermost first.
func (m *mapper) decoratedFuncDecls(fn *Function) []ir.Decl {
	decl := m.funcDecl(fn)
	var out []ir.Decl
	decs := fn.Def.DecoratorList
	for i := len(decs) - 1; i >= 0; i-- {
		if h := decoratorHooks[m.decoratorName(decs[i])]; h != nil {
			out = append(out, h(m, fn, decs[i], decl)...)
		}
	}
	return append(out, decl)
}

// decoratedMethodHooks type and translate the methods a decorator gives a
// function (fib.cache_info()), keyed by the decorator's qualified name. The
// type hook returns nil for a method the decorator does not give.
var decoratedMethodHooks = map[string]struct {
	typ  func(m *mapper, fn *Function, name string) Type
	call func(c *fnCtx, n *ast.Call, fn *Function, name string) ir.Expr
}{}

func (m *mapper) decoratedMethodType(fn *Function, name string) Type {
	if fn.Def == nil {
		return nil
	}
	for _, dec := range fn.Def.DecoratorList {
		if h, ok := decoratedMethodHooks[m.decoratorName(dec)]; ok {
			if t := h.typ(m, fn, name); t != nil {
				return t
			}
		}
	}
	return nil
}

func (c *fnCtx) decoratedMethod(n *ast.Call, fn *Function, name string) ir.Expr {
	if c.m.decoratedMethodType(fn, name) == nil {
		return nil
	}
	for _, dec := range fn.Def.DecoratorList {
		if h, ok := decoratedMethodHooks[c.m.decoratorName(dec)]; ok && h.typ(c.m, fn, name) != nil {
			return h.call(c, n, fn, name)
		}
	}
	return nil
}
