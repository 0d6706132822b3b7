package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
	"github.com/py2goconc/py2goconc/parser"
)

// @dataclass classes. The annotated names of the class body are the
// struct's fields, in order; the generated __init__ is the constructor
// newJob(ident, payload, attempts, result), whose defaults call sites fill
// in (a default_factory runs per call, as Python's does); __post_init__
// runs last. __repr__ is PyRepr, __eq__ compares the fields with
// compare=True, and order=True adds lt over them (with PyLess for sorting).
// frozen=True makes assignments to fields raise FrozenInstanceError
// (lib_dataclasses_frozen.go). Options the translation cannot keep (slots,
// kw_only, inheritance between dataclasses) are diagnostics.

type dataclassInfo struct {
	eq, order, repr, frozen bool
	fields                  []*dcField
	// init is the generated __init__, nil when the class writes its own.
	init *Function
}

type dcField struct {
	field               *Field
	ann                 ast.Expr
	def                 ast.Expr // default value, a factory call made per construction, or nil
	init, repr, compare bool
	stmt                *parser.AnnAssign
}

func dataclassOf(m *mapper, cls *Class) *dataclassInfo { return cls.dc }

// dataclassDecorator returns the @dataclass decorator of cls, or nil.
func (m *mapper) dataclassDecorator(cls *Class) ast.Expr {
	for _, dec := range cls.Def.DecoratorList {
		if m.decoratorName(dec) == "dataclasses.dataclass" {
			return dec
		}
	}
	return nil
}

// setupDataclasses reads the fields of every @dataclass before inference:
// annotated class-body names stop being class variables and become fields
// and parameters of the generated __init__.
func (m *mapper) setupDataclasses() {
	for _, cls := range m.classes {
		dec := m.dataclassDecorator(cls)
		if dec == nil {
			continue
		}
		dc := &dataclassInfo{eq: true, repr: true}
		if call, ok := dec.(*ast.Call); ok {
			for _, kw := range call.Keywords {
				switch string(kw.Arg) {
				case "order":
					dc.order = isTrueConst(kw.Value)
				case "eq":
					dc.eq = isTrueConst(kw.Value)
				case "repr":
					dc.repr = isTrueConst(kw.Value)
				case "frozen":
					dc.frozen = isTrueConst(kw.Value) // lib_dataclasses_frozen.go
				default:
					m.errorf(kw.Value, "unsupported: @dataclass(%s=...)", kw.Arg)
				}
			}
		}
		if len(cls.Def.Bases) > 0 {
			m.errorf(cls.Def, "unsupported: dataclass %s with a base class", cls.Name)
		}
		cls.dc = dc
		for _, st := range cls.Def.Body {
			if a, ok := st.(*parser.AnnAssign); ok {
				m.dataclassField(cls, a)
			}
		}
		if cls.Methods["__init__"] == nil {
			dc.init = m.dataclassInit(cls)
			cls.Methods["__init__"] = dc.init
		}
	}
}

// dataclassField turns one annotated class-body name into a field.
func (m *mapper) dataclassField(cls *Class, a *parser.AnnAssign) {
	name, ok := a.Target.(*ast.Name)
	if !ok || m.isClassVarAnnotation(a.Annotation) {
		return
	}
	kept := cls.ClassVars[:0]
	for _, v := range cls.ClassVars {
		if v.Name != string(name.Id) {
			kept = append(kept, v)
		}
	}
	cls.ClassVars = kept
	f := &dcField{field: cls.addField(string(name.Id)), ann: a.Annotation, def: a.Value, init: true, repr: true, compare: true, stmt: a}
	if call, ok := a.Value.(*ast.Call); ok && qualifiedName(m, m.module, call.Func) == "dataclasses.field" {
		f.def = nil
		for _, kw := range call.Keywords {
			switch string(kw.Arg) {
			case "default":
				f.def = kw.Value
			case "default_factory":
				f.def = factoryCall(kw.Value)
			case "repr":
				f.repr = isTrueConst(kw.Value)
			case "compare":
				f.compare = isTrueConst(kw.Value)
			case "init":
				f.init = isTrueConst(kw.Value)
			default:
				m.errorf(kw.Value, "unsupported: field(%s=...)", kw.Arg)
			}
		}
		if len(call.Args) > 0 {
			m.errorf(call, "unsupported: field() with positional arguments")
		}
	}
	cls.dc.fields = append(cls.dc.fields, f)
}

