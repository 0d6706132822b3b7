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

// seedAnnotations prepares inference: which functions return a value is
// known before the first pass, so a call typed before the body is seen does
// not take the result for None.
func (m *mapper) seedAnnotations() {
	for _, fn := range m.funcs {
		if fn.Def != nil {
			fn.Returns = fn.Returns || returnsValue(fn.Def.Body)
		}
	}
}

// applyAnnotations runs after inference: where the values a program stores
// leave a type unknown (a parameter no call reaches, an empty list, None),
// the annotation supplies it, and inference runs again so the filled types
// flow on. Annotations never override what the values say: Python does not
// convert `x: float = 2` or `f(2)` with `def f(x: float)` to a float.
func (m *mapper) applyAnnotations() {
	for round := 0; round < 3; round++ {
		changed := false
		fill := func(dst *Type, scope *Scope, a ast.Expr) {
			if a == nil {
				return
			}
			ann := m.annotationType(scope, a)
			if ann == nil {
				return
			}
			if nt := fillUnknown(*dst, ann); !sameType(nt, *dst) {
				*dst = nt
				changed = true
			}
		}
		for _, fn := range m.funcs {
			if fn.Def == nil || fn.Def.Args == nil {
				continue
			}
			for i, a := range fn.Def.Args.Args {
				if i < len(fn.Params) {
					fill(&fn.Params[i].Type, fn.Scope.Parent, a.Annotation)
				}
			}
			if fn.Returns {
				fill(&fn.Ret, fn.Scope.Parent, fn.Def.Returns)
			}
			m.fillAnnAssigns(fn.Scope, fn.Def.Body, fill)
		}
		m.fillAnnAssigns(m.module, m.file.Module.Body, fill)
		for _, cls := range m.classes {
			if cls.dc == nil {
				continue
			}
			for _, f := range cls.dc.fields {
				fill(&f.field.Type, m.module, f.ann)
				if cls.dc.init != nil {
					if p := cls.dc.init.param(f.field.Name); p != nil {
						fill(&p.Type, m.module, f.ann)
					}
				}
			}
		}
		if !changed {
			return
		}
		m.infer()
	}
}

// fillAnnAssigns fills the targets of `target: T = value` statements in a
// body (nested blocks included) from their annotations.
func (m *mapper) fillAnnAssigns(s *Scope, body []ast.Stmt, fill func(*Type, *Scope, ast.Expr)) {
	for _, st := range body {
		if a, ok := st.(*parser.AnnAssign); ok {
			switch t := a.Target.(type) {
			case *ast.Name:
				if sym := m.lookup(s, string(t.Id)); sym != nil && sym.Kind == VarSym {
					fill(&sym.Type, s, a.Annotation)
				}
			case *ast.Attribute:
				if inst := instanceType(m.info.Types[t.Value]); inst != nil {
					if f := inst.Class.field(string(t.Attr)); f != nil {
						fill(&f.Type, s, a.Annotation)
					}
				}
			}
		}
		for _, b := range childBlocks(st) {
			m.fillAnnAssigns(s, b, fill)
		}
	}
}

// fillUnknown replaces the unknown parts of cur with the annotation's.
func fillUnknown(cur, ann Type) Type {
	if cur == nil || cur == Unknown {
		return ann
	}
	if ann == AnyT && !isBasic(cur) {
		// An explicit Any on a container or object: it may also be None
		// (a default), which a Go nil slice or map would print as empty.
		return AnyT
	}
	switch c := cur.(type) {
	case *ListT:
		if a, ok := ann.(*ListT); ok {
			return &ListT{Elem: fillUnknown(c.Elem, a.Elem), Tuple: c.Tuple}
		}
	case *SetT:
		if a, ok := ann.(*SetT); ok {
			return &SetT{Elem: fillUnknown(c.Elem, a.Elem)}
		}
	case *DictT:
		if a, ok := ann.(*DictT); ok {
			return &DictT{Key: fillUnknown(c.Key, a.Key), Val: fillUnknown(c.Val, a.Val)}
		}
	case *TupleT:
		if a, ok := ann.(*TupleT); ok && len(a.Elems) == len(c.Elems) {
			elems := make([]Type, len(c.Elems))
			for i := range elems {
				elems[i] = fillUnknown(c.Elems[i], a.Elems[i])
			}
			return &TupleT{Elems: elems}
		}
	case *OptionalT:
		if a, ok := ann.(*OptionalT); ok {
			return optional(fillUnknown(c.Elem, a.Elem))
		}
	}
	if cur == NoneT {
		if a, ok := ann.(*OptionalT); ok {
			return a
		}
	}
	return cur
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
				return &ListT{Elem: arg(0), Tuple: true} // tuple[int, ...] (vartuple.go)
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

// annotationName reads f.__annotations__["key"].__name__ statically: the
// name of the class the annotation names. ok is false for other
// expressions (e is the value whose __name__ is taken).
func (m *mapper) annotationName(s *Scope, e ast.Expr) (string, bool) {
	sub, ok := e.(*ast.Subscript)
	if !ok {
		return "", false
	}
	attr, ok := sub.Value.(*ast.Attribute)
	if !ok || string(attr.Attr) != "__annotations__" {
		return "", false
	}
	idx, ok := sub.Slice.(*ast.Index)
	if !ok {
		return "", false
	}
	key, ok := idx.Value.(*ast.Str)
	if !ok {
		return "", false
	}
	fn, ok := m.typeOf(s, attr.Value).(*FuncT)
	if !ok || fn.Fn.Def == nil {
		return "", false
	}
	var a ast.Expr
	if string(key.S) == "return" {
		a = fn.Fn.Def.Returns
	} else if fn.Fn.Def.Args != nil {
		for _, p := range fn.Fn.Def.Args.Args {
			if string(p.Arg) == string(key.S) {
				a = p.Annotation
			}
		}
	}
	switch n := a.(type) {
	case *ast.Name:
		return string(n.Id), true
	case *ast.Subscript:
		if v, ok := n.Value.(*ast.Name); ok {
			return string(v.Id), true
		}
	}
	return "", false
}
