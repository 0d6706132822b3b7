package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// `it = executor.map(f, xs)` followed by next(it): a Go iter.Seq has no
// next, so the result stored in a name that next() reads is a
// *pyrt.Iterator (iter.Pull over the sequence), whose Next raises
// StopIteration at the end and a task's exception where its result is
// reached. A for loop over it continues where next() stopped.

// iteratorClass is the class of Python iterators made from a sequence.
const iteratorClass = "builtins.iterator"

func init() {
	libClasses[iteratorClass] = &libClass{goName: "Iterator", generic: true, methods: map[string]libMethod{}}
	objProtocols[iteratorClass] = &objProtocol{elem: func(o *ObjT) Type { return orUnknown(o.Elem) }}
}

// nextable reports whether next(x) on an object of class is x.Next().
func nextable(class string) bool {
	return class == "itertools.count" || class == "itertools.cycle" || class == iteratorClass
}

// pulledByNext reports whether call is the value of `name = call` with
// name passed to next() somewhere in the module.
func (m *mapper) pulledByNext(call *ast.Call) bool {
	name := ""
	eachStmt(m.file.Module.Body, 0, func(st ast.Stmt, _ int) {
		if as, ok := st.(*ast.Assign); ok && as.Value == call && len(as.Targets) == 1 {
			if nm, ok := as.Targets[0].(*ast.Name); ok {
				name = string(nm.Id)
			}
		}
	})
	if name == "" {
		return false
	}
	found := false
	eachStmt(m.file.Module.Body, 0, func(st ast.Stmt, _ int) {
		stmtExprs(st, func(e ast.Expr) {
			walkExpr(e, func(x ast.Expr) {
				c, ok := x.(*ast.Call)
				if !ok || len(c.Args) == 0 {
					return
				}
				f, ok := c.Func.(*ast.Name)
				arg, ok2 := c.Args[0].(*ast.Name)
				if ok && ok2 && f.Id == "next" && string(arg.Id) == name {
					found = true
				}
			})
		})
	})
	return found
}

// pullIfNexted types a sequence as an iterator when next() reads it.
func (m *mapper) pullIfNexted(call *ast.Call, t Type) Type {
	if it, ok := t.(*iterT); ok && it.Kind == "seq" && m.pulledByNext(call) {
		return &ObjT{Class: iteratorClass, Elem: it.Elem}
	}
	return t
}

// pullIfIterator wraps a translated sequence in pyrt.NewIterator when the
// call was typed as an iterator.
func (c *fnCtx) pullIfIterator(call *ast.Call, x ir.Expr) ir.Expr {
	if o, ok := c.m.info.Types[call].(*ObjT); ok && o.Class == iteratorClass {
		return ir.CallOf(ir.Q(ir.Runtime, "NewIterator"), x)
	}
	return x
}
