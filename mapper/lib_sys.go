package mapper

import (
	"path/filepath"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// sys.exc_info(), sys.argv and sys.version_info.
//
// sys.exc_info() is decided by where the call stands. Inside an except
// clause it is (type, value, traceback) of the exception the clause
// handles: the Go tuple {e.Type, e, e}, the traceback being the exception
// itself (Go keeps no Python frames; only `tb is None` is meaningful). In
// module-level code outside any except clause it is (None, None, None).
// Elsewhere its value depends on the caller (a function called from an
// except clause sees the caller's exception), which static Go cannot
// know: a diagnostic asks for the exception to be passed in.
//
// sys.argv is the script's name followed by Go's os.Args[1:], as
// `python3 NAME.py args...` sees it. sys.version_info is the Python
// version the translation emulates, (3, 11): indexing and comparing it
// with (3, N) work; its micro version and repr are not reproduced.

// tracebackClass is the library class of exc_info()'s third value.
const tracebackClass = "types.TracebackType"

// emulatedPython is the (major, minor) version whose behaviour translated
// programs reproduce.
var emulatedPython = [2]int{3, 11}

func init() {
	libTypeHooks["sys.exc_info"] = func(m *mapper, _ *Scope, n *ast.Call, _ []Type) Type {
		switch m.excInfoSite(n) {
		case excInfoHandled:
			return &TupleT{Elems: []Type{&excTypeValT{}, &ExcT{}, &ObjT{Class: tracebackClass}}}
		case excInfoNone:
			return &TupleT{Elems: []Type{NoneT, NoneT, NoneT}}
		}
		return Unknown
	}
	libCallHooks["sys.exc_info"] = excInfoCall
	goTypeHooks[tracebackClass] = func(*mapper, *ObjT) ir.Type { return &ir.Pointer{Elem: ir.RT("Exc")} }

	attrTypeHooks["sys.argv"] = func(*mapper, *Scope, *ast.Attribute) Type { return &ListT{Elem: StrT} }
	attrHooks["sys.argv"] = func(c *fnCtx, _ *ast.Attribute) ir.Expr {
		script := &ir.Composite{Type: &ir.Slice{Elem: ir.String}, Elts: []ir.Expr{ir.L(filepath.Base(c.m.file.Name))}}
		call := ir.CallOf(ir.Id("append"), script, &ir.SliceExpr{X: ir.Q("os", "Args"), Lo: ir.L(1)})
		call.Ellipsis = true
		return call
	}
	attrTypeHooks["sys.version_info"] = func(*mapper, *Scope, *ast.Attribute) Type { return &TupleT{Elems: []Type{IntT, IntT}} }
	attrHooks["sys.version_info"] = func(c *fnCtx, _ *ast.Attribute) ir.Expr {
		return c.tupleOf(&TupleT{Elems: []Type{IntT, IntT}}, []ir.Expr{ir.L(emulatedPython[0]), ir.L(emulatedPython[1])})
	}
}

// excInfoPlace says what sys.exc_info() returns at a call site.
type excInfoPlace int

const (
	excInfoDynamic excInfoPlace = iota // depends on the caller: unsupported
	excInfoHandled                     // inside an except clause
	excInfoNone                        // module-level code, no exception handled
)

// excInfoSite finds where the call n stands: lexically inside an except
// clause's body (not a finally, which may run while an exception
// propagates), in module-level code outside one, or elsewhere.
func (m *mapper) excInfoSite(n *ast.Call) excInfoPlace {
	if callIn(m.file.Module.Body, n, false) {
		return excInfoNone
	}
	if handledIn(m.file.Module.Body, n) {
		return excInfoHandled
	}
	for _, fn := range m.funcs {
		if handledIn(fn.Def.Body, n) {
			return excInfoHandled
		}
	}
	return excInfoDynamic
}

// handledIn reports whether n is in the body of an except clause in body
// (at any depth of blocks, not inside nested definitions).
func handledIn(body []ast.Stmt, n *ast.Call) bool {
	for _, st := range body {
		if t, ok := st.(*ast.Try); ok {
			for _, h := range t.Handlers {
				if callIn(h.Body, n, true) {
					return true
				}
			}
		}
		for _, b := range childBlocks(st) {
			if handledIn(b, n) {
				return true
			}
		}
	}
	return false
}

// callIn reports whether n is an expression of body's statements, nested
// blocks included; with intoTry false it does not look into try
// statements, whose handlers and finally blocks may see an exception.
func callIn(body []ast.Stmt, n *ast.Call, intoTry bool) bool {
	found := false
	for _, st := range body {
		if _, isTry := st.(*ast.Try); isTry && !intoTry {
			if t := st.(*ast.Try); callIn(t.Body, n, false) || callIn(t.Orelse, n, false) {
				return true
			}
			continue
		}
		stmtExprs(st, func(e ast.Expr) {
			walkExpr(e, func(x ast.Expr) {
				if x == ast.Expr(n) {
					found = true
				}
			})
		})
		if found {
			return true
		}
		for _, b := range childBlocks(st) {
			if callIn(b, n, intoTry) {
				return true
			}
		}
	}
	return false
}

func excInfoCall(c *fnCtx, n *ast.Call) ir.Expr {
	if len(n.Args) > 0 || len(n.Keywords) > 0 {
		c.m.errorf(n, "sys.exc_info() takes no arguments")
		return &ir.Nil{}
	}
	tt, ok := c.m.info.Types[n].(*TupleT)
	switch {
	case !ok:
		c.m.errorf(n, "unsupported: sys.exc_info() outside an except clause of this function (its value depends on the caller); pass the exception from `except ... as e:` as an argument")
		return &ir.Nil{}
	case tt.Elems[0] == NoneT:
		return c.tupleOf(tt, []ir.Expr{&ir.Nil{}, &ir.Nil{}, &ir.Nil{}})
	case c.excVar == "":
		c.m.errorf(n, "unsupported: sys.exc_info() in a function defined inside an except clause; pass the exception as an argument")
		return &ir.Nil{}
	}
	e := ir.Id(c.excVar)
	return c.tupleOf(tt, []ir.Expr{ir.Sel(e, "Type"), e, e})
}
