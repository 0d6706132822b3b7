package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Single inheritance between user classes. A subclass's struct embeds its
// base's struct by value, so inherited fields and methods are promoted and
// super().m() is the embedded base's method (d.Animal.speak()). A class
// with subclasses also gets an interface, AnimalLike, listing every method
// an instance answers plus asAnimal() for its fields: values whose static
// class has subclasses have that interface type, so a method call
// dispatches on the dynamic class as Python's does. __init__ becomes an
// init method in a hierarchy, so a subclass's init can run its base's.
//
// Go methods do not dispatch on the embedding struct: in a base-class
// method, a call self.m() where a subclass overrides m would run the
// base's m. Such a base class keeps the object as Python sees it in a
// field, self (of its interface type), set by every constructor, and those
// calls go through it: a.self.m().

func init() {
	libTypeHooks["builtins.super"] = superType
	libCallHooks["builtins.super"] = superExpr
}

// superT is super() inside a method of Class: lookups start at its base.
type superT struct{ Class *Class }

func (t *superT) String() string { return "super " + t.Class.Name }

func superType(m *mapper, s *Scope, n *ast.Call, args []Type) Type {
	fn := s.Fn
	if fn == nil || fn.Class == nil || len(n.Args) > 0 || fn.kind() != instanceMethod {
		return Unknown
	}
	if fn.Class.Base == nil && !fn.Class.threadBase() {
		return Unknown
	}
	return &superT{Class: fn.Class}
}

// superAttrType types super().name: the base's method bound to self.
func superAttrType(o *superT, attr string) Type {
	if o.Class.Base == nil {
		if attr == "run" {
			return &superRunT{Class: o.Class}
		}
		return Unknown
	}
	if mt := o.Class.Base.method(attr); mt != nil && mt.kind() == instanceMethod {
		return &boundT{Recv: &InstanceT{Class: o.Class}, Fn: mt}
	}
	return Unknown
}

// superExpr translates super() as the embedded base struct of self.
func superExpr(c *fnCtx, n *ast.Call) ir.Expr {
	st, ok := c.m.info.Types[n].(*superT)
	if !ok || c.fn == nil || len(c.fn.Params) == 0 {
		c.m.errorf(n, "unsupported: super() outside an instance method of a class with a user-defined base, or with arguments")
		return &ir.Nil{}
	}
	return ir.Sel(ir.Id(c.fn.Params[0].GoName), st.Class.Base.GoName)
}

// inHierarchy reports whether a plain user class takes part in inheritance
// between user classes (threads and exceptions have their own shapes).
func (c *Class) inHierarchy() bool {
	return c.Exc == nil && c.BaseLib == "" && (c.Base != nil || len(c.Subs) > 0)
}

// linkSubclasses records each class's subclasses and names the interfaces
// of classes that have some; a second user base is a diagnostic.
func (m *mapper) linkSubclasses() {
	for _, cls := range m.classes {
		if cls.Base == nil || cls.Exc != nil {
			continue
		}
		if len(cls.Def.Bases) > 1 {
			m.errorf(cls.Def.Bases[1], "unsupported: class %s with several base classes (multiple inheritance)", cls.Name)
			continue
		}
		cls.Base.Subs = append(cls.Base.Subs, cls)
	}
}

// unifyOverrides gives a method and the base method it overrides the same
// parameter and result types, so both satisfy the base's interface.
func (m *mapper) unifyOverrides() {
	for _, cls := range m.classes {
		if cls.Base == nil || !cls.inHierarchy() {
			continue
		}
		for _, fn := range cls.Order {
			bm := cls.Base.method(fn.Name)
			if bm == nil || fn.kind() != instanceMethod || bm.kind() != instanceMethod || fn.Name == "__init__" {
				continue
			}
			for i := 1; i < len(fn.Params) && i < len(bm.Params); i++ {
				m.refine(&fn.Params[i].Type, bm.Params[i].Type)
				m.refine(&bm.Params[i].Type, fn.Params[i].Type)
			}
			m.refine(&fn.Ret, bm.Ret)
			m.refine(&bm.Ret, fn.Ret)
			if fn.Returns != bm.Returns {
				fn.Returns, bm.Returns = true, true
				m.changed = true
			}
		}
	}
}

// hoistFields moves a field a subclass assigned before inference saw the
// base assign it into the base, so both read one Go field.
func (m *mapper) hoistFields() {
	for _, cls := range m.classes {
		if cls.Base == nil {
			continue
		}
		kept := cls.Fields[:0]
		for _, f := range cls.Fields {
			if bf := cls.Base.field(f.Name); bf != nil {
				bf.Type = join(bf.Type, f.Type)
				delete(cls.fieldIx, f.Name)
				continue
			}
			kept = append(kept, f)
		}
		cls.Fields = kept
	}
}

