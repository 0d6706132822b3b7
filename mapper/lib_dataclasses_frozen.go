package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// @dataclass(frozen=True): CPython's generated __setattr__ raises
// dataclasses.FrozenInstanceError("cannot assign to field 'x'") for every
// assignment to an instance's attribute, __post_init__'s included. The
// types are static, so each such statement is known: it evaluates its
// value (Python does so before calling __setattr__) and raises.

func init() {
	const py, goName = "dataclasses.FrozenInstanceError", "FrozenInstanceError"
	libExceptions[py] = goName
	attrTypeHooks[py] = func(*mapper, *Scope, *ast.Attribute) Type { return &ExcClassT{Name: py} }
	attrHooks[py] = func(*fnCtx, *ast.Attribute) ir.Expr { return ir.Q(ir.Runtime, goName) }
	stmtHooks = append(stmtHooks, frozenAssign)
}

// frozenAssign translates an assignment to an attribute of a frozen
// dataclass instance: the value, then the raise.
func frozenAssign(c *fnCtx, st ast.Stmt, b *ir.Block) bool {
	var target, value ast.Expr
	switch n := st.(type) {
	case *ast.Assign:
		if len(n.Targets) != 1 {
			return false
		}
		target, value = n.Targets[0], n.Value
	case *ast.AugAssign:
		target, value = n.Target, n.Value
	default:
		return false
	}
	attr, ok := target.(*ast.Attribute)
	if !ok {
		return false
	}
	inst, ok := c.m.info.Types[attr.Value].(*InstanceT)
	if !ok || inst.Class.dc == nil || !inst.Class.dc.frozen {
		return false
	}
	if _, aug := st.(*ast.AugAssign); aug {
		b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id("_")}, Tok: "=", Rhs: []ir.Expr{c.expr(target)}})
	}
	b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id("_")}, Tok: "=", Rhs: []ir.Expr{c.expr(value)}})
	c.m.raises = true
	msg := "cannot assign to field '" + string(attr.Attr) + "'"
	b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Q(ir.Runtime, "Raise"), ir.Q(ir.Runtime, "FrozenInstanceError"), ir.L(msg))})
	return true
}
