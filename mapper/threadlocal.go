package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// threading.local() objects become a struct with one *pyrt.Local[T] per
// attribute the program uses: each thread sees its own value of each
// attribute, as in Python, and each attribute keeps its own static type.

// LocalT is a threading.local object; objects made by one call share Info.
type LocalT struct{ Info *localInfo }

type localInfo struct {
	Name   string // the Python variable first holding it
	GoName string // the struct type's name
	attrs  []string
	types  map[string]Type
}

func (t *LocalT) String() string { return "threading.local" }

func (i *localInfo) attr(name string, t Type) (changed bool) {
	old, seen := i.types[name]
	if !seen {
		i.attrs = append(i.attrs, name)
		old = Unknown
	}
	nt := join(old, t)
	i.types[name] = nt
	return !seen || !sameType(old, nt)
}

func (m *mapper) newLocal(n *ast.Call) Type {
	if t, ok := m.localOf[n]; ok {
		return t
	}
	t := &LocalT{Info: &localInfo{types: map[string]Type{}}}
	m.localOf[n] = t
	m.locals = append(m.locals, t.Info)
	return t
}

// localDecls declares each local object's struct type.
func (m *mapper) localDecls() []ir.Decl {
	var out []ir.Decl
	for _, info := range m.locals {
		st := &ir.Struct{}
		for _, a := range info.attrs {
			st.Fields = append(st.Fields, ir.Field{Name: goFieldName(a), Type: &ir.Pointer{Elem: ir.RT("Local", m.goType(info.types[a]))}})
		}
		out = append(out, &ir.TypeDecl{
			Doc:  info.GoName + " is the threading.local " + info.Name + ": each thread sees its own attributes.",
			Name: info.GoName, Type: st,
		})
	}
	return out
}

func (m *mapper) nameLocals() {
	for _, info := range m.locals {
		base := "threadLocal"
		if info.Name != "" {
			base = goIdent(info.Name) + "Local"
		}
		info.GoName = m.names.claim(base)
	}
}

// newLocalExpr translates threading.local().
func (c *fnCtx) newLocalExpr(n *ast.Call) ir.Expr {
	t, _ := c.m.info.Types[n].(*LocalT)
	if t == nil {
		c.m.errorf(n, "internal error: threading.local() without its type")
		return &ir.Nil{}
	}
	lit := &ir.Composite{Type: &ir.Named{Name: t.Info.GoName}}
	for _, a := range t.Info.attrs {
		ctor := &ir.Call{Fun: ir.Q(ir.Runtime, "NewLocal"), TypeArgs: []ir.Type{c.m.goType(t.Info.types[a])}}
		lit.Elts = append(lit.Elts, &ir.KeyValue{Key: ir.Id(goFieldName(a)), Value: ctor})
	}
	return &ir.Unary{Op: "&", X: lit}
}
