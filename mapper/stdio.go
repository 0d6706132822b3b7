package mapper

import (
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// sys.stdout and sys.stderr as values: a variable that holds one or the
// other (stream = sys.stdout if ok else sys.stderr) is an *os.File, which
// print(..., file=stream) writes to.

// stdStream names the type of a value that is sys.stdout or sys.stderr,
// not known which.
const stdStream = "sys.stdout|sys.stderr"

func isStdStream(t Type) bool {
	lf, ok := t.(*LibFuncT)
	return ok && (lf.Name == "sys.stdout" || lf.Name == "sys.stderr" || lf.Name == stdStream)
}

// joinStreams is the join of two standard streams, or nil.
func joinStreams(a, b Type) Type {
	if isStdStream(a) && isStdStream(b) {
		return &LibFuncT{Name: stdStream}
	}
	return nil
}

// osFile is *os.File, the Go type of a standard stream.
var osFile = &ir.Pointer{Elem: &ir.Named{Pkg: "os", Name: "File"}}

// printStream is the writer of print(..., file=e) when e is a standard
// stream, or nil.
func (c *fnCtx) printStream(e ast.Expr) ir.Expr {
	if !isStdStream(c.m.info.Types[e]) {
		return nil
	}
	return c.expr(e)
}

// printOption reads print's sep= or end=: a literal gives its text, None
// the default, a str variable its translation x. ok is false after a
// diagnostic.
func (c *fnCtx) printOption(kw *ast.Keyword) (text string, x ir.Expr, ok bool) {
	switch v := kw.Value.(type) {
	case *ast.Str:
		return string(v.S), nil, true
	case *ast.NameConstant:
		if v.Value == py.None {
			if kw.Arg == "sep" {
				return " ", nil, true
			}
			return "\n", nil, true
		}
	}
	t := c.m.info.Types[kw.Value]
	if t != StrT || !isPure(kw.Value) {
		c.m.errorf(kw.Value, "unsupported: print %s= that is a %s expression; use a str variable or literal", kw.Arg, t)
		return "", nil, false
	}
	return "", c.expr(kw.Value), true
}

// printWithValues is print(...) with sep= or end= held in variables: a
// Printf (or Fprintf to w) whose %s verbs take them where they go.
func (c *fnCtx) printWithValues(n *ast.Call, w, sepX, endX ir.Expr, sep, end string) ir.Stmt {
	var format strings.Builder
	var args []ir.Expr
	piece := func(x ir.Expr, text string) {
		if x != nil {
			format.WriteString("%s")
			args = append(args, x)
		} else {
			format.WriteString(escapePercent(text))
		}
	}
	for i, a := range n.Args {
		if i > 0 {
			piece(sepX, sep)
		}
		verb, x := c.verbFor(a)
		format.WriteString(verb)
		if x != nil {
			args = append(args, x)
		}
	}
	piece(endX, end)
	all := append([]ir.Expr{ir.L(format.String())}, args...)
	if w != nil {
		return &ir.ExprStmt{X: ir.CallOf(ir.Q("fmt", "Fprintf"), append([]ir.Expr{w}, all...)...)}
	}
	return &ir.ExprStmt{X: ir.CallOf(ir.Q("fmt", "Printf"), all...)}
}

// printStarred is print(*xs, sep=..., end=...): the elements' str joined
// with sep, then end, in one Print.
func (c *fnCtx) printStarred(n *ast.Call, w, sepX, endX ir.Expr, sep, end string) ir.Stmt {
	xs := c.asSlice(n.Starargs)
	if len(n.Args) > 0 || xs == nil {
		c.m.errorf(n.Starargs, "unsupported: print(*x) of a %s or with other positional arguments", c.m.info.Types[n.Starargs])
		return &ir.ExprStmt{X: &ir.Nil{}}
	}
	if elemType(c.m.info.Types[n.Starargs]) != StrT {
		xs = ir.CallOf(ir.Q(ir.Runtime, "Strs"), xs)
	}
	if sepX == nil {
		sepX = ir.L(sep)
	}
	var line ir.Expr = ir.CallOf(ir.Q("strings", "Join"), xs, sepX)
	fn := "Println"
	if endX != nil || end != "\n" {
		if endX == nil {
			endX = ir.L(end)
		}
		line = &ir.Binary{X: line, Op: "+", Y: endX}
		fn = "Print"
	}
	if w != nil {
		return &ir.ExprStmt{X: ir.CallOf(ir.Q("fmt", "F"+strings.ToLower(fn[:1])+fn[1:]), w, line)}
	}
	return &ir.ExprStmt{X: ir.CallOf(ir.Q("fmt", fn), line)}
}
