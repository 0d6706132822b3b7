package mapper

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2goconc/py2goconc/mapper/ir"
	"github.com/py2goconc/py2goconc/parser"
)

// str.format fields that look a value up ({0[1]}, {1[k]}, {p.x}) are
// resolved in Go: the mapper indexes or selects the argument itself (as a
// Python subscript or attribute would) and passes the result as a new
// positional argument, rewriting the field to name it. Automatic field
// numbers ({}) become explicit so that the two can mix.

// lookupStep is one step of a field name after its argument: a [key] or
// an .attr.
type lookupStep struct {
	attr string // .attr, or "" for [key]
	key  string
}

// rewriteFormatLookups returns the rewritten format string and the extra
// positional arguments, or ok=false when the string has no lookups or
// cannot be parsed (then the runtime formats it and reports errors).
func (c *fnCtx) rewriteFormatLookups(n *ast.Call, format string) (string, []ir.Expr, bool) {
	var out strings.Builder
	var extra []ir.Expr
	auto, changed := 0, false
	for i := 0; i < len(format); i++ {
		ch := format[i]
		if ch == '}' && i+1 < len(format) && format[i+1] == '}' {
			out.WriteString("}}")
			i++
			continue
		}
		if ch != '{' {
			out.WriteByte(ch)
			continue
		}
		if i+1 < len(format) && format[i+1] == '{' {
			out.WriteString("{{")
			i++
			continue
		}
		end := matchingBrace(format, i)
		if end < 0 {
			return "", nil, false
		}
		field := format[i+1 : end]
		nameEnd := strings.IndexAny(field, "!:")
		if nameEnd < 0 {
			nameEnd = len(field)
		}
		name, rest := field[:nameEnd], field[nameEnd:]
		argName, steps, ok := splitFieldName(name)
		if !ok {
			return "", nil, false
		}
		if argName == "" {
			argName = strconv.Itoa(auto)
			auto++
		}
		if len(steps) == 0 {
			out.WriteString("{" + argName + rest + "}")
		} else {
			x := c.lookupArg(n, argName, steps)
			if x == nil {
				return "", nil, false
			}
			out.WriteString("{" + strconv.Itoa(len(n.Args)+len(extra)) + rest + "}")
			extra = append(extra, x)
			changed = true
		}
		i = end
	}
	return out.String(), extra, changed
}

// matchingBrace returns the index of the } closing the field opened at i
// (a spec may nest one level of fields), or -1.
func matchingBrace(s string, i int) int {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// splitFieldName splits "0[1].x" into "0" and its steps.
func splitFieldName(name string) (string, []lookupStep, bool) {
	cut := strings.IndexAny(name, ".[")
	if cut < 0 {
		return name, nil, true
	}
	arg, rest := name[:cut], name[cut:]
	var steps []lookupStep
	for rest != "" {
		switch rest[0] {
		case '.':
			j := strings.IndexAny(rest[1:], ".[")
			if j < 0 {
				j = len(rest) - 1
			}
			steps = append(steps, lookupStep{attr: rest[1 : j+1]})
			rest = rest[j+1:]
		case '[':
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				return "", nil, false
			}
			steps = append(steps, lookupStep{key: rest[1:j]})
			rest = rest[j+1:]
		default:
			return "", nil, false
		}
	}
	return arg, steps, true
}

// lookupArg translates the argument argName of the call with steps
// applied, by building the Python expression they stand for.
func (c *fnCtx) lookupArg(n *ast.Call, argName string, steps []lookupStep) ir.Expr {
	var e ast.Expr
	if k, err := strconv.Atoi(argName); err == nil {
		if k >= len(n.Args) {
			return nil
		}
		e = n.Args[k]
	} else {
		for _, kw := range n.Keywords {
			if string(kw.Arg) == argName {
				e = kw.Value
			}
		}
		if e == nil {
			return nil
		}
	}
	if c.hasEffects(e) {
		return nil // would be evaluated twice
	}
	pos := n.Pos
	for _, st := range steps {
		if st.attr != "" {
			e = &ast.Attribute{ExprBase: ast.ExprBase{Pos: pos}, Value: e, Attr: ast.Identifier(st.attr)}
			continue
		}
		var key ast.Expr = &ast.Str{ExprBase: ast.ExprBase{Pos: pos}, S: py.String(st.key)}
		if k, err := strconv.Atoi(st.key); err == nil {
			key = &ast.Num{ExprBase: ast.ExprBase{Pos: pos}, N: py.Int(k)}
		}
		c.m.typeOf(c.s, key)
		e = &ast.Subscript{ExprBase: ast.ExprBase{Pos: pos}, Value: e, Slice: &ast.Index{Value: key}}
	}
	c.m.typeOf(c.s, e)
	return c.expr(e)
}

// nestedSpec translates a format spec with nested fields ({v:{w}.{p}f}):
// the spec is itself an f-string, built at run time and applied by
// pyrt.Format.
func (c *fnCtx) nestedSpec(fv *parser.FormattedValue) ir.Expr {
	return ir.CallOf(ir.Q(ir.Runtime, "Format"), c.expr(fv.Value), c.fstring(fv.FormatSpec))
}

// hasEffects reports whether evaluating e may do more than read values: it
// contains a call other than constructing a class without __init__.
func (c *fnCtx) hasEffects(e ast.Expr) bool {
	effects := false
	walkExpr(e, func(x ast.Expr) {
		call, ok := x.(*ast.Call)
		if !ok {
			return
		}
		if ct, ok := c.m.info.Types[call.Func].(*ClassT); ok && ct.Class.method("__init__") == nil && len(call.Args) == 0 {
			return
		}
		effects = true
	})
	return effects
}
