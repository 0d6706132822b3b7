package mapper

import (
	"strconv"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// User decorators of the wrapper kind, applied to module functions:
//
//	def announce(func):
//	    @wraps(func)
//	    def wrapper(*args, **kwargs):
//	        ...func(*args, **kwargs)...
//	    return wrapper
//
//	@announce
//	def add(a, b=0): ...
//
// Each decoration happens once, at definition time, with a known function,
// so the static form specialises the wrapper per decorated function: before
// name resolution the module gets `def add_undecorated(a, b=0)` (the
// function as written) and `def add(*args, **kwargs)` (the wrapper's body
// with func replaced by add_undecorated, func.__name__ by "add" and
// func.__doc__ by add's docstring, which the wrapper takes over as
// functools.wraps copies it). A decorator factory (@repeat(3)) has its
// parameters replaced by the constant arguments of the decoration. The
// decorator definitions go when nothing else uses them. Decorators of
// another shape (no functools.wraps, state kept between calls, nonlocal)
// are left to the mapper, which reports them.

// wrapperDecorator is a recognised decorator: params are a factory's
// parameters (nil for a plain decorator), funcParam the decorated
// function's parameter, wrapper the nested def it returns.
type wrapperDecorator struct {
	def       *ast.FunctionDef
	params    *ast.Arguments
	funcParam ast.Identifier
	wrapper   *ast.FunctionDef
}

type decorations struct {
	decorators map[ast.Identifier]*wrapperDecorator
	names      map[ast.Identifier]int // Name nodes per identifier
	taken      map[ast.Identifier]bool
	uses       map[ast.Identifier]int // rewritten decorations per decorator
	renamed    map[ast.Identifier]ast.Identifier
}

// decorate applies the recognised decorators of the module's functions.
func decorate(mod *ast.Module) (*ast.Module, map[ast.Identifier]ast.Identifier) {
	d := &decorations{decorators: map[ast.Identifier]*wrapperDecorator{}, names: map[ast.Identifier]int{},
		taken: map[ast.Identifier]bool{}, uses: map[ast.Identifier]int{}, renamed: map[ast.Identifier]ast.Identifier{}}
	bound := map[ast.Identifier]int{}
	eachNode(mod, func(n any) {
		switch x := n.(type) {
		case *ast.Name:
			d.names[x.Id]++
			d.taken[x.Id] = true
			if x.Ctx != ast.Load {
				bound[x.Id]++
			}
		case *ast.FunctionDef:
			bound[x.Name]++
			d.taken[x.Name] = true
		case *ast.ClassDef:
			bound[x.Name]++
			d.taken[x.Name] = true
		}
	})
	for _, st := range mod.Body {
		if fd, ok := st.(*ast.FunctionDef); ok && bound[fd.Name] == 1 {
			if wd := recogniseDecorator(fd); wd != nil {
				d.decorators[fd.Name] = wd
			}
		}
	}
	if len(d.decorators) == 0 {
		return mod, nil
	}
	var body []ast.Stmt
	changed := false
	for _, st := range mod.Body {
		if fd, ok := st.(*ast.FunctionDef); ok && len(fd.DecoratorList) > 0 {
			out := d.apply(fd)
			changed = changed || len(out) > 1
			body = append(body, out...)
			continue
		}
		body = append(body, st)
	}
	if !changed {
		return mod, nil
	}
	var kept []ast.Stmt
	for _, st := range body {
		if fd, ok := st.(*ast.FunctionDef); ok && d.decorators[fd.Name] != nil && d.uses[fd.Name] == d.names[fd.Name] {
			continue // every use was a decoration, now expanded
		}
		kept = append(kept, st)
	}
	out := *mod
	out.Body = kept
	return &out, d.renamed
}

// recogniseDecorator matches a plain decorator or a factory of one.
func recogniseDecorator(fd *ast.FunctionDef) *wrapperDecorator {
	if len(fd.DecoratorList) > 0 {
		return nil
	}
	inner, ok := returnedDef(fd.Body)
	if !ok {
		return nil
	}
	if wd := plainDecorator(fd, inner); wd != nil {
		return wd
	}
	a := fd.Args
	if a.Vararg != nil || a.Kwarg != nil || len(a.Kwonlyargs) > 0 {
		return nil
	}
	for _, def := range a.Defaults {
		if !isConstantExpr(def) {
			return nil
		}
	}
	innerWrapper, ok := returnedDef(inner.Body)
	if !ok {
		return nil
	}
	wd := plainDecorator(inner, innerWrapper)
	if wd == nil {
		return nil
	}
	for _, p := range a.Args {
		if binds(wd.wrapper, p.Arg) {
			return nil
		}
	}
	wd.def, wd.params = fd, a
	return wd
}

// plainDecorator matches def D(func): @wraps(func) def W(...): ...; return W.
func plainDecorator(fd, w *ast.FunctionDef) *wrapperDecorator {
	a := fd.Args
	if len(a.Args) != 1 || a.Vararg != nil || a.Kwarg != nil || len(a.Kwonlyargs) > 0 || len(a.Defaults) > 0 {
		return nil
	}
	fp := a.Args[0].Arg
	if len(w.DecoratorList) != 1 || !isWrapsOf(w.DecoratorList[0], fp) || binds(w, fp) {
		return nil
	}
	return &wrapperDecorator{def: fd, funcParam: fp, wrapper: w}
}

// returnedDef matches a body that is a def and `return` of its name, after
// an optional docstring.
func returnedDef(body []ast.Stmt) (*ast.FunctionDef, bool) {
	if len(body) > 0 && isDocstring(body[0]) {
		body = body[1:]
	}
	if len(body) != 2 {
		return nil, false
	}
	fd, ok := body[0].(*ast.FunctionDef)
	ret, isRet := body[1].(*ast.Return)
	if !ok || !isRet || !isName(ret.Value, string(fd.Name)) {
		return nil, false
	}
	return fd, true
}

// isWrapsOf matches @wraps(fp) and @functools.wraps(fp).
func isWrapsOf(dec ast.Expr, fp ast.Identifier) bool {
	call, ok := dec.(*ast.Call)
	if !ok || len(call.Args) != 1 || len(call.Keywords) > 0 || !isName(call.Args[0], string(fp)) {
		return false
	}
	switch f := call.Func.(type) {
	case *ast.Name:
		return f.Id == "wraps"
	case *ast.Attribute:
		return f.Attr == "wraps" && isName(f.Value, "functools")
	}
	return false
}

// binds reports whether the wrapper could rebind name: as a parameter, a
// store, a nested def, or through global or nonlocal.
func binds(w *ast.FunctionDef, name ast.Identifier) bool {
	found := false
	eachNode(w, func(n any) {
		switch x := n.(type) {
		case *ast.Arg:
			found = found || x.Arg == name
		case *ast.Name:
			found = found || (x.Id == name && x.Ctx != ast.Load)
		case *ast.FunctionDef:
			found = found || (x != w && x.Name == name)
		case *ast.Global, *ast.Nonlocal:
			found = true
		}
	})
	return found
}

func isConstantExpr(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Num, *ast.Str, *ast.NameConstant:
		return true
	}
	return false
}