// factoryCall is the expression a default_factory makes each time: []
// for list, {} for dict, factory() otherwise.
func factoryCall(factory ast.Expr) ast.Expr {
	var e ast.Expr
	switch n := factory.(type) {
	case *ast.Name:
		switch string(n.Id) {
		case "list":
			e = &ast.List{}
		case "dict":
			e = &ast.Dict{}
		}
	}
	if e == nil {
		e = &ast.Call{Func: factory}
	}
	setPos(e, factory)
	return e
}

func setPos(e, at ast.Expr) {
	switch n := e.(type) {
	case *ast.List:
		n.Lineno, n.ColOffset = at.GetLineno(), at.GetColOffset()
	case *ast.Dict:
		n.Lineno, n.ColOffset = at.GetLineno(), at.GetColOffset()
	case *ast.Call:
		n.Lineno, n.ColOffset = at.GetLineno(), at.GetColOffset()
	}
}

// isClassVarAnnotation reports typing.ClassVar[...] annotations, which
// dataclasses leave as class variables.
func (m *mapper) isClassVarAnnotation(a ast.Expr) bool {
	if s, ok := a.(*ast.Subscript); ok {
		a = s.Value
	}
	return qualifiedName(m, m.module, a) == "typing.ClassVar"
}

// dataclassInit makes the __init__ a dataclass generates: self, then one
// parameter per init field, with the field's default.
func (m *mapper) dataclassInit(cls *Class) *Function {
	fn := &Function{Name: "__init__", Class: cls, Ret: Unknown}
	fn.Scope = newScope(m.module, fn)
	fn.Params = []*Symbol{{Name: "self", Kind: ParamSym, Scope: fn.Scope, Type: &InstanceT{Class: cls}}}
	fn.Defaults = []ast.Expr{nil}
	for _, f := range cls.dc.fields {
		if !f.init {
			continue
		}
		p := &Symbol{Name: f.field.Name, Kind: ParamSym, Scope: fn.Scope, Type: f.field.Type}
		fn.Scope.Syms[p.Name] = p
		fn.Params = append(fn.Params, p)
		fn.Defaults = append(fn.Defaults, f.def)
	}
	return fn
}

// inferDataclasses joins each field's type with its parameter's and its
// default's, every pass.
func (m *mapper) inferDataclasses() {
	for _, cls := range m.classes {
		dc := cls.dc
		if dc == nil {
			continue
		}
		for _, f := range dc.fields {
			if f.def != nil {
				dt := m.typeOf(m.module, f.def)
				if f.field.Type == Unknown || !isEmptyContainer(f.def) {
					m.refine(&f.field.Type, dt)
				}
			}
			if dc.init == nil || !f.init {
				continue
			}
			if p := dc.init.param(f.field.Name); p != nil {
				m.refine(&f.field.Type, p.Type)
				m.refine(&p.Type, f.field.Type)
			}
		}
	}
}

// isEmptyContainer reports [] and {}, whose element types an annotation
// gives.
func isEmptyContainer(e ast.Expr) bool {
	switch n := e.(type) {
	case *ast.List:
		return len(n.Elts) == 0
	case *ast.Dict:
		return len(n.Keys) == 0
	}
	return false
}

// dataclassConstructor is newJob(...): the struct from the parameters,
// fields without init get their default, then __post_init__.
func (m *mapper) dataclassConstructor(cls *Class) *ir.FuncDecl {
	self := receiverName(cls)
	names := newNamer()
	names.claim(self)
	lit := &ir.Composite{Type: &ir.Named{Name: cls.GoName}}
	fd := &ir.FuncDecl{Doc: constructorName(cls) + " mirrors " + cls.Name + "(...), the dataclass's generated __init__.", Name: constructorName(cls), Results: []ir.Type{recvType(cls)}, Body: &ir.Block{}}
	c := m.newFnCtx(m.module, nil, nil)
	var late []ir.Stmt
	for _, f := range cls.dc.fields {
		if !f.init {
			if f.def != nil {
				late = append(late, &ir.Assign{Lhs: []ir.Expr{ir.Sel(ir.Id(self), f.field.GoName)}, Tok: "=", Rhs: []ir.Expr{c.exprAs(f.def, f.field.Type)}})
			}
			continue
		}
		p := cls.dc.init.param(f.field.Name)
		p.GoName = names.claim(goIdent(p.Name))
		fd.Params = append(fd.Params, ir.Param{Name: p.GoName, Type: m.goType(p.Type)})
		lit.Elts = append(lit.Elts, &ir.KeyValue{Key: ir.Id(f.field.GoName), Value: ir.Id(p.GoName)})
	}
	if cls.Tuple {
		fd.Doc = constructorName(cls) + " mirrors " + cls.Name + "(...), the named tuple's constructor."
		fd.Body.Add(&ir.Return{Results: []ir.Expr{lit}})
		return fd
	}
	fd.Body.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(self)}, Tok: ":=", Rhs: []ir.Expr{&ir.Unary{Op: "&", X: lit}}})
	fd.Body.Stmts = append(fd.Body.Stmts, late...)
	if cls.method("__post_init__") != nil {
		fd.Body.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Id(self), "postInit"))})
	}
	fd.Body.Add(&ir.Return{Results: []ir.Expr{ir.Id(self)}})
	return fd
}

