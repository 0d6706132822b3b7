package mapper

import (
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// dataclasses.asdict, astuple and fields.
//
// asdict(x) and astuple(x) of a dataclass instance held in a variable are
// the dict display {"f": x.f, ...} and the tuple (x.f, ...) the mapper
// makes once per call and translates like the program's own displays (an
// ordered pyrt.Dict when its order shows). A field holding another
// dataclass (which CPython converts recursively) is a diagnostic.
//
// fields(C) is a slice of anonymous structs, one per field, with the
// field's name and the str() and __name__ of its annotated type, known
// statically: f.name, f.type and f.type.__name__ read them.

const (
	dcFieldClass     = "dataclasses.Field"
	dcFieldTypeClass = "dataclasses.Field.type"
)

func init() {
	libTypeHooks["dataclasses.asdict"] = dataclassDisplayType
	libTypeHooks["dataclasses.astuple"] = dataclassDisplayType
	libCallHooks["dataclasses.asdict"] = dataclassDisplayCall
	libCallHooks["dataclasses.astuple"] = dataclassDisplayCall

	libTypeHooks["dataclasses.fields"] = func(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		if len(args) != 1 || dataclassArg(args[0]) == nil || dataclassArg(args[0]).Tuple {
			return Unknown
		}
		return &ListT{Elem: &ObjT{Class: dcFieldClass}}
	}
	libCallHooks["dataclasses.fields"] = dataclassFieldsCall
	goTypeHooks[dcFieldClass] = func(*mapper, *ObjT) ir.Type {
		return &ir.Struct{Fields: []ir.Field{{Name: "Name", Type: ir.String}, {Name: "Type", Type: ir.String}, {Name: "TypeName", Type: ir.String}}}
	}
	goTypeHooks[dcFieldTypeClass] = func(*mapper, *ObjT) ir.Type { return ir.String }
	attrTypeHooks[dcFieldClass+".name"] = func(*mapper, *Scope, *ast.Attribute) Type { return StrT }
	attrHooks[dcFieldClass+".name"] = func(c *fnCtx, n *ast.Attribute) ir.Expr { return ir.Sel(c.expr(n.Value), "Name") }
	attrTypeHooks[dcFieldClass+".type"] = func(*mapper, *Scope, *ast.Attribute) Type { return &ObjT{Class: dcFieldTypeClass} }
	attrHooks[dcFieldClass+".type"] = func(c *fnCtx, n *ast.Attribute) ir.Expr { return ir.Sel(c.expr(n.Value), "Type") }
	attrTypeHooks[dcFieldTypeClass+".__name__"] = func(*mapper, *Scope, *ast.Attribute) Type { return StrT }
	attrHooks[dcFieldTypeClass+".__name__"] = func(c *fnCtx, n *ast.Attribute) ir.Expr {
		if f, ok := n.Value.(*ast.Attribute); ok {
			return ir.Sel(c.expr(f.Value), "TypeName")
		}
		c.m.errorf(n, "unsupported: __name__ of a field type held in a variable; read f.type.__name__")
		return &ir.Nil{}
	}
}

// dataclassArg returns the dataclass of a dataclass instance or class
// type, or nil.
func dataclassArg(t Type) *Class {
	switch x := t.(type) {
	case *InstanceT:
		if x.Class.dc != nil {
			return x.Class
		}
	case *ClassT:
		if x.Class.dc != nil {
			return x.Class
		}
	}
	return nil
}

// dataclassDisplay returns the dict or tuple display that asdict(x) or
// astuple(x) stands for, made once per call, or nil when x is not a
// dataclass instance in a variable.
func (m *mapper) dataclassDisplay(n *ast.Call) ast.Expr {
	if len(n.Args) != 1 || len(n.Keywords) != 0 {
		return nil
	}
	if inst, ok := m.info.Types[n.Args[0]].(*InstanceT); ok && inst.Class.Tuple {
		return nil // a named tuple is no dataclass: CPython raises TypeError
	}
	return m.fieldsDisplay(n, n.Args[0], m.qualifiedCallName(n) == "dataclasses.asdict")
}

// fieldsDisplay returns the display {"f": x.f, ...} (asDict) or (x.f, ...)
// of the instance x of a dataclass or named tuple, made once for the call
// n, or nil when x is not such an instance held in a variable (the display
// reads x once per field).
func (m *mapper) fieldsDisplay(n *ast.Call, x ast.Expr, asDict bool) ast.Expr {
	if d := m.synth[n]; d != nil {
		return d
	}
	inst, ok := m.info.Types[x].(*InstanceT)
	if !ok || inst.Class.dc == nil {
		return nil
	}
	if _, isName := x.(*ast.Name); !isName {
		return nil
	}
	pos := ast.ExprBase{Pos: n.Pos}
	var keys, values []ast.Expr
	for _, f := range inst.Class.dc.fields {
		keys = append(keys, &ast.Str{ExprBase: pos, S: py.String(f.field.Name)})
		values = append(values, &ast.Attribute{ExprBase: pos, Value: x, Attr: ast.Identifier(f.field.Name), Ctx: ast.Load})
	}
	var d ast.Expr = &ast.Tuple{ExprBase: pos, Elts: values, Ctx: ast.Load}
	if asDict {
		d = &ast.Dict{ExprBase: pos, Keys: keys, Values: values}
	}
	if m.synth == nil {
		m.synth = map[ast.Expr]ast.Expr{}
	}
	m.synth[n] = d
	return d
}

// qualifiedCallName is the library name a call's function resolves to.
func (m *mapper) qualifiedCallName(n *ast.Call) string {
	if lf, ok := m.info.Types[n.Func].(*LibFuncT); ok {
		return lf.Name
	}
	return ""
}

// dataclassDisplayType types asdict(x) and astuple(x) as their displays.
func dataclassDisplayType(m *mapper, s *Scope, n *ast.Call, _ []Type) Type {
	return m.displayType(s, m.dataclassDisplay(n))
}

// displayType types a display fieldsDisplay made; nil is Unknown.
func (m *mapper) displayType(s *Scope, d ast.Expr) Type {
	if d == nil {
		return Unknown
	}
	if dict, ok := d.(*ast.Dict); ok {
		for _, k := range dict.Keys {
			m.info.Types[k] = StrT
		}
		var val Type = Unknown
		for _, v := range dict.Values {
			val = join(val, m.typeOf(s, v))
		}
		m.info.Types[d] = &DictT{Key: StrT, Val: val, Order: m.dictOrderAt(d)}
		return m.info.Types[d]
	}
	return m.typeOf(s, d)
}

func dataclassDisplayCall(c *fnCtx, n *ast.Call) ir.Expr {
	name := strings.TrimPrefix(c.m.qualifiedCallName(n), "dataclasses.")
	d := c.m.synth[n]
	if d == nil {
		if len(n.Args) == 1 && dataclassArg(c.m.info.Types[n.Args[0]]) != nil {
			c.m.errorf(n, "unsupported: dataclasses.%s of something other than a dataclass instance held in a variable; assign it to a variable first", name)
		} else {
			c.m.errorf(n, "unsupported: dataclasses.%s of a %s, not a dataclass instance (CPython raises TypeError)", name, typeName(c.m.info.Types, n.Args))
		}
		return &ir.Nil{}
	}
	return c.display(n, d, "dataclasses."+name)
}

// display translates a display fieldsDisplay made for the call n (named
// what in diagnostics).
func (c *fnCtx) display(n *ast.Call, d ast.Expr, what string) ir.Expr {
	for _, v := range displayValues(d) {
		f := v.(*ast.Attribute)
		if holdsDataclass(c.m.info.Types[f]) {
			c.m.errorf(n, "unsupported: %s of a value whose field %s holds a dataclass or named tuple (CPython converts it recursively); build the result by hand", what, f.Attr)
			return &ir.Nil{}
		}
	}
	if dict, ok := d.(*ast.Dict); ok {
		return c.dictLit(dict)
	}
	return c.tupleLit(d.(*ast.Tuple))
}

func displayValues(d ast.Expr) []ast.Expr {
	if dict, ok := d.(*ast.Dict); ok {
		return dict.Values
	}
	return d.(*ast.Tuple).Elts
}

// namedTupleAsdictType types inst._asdict() of a named tuple.
func (m *mapper) namedTupleAsdictType(s *Scope, n *ast.Call, f *methodT) (Type, bool) {
	inst, ok := f.Recv.(*InstanceT)
	attr, isAttr := n.Func.(*ast.Attribute)
	if !ok || !inst.Class.Tuple || f.Name != "_asdict" || !isAttr {
		return nil, false
	}
	return m.displayType(s, m.fieldsDisplay(n, attr.Value, true)), true
}

// namedTupleAsdict translates inst._asdict() of a named tuple.
func (c *fnCtx) namedTupleAsdict(n *ast.Call, f *methodT) (ir.Expr, bool) {
	inst, ok := f.Recv.(*InstanceT)
	if !ok || !inst.Class.Tuple || f.Name != "_asdict" {
		return nil, false
	}
	d := c.m.synth[n]
	if d == nil || len(n.Args) > 0 || len(n.Keywords) > 0 {
		c.m.errorf(n, "unsupported: _asdict() other than of a named tuple held in a variable, without arguments")
		return &ir.Nil{}, true
	}
	return c.display(n, d, "_asdict()"), true
}

// holdsDataclass reports whether values of type t contain dataclass
// instances.
func holdsDataclass(t Type) bool {
	switch x := t.(type) {
	case *InstanceT:
		return x.Class.dc != nil
	case *ListT:
		return holdsDataclass(x.Elem)
	case *SetT:
		return holdsDataclass(x.Elem)
	case *DictT:
		return holdsDataclass(x.Key) || holdsDataclass(x.Val)
	case *OptionalT:
		return holdsDataclass(x.Elem)
	case *TupleT:
		for _, e := range x.Elems {
			if holdsDataclass(e) {
				return true
			}
		}
	}
	return false
}

func dataclassFieldsCall(c *fnCtx, n *ast.Call) ir.Expr {
	cls := dataclassArg(c.m.info.Types[n.Args[0]])
	if cls == nil || len(n.Args) != 1 || cls.Tuple {
		c.m.errorf(n, "unsupported: dataclasses.fields of something other than a dataclass or its instance")
		return &ir.Nil{}
	}
	elem := c.m.goType(&ObjT{Class: dcFieldClass})
	out := &ir.Composite{Type: &ir.Slice{Elem: elem}, Multiline: len(cls.dc.fields) > 1}
	for _, f := range cls.dc.fields {
		str, name, ok := c.m.annotationText(f.ann)
		if !ok {
			c.m.errorf(f.ann, "unsupported: dataclasses.fields of a field annotated %s; only classes and builtin generics such as list[int] are known", exprText(f.ann))
			return &ir.Nil{}
		}
		out.Elts = append(out.Elts, &ir.Composite{Elts: []ir.Expr{
			&ir.KeyValue{Key: ir.Id("Name"), Value: ir.L(f.field.Name)},
			&ir.KeyValue{Key: ir.Id("Type"), Value: ir.L(str)},
			&ir.KeyValue{Key: ir.Id("TypeName"), Value: ir.L(name)},
		}})
	}
	return out
}

// builtinClasses are the builtin classes an annotation may name.
var builtinClasses = map[string]bool{"int": true, "float": true, "str": true, "bool": true, "bytes": true,
	"list": true, "dict": true, "set": true, "tuple": true, "frozenset": true, "complex": true, "object": true}

// annotationText returns str() and __name__ of an annotation's value: a
// builtin class (<class 'int'>, int), a class of the program
// (<class '__main__.Job'>, Job) or a builtin generic (list[int], list).
func (m *mapper) annotationText(a ast.Expr) (str, name string, ok bool) {
	switch x := a.(type) {
	case *ast.Name:
		id := string(x.Id)
		if sym := m.lookup(m.module, id); sym != nil {
			if sym.Kind == ClassSym {
				return "<class '__main__." + id + "'>", id, true
			}
			return "", "", false
		}
		if builtinClasses[id] {
			return "<class '" + id + "'>", id, true
		}
	case *ast.Subscript:
		base, isName := x.Value.(*ast.Name)
		if !isName || !builtinClasses[string(base.Id)] || m.lookup(m.module, string(base.Id)) != nil {
			return "", "", false
		}
		text := exprText(a)
		if text == "" {
			return "", "", false
		}
		return text, string(base.Id), true
	}
	return "", "", false
}

// exprText renders a type expression as Python's repr of the generic alias
// does (list[int], dict[str, list[float]], tuple[int, ...]); "" for other
// expressions.
func exprText(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Name:
		return string(x.Id)
	case *ast.Attribute:
		if v := exprText(x.Value); v != "" {
			return v + "." + string(x.Attr)
		}
	case *ast.Ellipsis:
		return "..."
	case *ast.Subscript:
		idx, ok := x.Slice.(*ast.Index)
		if !ok {
			return ""
		}
		base := exprText(x.Value)
		var parts []string
		if t, isTuple := idx.Value.(*ast.Tuple); isTuple {
			for _, el := range t.Elts {
				parts = append(parts, exprText(el))
			}
		} else {
			parts = []string{exprText(idx.Value)}
		}
		for _, p := range parts {
			if p == "" {
				return ""
			}
		}
		if base != "" {
			return base + "[" + strings.Join(parts, ", ") + "]"
		}
	case *ast.NameConstant:
		if x.Value == py.None {
			return "None"
		}
	}
	return ""
}
