package mapper

import (
	"strings"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
	"github.com/py2goconc/py2goconc/parser"
)

// Named tuples: `Point = namedtuple("Point", ["x", "y"])` and
// `class Point(NamedTuple): x: int`. A named tuple is an immutable value,
// so it is a Go struct used by value (Point, not *Point): == on it compares
// the fields as Python's tuple equality does, and copies cannot alias. It
// shares the dataclass machinery (constructor with defaults, PyRepr, eq,
// field-order lt and PyLess, since tuples order element by element), and
// answers the tuple operations: p[0], x, y = p, _fields, _replace(...).

// setupNamedTuples turns namedtuple assignments into classes and marks
// typing.NamedTuple subclasses, before inference.
func (m *mapper) setupNamedTuples() {
	for _, st := range m.file.Module.Body {
		as, ok := st.(*ast.Assign)
		if !ok || len(as.Targets) != 1 {
			continue
		}
		name, ok := as.Targets[0].(*ast.Name)
		call, ok2 := as.Value.(*ast.Call)
		if !ok || !ok2 || qualifiedName(m, m.module, call.Func) != "collections.namedtuple" {
			continue
		}
		m.namedTupleCall(as, name, call)
	}
	for _, cls := range m.classes {
		if len(cls.Def.Bases) == 1 && qualifiedName(m, m.module, cls.Def.Bases[0]) == "typing.NamedTuple" {
			cls.Tuple = true
			cls.dc = &dataclassInfo{eq: true, repr: true, order: true}
			for _, st := range cls.Def.Body {
				if a, ok := st.(*parser.AnnAssign); ok {
					m.dataclassField(cls, a)
				}
			}
			if cls.Methods["__init__"] != nil {
				m.errorf(cls.Methods["__init__"].Def, "unsupported: __init__ in a NamedTuple class")
			}
			cls.dc.init = m.dataclassInit(cls)
			cls.Methods["__init__"] = cls.dc.init
		}
	}
}

// namedTupleCall makes the class of `Name = namedtuple("Name", fields)`.
func (m *mapper) namedTupleCall(as *ast.Assign, name *ast.Name, call *ast.Call) {
	sym := m.module.Syms[string(name.Id)]
	if sym == nil || len(call.Args) != 2 || sym.Stores > 1 {
		m.errorf(call, "unsupported: namedtuple() other than Name = namedtuple(\"Name\", fields) bound once")
		return
	}
	var fields []string
	switch f := call.Args[1].(type) {
	case *ast.Str:
		fields = strings.Fields(strings.ReplaceAll(string(f.S), ",", " "))
	case *ast.List, *ast.Tuple:
		for _, e := range tupleOrListElts(f) {
			s, ok := e.(*ast.Str)
			if !ok {
				m.errorf(e, "unsupported: a namedtuple field name that is not a string literal")
				return
			}
			fields = append(fields, string(s.S))
		}
	default:
		m.errorf(call.Args[1], "unsupported: namedtuple fields that are not a literal")
		return
	}
	var defaults []ast.Expr
	for _, kw := range call.Keywords {
		if string(kw.Arg) != "defaults" {
			m.errorf(kw.Value, "unsupported: namedtuple(%s=...)", kw.Arg)
			continue
		}
		if _, ok := kw.Value.(*ast.List); !ok {
			if _, ok := kw.Value.(*ast.Tuple); !ok {
				m.errorf(kw.Value, "unsupported: namedtuple defaults that are not a literal")
				continue
			}
		}
		defaults = tupleOrListElts(kw.Value)
	}
	def := &ast.ClassDef{Name: name.Id}
	def.Lineno, def.ColOffset = as.Lineno, as.ColOffset
	pyName := string(name.Id)
	if s, ok := call.Args[0].(*ast.Str); ok {
		pyName = string(s.S)
	}
	cls := &Class{Name: pyName, Def: def, Methods: map[string]*Function{}, fieldIx: map[string]*Field{}, Tuple: true}
	cls.dc = &dataclassInfo{eq: true, repr: true, order: true}
	for i, f := range fields {
		df := &dcField{field: cls.addField(f), init: true, repr: true, compare: true}
		if j := i - (len(fields) - len(defaults)); j >= 0 {
			df.def = defaults[j]
		}
		cls.dc.fields = append(cls.dc.fields, df)
	}
	cls.dc.init = m.dataclassInit(cls)
	cls.Methods["__init__"] = cls.dc.init
	sym.Kind, sym.Class = ClassSym, cls
	m.classes = append(m.classes, cls)
	m.skip[as] = true
}