// dataclassMethods are the generated __repr__, __eq__ and ordering.
func (m *mapper) dataclassMethods(cls *Class) []ir.Decl {
	dc := cls.dc
	self := receiverName(cls)
	recv := &ir.Param{Name: self, Type: recvType(cls)}
	other := "o"
	if self == other {
		other = "other"
	}
	var out []ir.Decl
	if dc.repr && cls.method("__repr__") == nil {
		format, args := cls.Name+"(", []ir.Expr{}
		sep := ""
		for _, f := range dc.fields {
			if !f.repr {
				continue
			}
			x := ir.Sel(ir.Id(self), f.field.GoName)
			if f.field.Type == IntT {
				format += sep + f.field.Name + "=%d"
				args = append(args, x)
			} else {
				format += sep + f.field.Name + "=%s"
				args = append(args, ir.CallOf(ir.Q(ir.Runtime, "Repr"), x))
			}
			sep = ", "
		}
		out = append(out, &ir.FuncDecl{Doc: "PyRepr is the generated __repr__.", Recv: recv, Name: "PyRepr", Results: []ir.Type{ir.String},
			Body: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{ir.CallOf(ir.Q("fmt", "Sprintf"), append([]ir.Expr{ir.L(format + ")")}, args...)...)}})})
	}
	params := []ir.Param{{Name: other, Type: recvType(cls)}}
	if dc.eq && cls.method("__eq__") == nil {
		var x ir.Expr = ir.L(true)
		for i, f := range dc.compared() {
			a, b := ir.Sel(ir.Id(self), f.field.GoName), ir.Sel(ir.Id(other), f.field.GoName)
			e := m.equalExpr(f.field.Type, a, b)
			if i == 0 {
				x = e
			} else {
				x = &ir.Binary{X: x, Op: "&&", Y: e}
			}
		}
		out = append(out, &ir.FuncDecl{Doc: "eq compares the fields, as the generated __eq__.", Recv: recv, Name: "eq", Params: params, Results: []ir.Type{ir.Bool},
			Body: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{x}})})
	}
	if dc.order {
		body := &ir.Block{}
		for _, f := range dc.compared() {
			a, b := ir.Sel(ir.Id(self), f.field.GoName), ir.Sel(ir.Id(other), f.field.GoName)
			switch {
			case f.field.Type == BoolT:
				// False < True.
				body.Add(&ir.If{Cond: &ir.Binary{X: a, Op: "!=", Y: b}, Then: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{&ir.Unary{Op: "!", X: a}}})})
			case isBasic(f.field.Type):
				body.Add(&ir.If{Cond: &ir.Binary{X: a, Op: "!=", Y: b}, Then: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{&ir.Binary{X: a, Op: "<", Y: b}}})})
			default:
				// Lists, tuples and the rest order as the runtime's Compare
				// (Python's <) does.
				cv := "order"
				cmp := ir.CallOf(ir.Q(ir.Runtime, "Compare"), a, b)
				body.Add(&ir.If{Init: &ir.Assign{Lhs: []ir.Expr{ir.Id(cv)}, Tok: ":=", Rhs: []ir.Expr{cmp}}, Cond: &ir.Binary{X: ir.Id(cv), Op: "!=", Y: ir.L(0)},
					Then: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{&ir.Binary{X: ir.Id(cv), Op: "<", Y: ir.L(0)}}})})
			}
		}
		body.Add(&ir.Return{Results: []ir.Expr{ir.L(false)}})
		out = append(out, &ir.FuncDecl{Doc: "lt orders by the fields in turn, as the generated __lt__.", Recv: recv, Name: "lt", Params: params, Results: []ir.Type{ir.Bool}, Body: body})
	}
	return out
}

// compared are the fields __eq__ and ordering look at.
func (dc *dataclassInfo) compared() []*dcField {
	var out []*dcField
	for _, f := range dc.fields {
		if f.compare {
			out = append(out, f)
		}
	}
	return out
}