// apply expands fd's innermost recognised decoration, then the next.
func (d *decorations) apply(fd *ast.FunctionDef) []ast.Stmt {
	if len(fd.DecoratorList) == 0 {
		return []ast.Stmt{fd}
	}
	last := fd.DecoratorList[len(fd.DecoratorList)-1]
	wd, subst := d.match(last)
	if wd == nil {
		return []ast.Stmt{fd}
	}
	inner := *fd
	inner.Name = d.fresh(string(fd.Name) + "_undecorated")
	d.renamed[inner.Name] = fd.Name
	inner.DecoratorList = nil
	subst[wd.funcParam] = &ast.Name{ExprBase: ast.ExprBase{Pos: fd.Pos}, Id: inner.Name, Ctx: ast.Load}
	wrapper := specialise(wd.wrapper, subst, inner.Name, fd)
	wrapper.DecoratorList = fd.DecoratorList[:len(fd.DecoratorList)-1]
	d.uses[wd.def.Name]++
	return append([]ast.Stmt{&inner}, d.apply(wrapper)...)
}

// match returns the decorator a decoration expression applies and the
// values of a factory's parameters, or nil.
func (d *decorations) match(dec ast.Expr) (*wrapperDecorator, map[ast.Identifier]ast.Expr) {
	subst := map[ast.Identifier]ast.Expr{}
	if nm, ok := dec.(*ast.Name); ok {
		if wd := d.decorators[nm.Id]; wd != nil && wd.params == nil {
			return wd, subst
		}
		return nil, nil
	}
	call, ok := dec.(*ast.Call)
	if !ok || call.Starargs != nil || call.Kwargs != nil {
		return nil, nil
	}
	nm, ok := call.Func.(*ast.Name)
	if !ok || d.decorators[nm.Id] == nil || d.decorators[nm.Id].params == nil {
		return nil, nil
	}
	wd := d.decorators[nm.Id]
	params := wd.params.Args
	if len(call.Args) > len(params) {
		return nil, nil
	}
	for i, a := range call.Args {
		subst[params[i].Arg] = a
	}
	for _, kw := range call.Keywords {
		subst[kw.Arg] = kw.Value
	}
	first := len(params) - len(wd.params.Defaults)
	for i, p := range params {
		if subst[p.Arg] == nil && i >= first {
			subst[p.Arg] = wd.params.Defaults[i-first]
		}
	}
	for _, p := range params {
		if v := subst[p.Arg]; v == nil || !isConstantExpr(v) {
			return nil, nil
		}
	}
	if len(subst) != len(params) {
		return nil, nil // a keyword naming no parameter
	}
	return wd, subst
}

