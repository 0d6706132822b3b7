package mapper

import (
	"unicode/utf8"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// ord, chr, hex, bin and oct: characters and ints written in a base. hex,
// bin and oct are fmt verbs (%#x, %#b and %O print Python's 0x, 0b, 0o
// prefixes, after the sign); ord and chr of literals are Go conversions,
// of other values runtime calls that raise CPython's errors.

func init() {
	strResult := func(*mapper, *Scope, *ast.Call, []Type) Type { return StrT }
	for name, verb := range map[string]string{"hex": "%#x", "bin": "%#b", "oct": "%O"} {
		libTypeHooks["builtins."+name] = strResult
		libCallHooks["builtins."+name] = baseFormat(name, verb)
	}
	libTypeHooks["builtins.chr"] = strResult
	libCallHooks["builtins.chr"] = chrCall
	libTypeHooks["builtins.ord"] = func(*mapper, *Scope, *ast.Call, []Type) Type { return IntT }
	libCallHooks["builtins.ord"] = ordCall
}

// oneArg checks that n passes one positional argument of type want.
func (c *fnCtx) oneArg(n *ast.Call, name string, want Type) bool {
	if len(n.Args) != 1 || len(n.Keywords) > 0 {
		c.m.errorf(n, "%s() takes exactly one argument (%d given)", name, len(n.Args)+len(n.Keywords))
		return false
	}
	if t := c.m.info.Types[n.Args[0]]; t != want {
		c.m.errorf(n.Args[0], "unsupported: %s() of a %s", name, t)
		return false
	}
	return true
}

func baseFormat(name, verb string) func(*fnCtx, *ast.Call) ir.Expr {
	return func(c *fnCtx, n *ast.Call) ir.Expr {
		if !c.oneArg(n, name, IntT) {
			return &ir.Nil{}
		}
		return ir.CallOf(ir.Q("fmt", "Sprintf"), ir.L(verb), c.expr(n.Args[0]))
	}
}

func ordCall(c *fnCtx, n *ast.Call) ir.Expr {
	if !c.oneArg(n, "ord", StrT) {
		return &ir.Nil{}
	}
	if s, ok := n.Args[0].(*ast.Str); ok && utf8.RuneCountInString(string(s.S)) == 1 {
		r, _ := utf8.DecodeRuneInString(string(s.S))
		return ir.CallOf(&ir.TypeExpr{Type: ir.Int}, ir.L(r))
	}
	c.m.raises = true
	return ir.CallOf(ir.Q(ir.Runtime, "Ord"), c.expr(n.Args[0]))
}

func chrCall(c *fnCtx, n *ast.Call) ir.Expr {
	if !c.oneArg(n, "chr", IntT) {
		return &ir.Nil{}
	}
	if v, ok := signedIntConst(n.Args[0]); ok && v >= 0 && v <= utf8.MaxRune {
		return ir.CallOf(&ir.TypeExpr{Type: ir.String}, ir.CallOf(&ir.TypeExpr{Type: &ir.Basic{Name: "rune"}}, ir.L(v)))
	}
	c.m.raises = true
	return ir.CallOf(ir.Q(ir.Runtime, "Chr"), c.expr(n.Args[0]))
}
