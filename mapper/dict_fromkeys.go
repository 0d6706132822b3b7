package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// dict.fromkeys(keys, value=None): a dict of keys' elements, each mapped
// to value.

func init() {
	attrTypeHooks["builtins.dict.fromkeys"] = func(*mapper, *Scope, *ast.Attribute) Type {
		return &LibFuncT{Name: "builtins.dict.fromkeys"}
	}
	libTypeHooks["builtins.dict.fromkeys"] = fromkeysType
	libCallHooks["builtins.dict.fromkeys"] = fromkeysCall
}

func fromkeysType(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
	t := &DictT{Key: Unknown, Val: NoneT, Order: m.dictOrderAtCall(n)}
	if len(args) > 0 {
		t.Key = elemType(args[0])
	}
	if len(args) > 1 {
		t.Val = args[1]
	}
	return t
}

// fromkeysCall translates dict.fromkeys(keys, value) from a list of keys.
func fromkeysCall(c *fnCtx, n *ast.Call) ir.Expr {
	t, ok := c.m.info.Types[n].(*DictT)
	if !ok || len(n.Args) != 2 || len(n.Keywords) > 0 {
		c.m.errorf(n, "unsupported: dict.fromkeys() without both its keys and its value; pass the value explicitly")
		return &ir.Nil{}
	}
	if _, isList := c.m.info.Types[n.Args[0]].(*ListT); !isList {
		c.m.errorf(n.Args[0], "unsupported: dict.fromkeys() of a %s; pass a list of keys", c.m.info.Types[n.Args[0]])
		return &ir.Nil{}
	}
	fn := "MapFromKeys"
	if orderedDict(t) {
		fn = "DictFromKeys"
	}
	return ir.CallOf(ir.Q(ir.Runtime, fn), c.exprAs(n.Args[0], &ListT{Elem: t.Key}), c.exprAs(n.Args[1], t.Val))
}