// fresh returns an identifier no name of the module uses.
func (d *decorations) fresh(base string) ast.Identifier {
	name := ast.Identifier(base)
	for i := 2; d.taken[name]; i++ {
		name = ast.Identifier(base + strconv.Itoa(i))
	}
	d.taken[name] = true
	return name
}

// specialise copies the wrapper for the decorated function fd: the
// decorator's names replaced, func.__name__ and func.__doc__ made
// constants, named and documented as fd (functools.wraps).
func specialise(w *ast.FunctionDef, subst map[ast.Identifier]ast.Expr, inner ast.Identifier, fd *ast.FunctionDef) *ast.FunctionDef {
	rw := &rewriter{copyAll: true}
	rw.node = func(n any) (any, bool) {
		switch x := n.(type) {
		case *ast.Name:
			if x.Ctx == ast.Load && subst[x.Id] != nil {
				return (&rewriter{copyAll: true}).expr(subst[x.Id]), true
			}
		case *ast.Attribute:
			if isName(x.Value, string(inner)) && x.Attr == "__name__" {
				return &ast.Str{ExprBase: x.ExprBase, S: py.String(fd.Name)}, true
			}
			if isName(x.Value, string(inner)) && x.Attr == "__doc__" {
				if doc := docstringOf(fd.Body); doc != nil {
					return &ast.Str{ExprBase: x.ExprBase, S: doc.S}, true
				}
				return &ast.NameConstant{ExprBase: x.ExprBase, Value: py.None}, true
			}
		}
		return nil, false
	}
	body := rw.block(w.Body)
	if len(body) > 0 && isDocstring(body[0]) {
		body = body[1:]
	}
	if len(fd.Body) > 0 && isDocstring(fd.Body[0]) {
		body = append([]ast.Stmt{fd.Body[0]}, body...)
	}
	out := *w
	out.Name = fd.Name
	out.Body = body
	return &out
}

func docstringOf(body []ast.Stmt) *ast.Str {
	if len(body) == 0 || !isDocstring(body[0]) {
		return nil
	}
	return body[0].(*ast.ExprStmt).Value.(*ast.Str)
}

// pyName is the name CPython gives fn in messages: a function decorate
// renamed keeps the name it was written with.
func (m *mapper) pyName(fn *Function) string {
	if name, ok := m.undecorated[ast.Identifier(fn.Name)]; ok {
		return string(name)
	}
	return fn.Name
}

// funcDocType types f.__doc__: its docstring, or None.
func funcDocType(fn *Function) Type {
	if fn.Def != nil && docstringOf(fn.Def.Body) != nil {
		return StrT
	}
	return NoneT
}

// funcDoc translates f.__doc__ of a function of this file, a constant.
func (c *fnCtx) funcDoc(n *ast.Attribute) (ir.Expr, bool) {
	ft, ok := c.m.info.Types[n.Value].(*FuncT)
	if !ok || n.Attr != "__doc__" {
		return nil, false
	}
	if ft.Fn.Def != nil {
		if doc := docstringOf(ft.Fn.Def.Body); doc != nil {
			return ir.L(string(doc.S)), true
		}
	}
	return ir.L("None"), true
}
