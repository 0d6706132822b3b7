package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
	"github.com/py2goconc/py2goconc/parser"
)

// Type annotations: `x: T = v`, parameter and return annotations read as
// type information (typing.List/Dict/Set/Tuple/Optional/Union, PEP 585
// list[int] and PEP 604 X | None). An annotation only seeds inference; the
// values a program stores still join in, so a wrong annotation cannot make
// Go that disagrees with what the program does. Annotations with no static
// meaning here (Callable, TypeVar, strings naming unknown classes) give
// nil and leave the type to inference.

func init() {
	stmtHooks = append(stmtHooks, annAssignStmt)
}

// annAssignStmt translates `target: T = value` as the assignment and a bare
// `target: T` as nothing: Python binds no value for it.
func annAssignStmt(c *fnCtx, st ast.Stmt, b *ir.Block) bool {
	n, ok := st.(*parser.AnnAssign)
	if !ok {
		return false
	}
	if n.Value != nil {
		c.store(n.Target, n.Value, b)
	}
	return true
}

// seedAnnotations gives parameters and results the types their annotations
// name, before inference runs.
func (m *mapper) seedAnnotations() {
	for _, fn := range m.funcs {
		if fn.Def == nil || fn.Def.Args == nil {
			continue
		}
		// Known before the first pass, so a call typed before the body
		// is seen does not take the result for None.
		fn.Returns = fn.Returns || returnsValue(fn.Def.Body)
		for i, a := range fn.Def.Args.Args {
			if a.Annotation == nil || i >= len(fn.Params) {
				continue
			}
			if t := m.annotationType(fn.Scope.Parent, a.Annotation); t != nil {
				m.refine(&fn.Params[i].Type, t)
			}
		}
		if fn.Def.Returns != nil {
			if t := m.annotationType(fn.Scope.Parent, fn.Def.Returns); t != nil && t != NoneT {
				m.refine(&fn.Ret, t)
			}
		}
	}
}

// annotationType is the type an annotation names, or nil.
func (m *mapper) annotationType(s *Scope, a ast.Expr) Type {
	switch n := a.(type) {
	case *ast.Name:
		return m.namedAnnotation(s, n)
	case *ast.NameConstant:
		if n.Value == nil || n.Value.Type().Name == "NoneType" {
			return NoneT
		}
	case *ast.Attribute:
		return m.typingAnnotation(qualifiedName(m, s, n), nil, s)
	case *ast.Str:
		// A forward reference: "Node" names a class defined later.
		if sym := m.lookup(m.module, string(n.S)); sym != nil && sym.Kind == ClassSym {
			return &InstanceT{Class: sym.Class}
		}
	case *ast.BinOp:
		// X | None (PEP 604).
		if n.Op == ast.BitOr {
			l, r := m.annotationType(s, n.Left), m.annotationType(s, n.Right)
			if l != nil && r != nil {
				return join(l, r)
			}
		}
	case *ast.Subscript:
		idx, ok := n.Slice.(*ast.Index)
		if !ok {
			return nil
		}
		var args []ast.Expr
		if tup, ok := idx.Value.(*ast.Tuple); ok {
			args = tup.Elts
		} else {
			args = []ast.Expr{idx.Value}
		}
		name := qualifiedName(m, s, n.Value)
		if nm, ok := n.Value.(*ast.Name); ok && name == "" && m.lookup(s, string(nm.Id)) == nil {
			name = "builtins." + string(nm.Id)
		}
		return m.typingAnnotation(name, args, s)
	}
	return nil
}

// namedAnnotation types a bare name: a builtin type, a user class, or a
// typing alias imported by name (List, Optional...).
func (m *mapper) namedAnnotation(s *Scope, n *ast.Name) Type {
	if sym := m.lookup(s, string(n.Id)); sym != nil {
		switch sym.Kind {
		case ClassSym:
			return &InstanceT{Class: sym.Class}
		case ImportSym:
			return m.typingAnnotation(sym.Import, nil, s)
		}
		return nil
	}
	switch string(n.Id) {
	case "int":
		return IntT
	case "float":
		return FloatT
	case "str":
		return StrT
	case "bool":
		return BoolT
	case "None":
		return NoneT
	}
	return nil
}

// typingAnnotation types typing.X[args] and builtins.x[args]; args is nil
// for an unsubscripted name.
func (m *mapper) typingAnnotation(name string, args []ast.Expr, s *Scope) Type {
	arg := func(i int) Type {
		if i >= len(args) {
			return Unknown
		}
		if t := m.annotationType(s, args[i]); t != nil {
			return t
		}
		return Unknown
	}
	switch name {
	case "typing.Any":
		return AnyT
	case "typing.List", "builtins.list":
		return &ListT{Elem: arg(0)}
	case "typing.Set", "builtins.set":
		return &SetT{Elem: arg(0)}
	case "typing.Dict", "builtins.dict":
		return &DictT{Key: arg(0), Val: arg(1)}
	case "typing.Optional":
		return optional(arg(0))
	case "typing.Union":
		var t Type = Unknown
		for i := range args {
			t = join(t, arg(i))
		}
		return t
	case "typing.Tuple", "builtins.tuple":
		if len(args) == 2 {
			if _, ok := args[1].(*ast.Ellipsis); ok {
				return nil // tuple[int, ...]: the values decide
			}
		}
		elems := make([]Type, len(args))
		for i := range args {
			elems[i] = arg(i)
		}
		return &TupleT{Elems: elems}
	}
	return nil
}