func tupleOrListElts(e ast.Expr) []ast.Expr {
	switch n := e.(type) {
	case *ast.List:
		return n.Elts
	case *ast.Tuple:
		return n.Elts
	}
	return nil
}

// tupleView is the tuple type a named tuple instance stands for, so
// indexing and unpacking treat it as one; nil for other types.
func tupleView(t Type) *TupleT {
	inst, ok := t.(*InstanceT)
	if !ok || !inst.Class.Tuple || inst.Class.dc == nil {
		return nil
	}
	tt := &TupleT{}
	for _, f := range inst.Class.dc.fields {
		tt.Elems = append(tt.Elems, f.field.Type)
	}
	return tt
}

// tupleField names element i of a tuple value: V0... for a plain tuple,
// the field for a named tuple.
func tupleField(t Type, i int) string {
	if inst, ok := t.(*InstanceT); ok && inst.Class.Tuple && i < len(inst.Class.dc.fields) {
		return inst.Class.dc.fields[i].field.GoName
	}
	return "V" + string(rune('0'+i))
}

// replaceT is a named tuple's _replace method.
type replaceT struct{ Inst *InstanceT }

func (t *replaceT) String() string { return t.Inst.String() + "._replace" }

// fieldsType types Cls._fields and inst._fields: a tuple of strings.
func fieldsType(cls *Class) Type {
	tt := &TupleT{}
	for range cls.dc.fields {
		tt.Elems = append(tt.Elems, StrT)
	}
	return tt
}

// fieldsExpr translates _fields as a tuple literal of the names.
func (c *fnCtx) fieldsExpr(cls *Class) ir.Expr {
	tt := fieldsType(cls).(*TupleT)
	lit := &ir.Composite{Type: c.m.goType(tt)}
	for i, f := range cls.dc.fields {
		lit.Elts = append(lit.Elts, &ir.KeyValue{Key: ir.Id("V" + string(rune('0'+i))), Value: ir.L(f.field.Name)})
	}
	return lit
}

// tupleReplace translates p._replace(x=1): a copy of the value with the
// named fields changed.
func (c *fnCtx) tupleReplace(n *ast.Call, rt *replaceT) ir.Expr {
	recv := n.Func.(*ast.Attribute).Value
	cp := c.names.claim("r")
	body := (&ir.Block{}).Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(cp)}, Tok: ":=", Rhs: []ir.Expr{c.expr(recv)}})
	if len(n.Args) > 0 {
		c.m.errorf(n, "unsupported: _replace with positional arguments")
	}
	for _, kw := range n.Keywords {
		f := rt.Inst.Class.field(string(kw.Arg))
		if f == nil {
			c.m.errorf(kw.Value, "%s._replace() got an unexpected field name '%s'", rt.Inst.Class.Name, kw.Arg)
			continue
		}
		body.Add(&ir.Assign{Lhs: []ir.Expr{ir.Sel(ir.Id(cp), f.GoName)}, Tok: "=", Rhs: []ir.Expr{c.exprAs(kw.Value, f.Type)}})
	}
	body.Add(&ir.Return{Results: []ir.Expr{ir.Id(cp)}})
	return ir.CallOf(&ir.FuncLit{Results: []ir.Type{c.m.goType(rt.Inst)}, Body: body})
}

// tupleLiteralAs translates a tuple literal compared with a named tuple as
// a value of the named tuple's type.
func (c *fnCtx) tupleLiteralAs(e ast.Expr, cls *Class) (ir.Expr, bool) {
	tup, ok := e.(*ast.Tuple)
	if !ok || !cls.Tuple || len(tup.Elts) != len(cls.dc.fields) {
		return nil, false
	}
	lit := &ir.Composite{Type: &ir.Named{Name: cls.GoName}}
	for i, el := range tup.Elts {
		f := cls.dc.fields[i].field
		lit.Elts = append(lit.Elts, &ir.KeyValue{Key: ir.Id(f.GoName), Value: c.exprAs(el, f.Type)})
	}
	return lit, true
}