// checkDispatch marks the base classes whose methods call, through self, a
// method some subclass overrides.
func (m *mapper) checkDispatch() {
	m.checkOverrides()
	for _, cls := range m.classes {
		if len(cls.Subs) == 0 || !cls.inHierarchy() {
			continue
		}
		for _, fn := range cls.Order {
			if fn.kind() != instanceMethod || len(fn.Params) == 0 {
				continue
			}
			self := fn.Params[0]
			m.markSelfValues(cls, self, fn.Def.Body)
			walkStmts(fn.Def.Body, func(e ast.Expr) {
				call, ok := e.(*ast.Call)
				if !ok {
					return
				}
				attr, ok := call.Func.(*ast.Attribute)
				if !ok {
					return
				}
				if n, ok := attr.Value.(*ast.Name); ok && m.info.Uses[n] == self {
					if overriddenBelow(cls, string(attr.Attr)) != nil {
						cls.dispatch = true
					}
				}
			})
		}
	}
}

// overriddenBelow returns a subclass of cls that defines method name.
func overriddenBelow(cls *Class, name string) *Class {
	for _, sub := range cls.Subs {
		if sub.Methods[name] != nil {
			return sub
		}
		if s := overriddenBelow(sub, name); s != nil {
			return s
		}
	}
	return nil
}

// walkStmts calls visit on every expression in body, nested blocks
// included.
func walkStmts(body []ast.Stmt, visit func(ast.Expr)) {
	for _, st := range body {
		stmtExprs(st, func(e ast.Expr) { walkExpr(e, visit) })
		for _, b := range childBlocks(st) {
			walkStmts(b, visit)
		}
	}
}

// ifaceDecls declares a base class's interface and the accessor that
// reaches its fields through it.
func (m *mapper) ifaceDecls(cls *Class) []ir.Decl {
	if cls.Iface == "" {
		return nil
	}
	acc := accessorName(cls)
	it := &ir.Interface{}
	seen := map[string]bool{}
	for k := cls; k != nil; k = k.Base {
		for _, fn := range k.Order {
			if fn.Name == "__init__" || fn.kind() != instanceMethod || seen[fn.Name] {
				continue
			}
			seen[fn.Name] = true
			it.Methods = append(it.Methods, ir.Method{Name: methodGoName(fn), Type: m.funcType(fn)})
		}
	}
	ptr := &ir.Pointer{Elem: &ir.Named{Name: cls.GoName}}
	it.Methods = append(it.Methods, ir.Method{Name: acc, Type: &ir.FuncType{Results: []ir.Type{ptr}}})
	self := receiverName(cls)
	return []ir.Decl{
		&ir.TypeDecl{Doc: cls.Iface + " is satisfied by " + cls.Name + " and its subclasses.", Name: cls.Iface, Type: it},
		&ir.FuncDecl{
			Doc:     acc + " returns the " + cls.Name + " part of the value, for its fields.",
			Recv:    &ir.Param{Name: self, Type: ptr},
			Name:    acc,
			Results: []ir.Type{ptr},
			Body:    (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{ir.Id(self)}}),
		},
	}
}

func accessorName(cls *Class) string { return "as" + upperFirst(cls.GoName) }

// instanceRef translates an instance expression for field access: the
// receiver itself, or asBase() of a value of interface type.
func (c *fnCtx) instanceRef(e ast.Expr, cls *Class) ir.Expr {
	if cls.localBase() {
		return c.methodRecv(e, nil)
	}
	x := c.expr(e)
	if cls.Iface == "" || c.isSelf(e) {
		return x
	}
	return ir.CallOf(ir.Sel(x, accessorName(cls)))
}

// isSelf reports whether e is the receiver of the method being translated.
func (c *fnCtx) isSelf(e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	if !ok || c.fn == nil || c.fn.Class == nil || c.fn.kind() != instanceMethod || len(c.fn.Params) == 0 {
		return false
	}
	return c.m.info.Uses[n] == c.fn.Params[0]
}

// recvType is the receiver type of a class's methods: a pointer to its
// struct, or the struct itself for an immutable named tuple.
func recvType(cls *Class) ir.Type {
	if cls.Tuple {
		return &ir.Named{Name: cls.GoName}
	}
	return &ir.Pointer{Elem: &ir.Named{Name: cls.GoName}}
}

// instanceGoType is the Go type of an instance of cls: its interface when
// subclasses exist, else a pointer to its struct.
func instanceGoType(cls *Class) ir.Type {
	if cls.localBase() {
		return &ir.Pointer{Elem: &ir.Named{Name: localTypeName(cls)}}
	}
	if cls.Tuple {
		return &ir.Named{Name: cls.GoName}
	}
	if cls.Iface != "" {
		return &ir.Named{Name: cls.Iface}
	}
	return &ir.Pointer{Elem: &ir.Named{Name: cls.GoName}}
}

