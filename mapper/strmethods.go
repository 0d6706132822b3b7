package mapper

import (
	"unicode/utf8"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// str methods beyond the one-to-one strings-package table (strFuncs,
// pyStrFuncs in libcall.go): partition, find with a start, rfind, case
// tests, prefix tests against a tuple, padding with a fill character.

// strMethodType is the result type of a str method this file translates,
// or nil.
func strMethodType(name string) Type {
	switch name {
	case "partition", "rpartition":
		return &TupleT{Elems: []Type{StrT, StrT, StrT}}
	case "rfind", "rindex":
		return IntT
	case "isupper", "islower", "isalnum":
		return BoolT
	}
	return nil
}

// strMethod translates s.name(args) where x is s's translation and args
// the arguments'; ok is false for the methods it leaves to the tables.
func (c *fnCtx) strMethod(n *ast.Call, name string, x ir.Expr, args []ir.Expr) (ir.Expr, bool) {
	rt := func(fn string, all ...ir.Expr) (ir.Expr, bool) {
		return ir.CallOf(ir.Q(ir.Runtime, fn), all...), true
	}
	switch {
	case (name == "partition" || name == "rpartition") && len(args) == 1:
		c.m.raises = true // ValueError for an empty separator
		return rt(upperFirst(name[:len(name)-9])+"Partition", x, args[0])
	case name == "find" && len(args) == 2:
		return rt("FindFrom", x, args[0], args[1])
	case name == "rfind" && len(args) == 1:
		return rt("RFind", x, args[0])
	case name == "rindex" && len(args) == 1:
		c.m.raises = true
		return rt("RIndex", x, args[0])
	case (name == "isupper" || name == "islower" || name == "isalnum") && len(args) == 0:
		return rt("Is"+upperFirst(name[2:]), x)
	case (name == "startswith" || name == "endswith") && len(args) == 1:
		return c.affixAny(n, name, x)
	case (name == "center" || name == "ljust" || name == "rjust") && len(args) == 2:
		fill, ok := n.Args[1].(*ast.Str)
		if !ok || utf8.RuneCountInString(string(fill.S)) != 1 {
			c.m.errorf(n.Args[1], "unsupported: str.%s fill that is not a one-character literal", name)
			return &ir.Nil{}, true
		}
		r, _ := utf8.DecodeRuneInString(string(fill.S))
		return rt(map[string]string{"center": "Center", "ljust": "LJust", "rjust": "RJust"}[name], x, args[0], ir.L(r))
	}
	return nil, false
}

// affixAny is s.startswith(("a", "b")): one strings.HasPrefix per element,
// joined with ||. A single string is left to the strFuncs table.
func (c *fnCtx) affixAny(n *ast.Call, name string, x ir.Expr) (ir.Expr, bool) {
	tup, ok := n.Args[0].(*ast.Tuple)
	if !ok {
		return nil, false
	}
	recv := n.Func.(*ast.Attribute).Value
	if !isPure(recv) && len(tup.Elts) > 1 {
		c.m.errorf(n, "unsupported: str.%s of a tuple on a computed string; assign the string to a variable first", name)
		return &ir.Nil{}, true
	}
	fn := "HasPrefix"
	if name == "endswith" {
		fn = "HasSuffix"
	}
	var out ir.Expr = ir.L(false)
	for i, e := range tup.Elts {
		if c.m.info.Types[e] != StrT {
			c.m.errorf(e, "unsupported: str.%s of a tuple holding a %s", name, c.m.info.Types[e])
			return &ir.Nil{}, true
		}
		test := ir.CallOf(ir.Q("strings", fn), x, c.expr(e))
		if i == 0 {
			out = test
		} else {
			out = &ir.Binary{X: out, Op: "||", Y: test}
		}
	}
	return out, true
}

// strChars is the characters of the string x, each a string, as list(s)
// gives them (for sep.join(s)): strings.Split with an empty separator splits
// after each UTF-8 sequence.
func strChars(x ir.Expr) ir.Expr {
	return ir.CallOf(ir.Q("strings", "Split"), x, ir.L(""))
}