// InstanceTest translates isinstance(x, cls) for a user class, given x's
// Go expression and static type: a constant when the static class decides
// it, else a type assertion on the interface value. ok is false when x's
// static type is not a user class instance.
func (c *fnCtx) InstanceTest(x ir.Expr, xt Type, cls *Class) (test ir.Expr, ok bool) {
	inst, ok := xt.(*InstanceT)
	if !ok {
		return nil, false
	}
	switch {
	case isSubclass(inst.Class, cls):
		return ir.L(true), true
	case !isSubclass(cls, inst.Class):
		return ir.L(false), true
	}
	body := &ir.Block{}
	body.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id("_"), ir.Id("ok")}, Tok: ":=", Rhs: []ir.Expr{&ir.TypeAssert{X: x, Type: instanceGoType(cls)}}})
	body.Add(&ir.Return{Results: []ir.Expr{ir.Id("ok")}})
	return ir.CallOf(&ir.FuncLit{Results: []ir.Type{ir.Bool}, Body: body}), true
}

// hierarchyConstructor is newDog(...) for a class in a hierarchy: it makes
// the struct and runs the nearest __init__ as the init method, own or
// inherited.
func (m *mapper) hierarchyConstructor(cls *Class) *ir.FuncDecl {
	fd, self := m.constructorHead(cls)
	// Each ancestor that dispatches to overrides sees the whole object.
	var path ir.Expr = ir.Id(self)
	for k := cls; k != nil; k = k.Base {
		if k.dispatch {
			fd.Body.Add(&ir.Assign{Lhs: []ir.Expr{ir.Sel(path, "self")}, Tok: "=", Rhs: []ir.Expr{ir.Id(self)}})
		}
		if k.Base != nil {
			path = ir.Sel(path, k.Base.GoName)
		}
	}
	if init := cls.method("__init__"); init != nil {
		if init.hasStars() {
			m.errorf(init.Def, "unsupported: *, ** or keyword-only parameters in __init__ of a class with subclasses; take a list or dict parameter")
		}
		ft := m.initParams(init)
		fd.Params = ft
		args := make([]ir.Expr, len(ft))
		for i, p := range ft {
			args[i] = ir.Id(p.Name)
		}
		fd.Body.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Id(self), "init"), args...)})
	}
	fd.Body.Add(&ir.Return{Results: []ir.Expr{ir.Id(self)}})
	return fd
}

// initParams names an __init__'s parameters (self excluded) for the
// constructor that forwards them.
func (m *mapper) initParams(init *Function) []ir.Param {
	names := newNamer()
	out := []ir.Param{}
	for _, p := range init.Params[init.selfOffset():] {
		pt := m.goType(p.Type)
		if p.ByRef {
			pt = &ir.Pointer{Elem: pt}
		}
		out = append(out, ir.Param{Name: names.claim(goIdent(p.Name)), Type: pt})
	}
	return out
}

// dynamicClassName is type(x).__name__ for x of a class with subclasses:
// a type switch over the classes x can hold, since the static class does
// not decide it.
func (c *fnCtx) dynamicClassName(x ir.Expr, cls *Class) ir.Expr {
	ts := &ir.TypeSwitch{X: x}
	var add func(k *Class)
	add = func(k *Class) {
		ts.Cases = append(ts.Cases, ir.TypeCase{Types: []ir.Type{recvType(k)}, Body: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{ir.L(k.Name)}})})
		for _, sub := range k.Subs {
			add(sub)
		}
	}
	add(cls)
	body := (&ir.Block{}).Add(ts)
	body.Add(&ir.Return{Results: []ir.Expr{ir.L(cls.Name)}})
	return ir.CallOf(&ir.FuncLit{Results: []ir.Type{ir.String}, Body: body})
}

// userIsInstance translates isinstance(x, targets) for x of a user class
// with subclasses, where the static class does not decide the answer: a
// type assertion on x's interface per class, or'ed. ok is false when x is
// not such a value, or is an expression with effects several tests would
// repeat.
func (c *fnCtx) userIsInstance(x ast.Expr, xt Type, targets []classTarget) (ir.Expr, bool) {
	if _, ok := xt.(*InstanceT); !ok || (len(targets) > 1 && !c.pureExpr(x)) {
		return nil, false
	}
	var out ir.Expr
	for _, t := range targets {
		var test ir.Expr
		if t.user != nil {
			test, _ = c.InstanceTest(c.expr(x), xt, t.user)
		} else {
			a, _ := staticIsInstance(xt, t)
			test = ir.L(a)
		}
		if out == nil {
			out = test
		} else {
			out = &ir.Binary{X: out, Op: "||", Y: test}
		}
	}
	return out, out != nil
}

// markSelfValues records the uses of self as a value in a method of a class
// with subclasses: the receiver there is only the base part of the object,
// so those uses read the whole object from the self field.
func (m *mapper) markSelfValues(cls *Class, self *Symbol, body []ast.Stmt) {
	bases := map[*ast.Name]bool{}
	var uses []*ast.Name
	walkStmts(body, func(e ast.Expr) {
		switch x := e.(type) {
		case *ast.Attribute:
			if n, ok := x.Value.(*ast.Name); ok {
				bases[n] = true
			}
		case *ast.Name:
			if m.info.Uses[x] == self {
				uses = append(uses, x)
			}
		}
	})
	for _, n := range uses {
		if bases[n] {
			continue
		}
		if cls.selfValues == nil {
			cls.selfValues = map[*ast.Name]bool{}
		}
		cls.selfValues[n] = true
		cls.dispatch = true
	}
}
