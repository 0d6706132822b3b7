package mapper

import (
	"regexp"
	"strings"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
	"github.com/py2goconc/py2goconc/parser"
)

// print translates print(...). With the default sep and end it is
// fmt.Println; otherwise a Printf whose format spells out sep and end. Values
// whose Go formatting differs from Python's (floats, bools, None,
// containers) go through the runtime's Str.
func (c *fnCtx) print(n *ast.Call) ir.Stmt {
	sep, end := " ", "\n"
	// sepX and endX are sep= and end= given as str values, not literals.
	var w, sepX, endX ir.Expr
	for _, kw := range n.Keywords {
		switch string(kw.Arg) {
		case "sep", "end":
			text, x, ok := c.printOption(kw)
			switch {
			case !ok:
				continue
			case kw.Arg == "sep" && x != nil:
				sepX = x
			case kw.Arg == "sep":
				sep = text
			case x != nil:
				endX = x
			default:
				end = text
			}
		case "file":
			if w = c.printStream(kw.Value); w != nil {
				continue
			}
			if lf, ok := c.m.info.Types[kw.Value].(*LibFuncT); ok && (lf.Name == "sys.stderr" || lf.Name == "sys.stdout") {
				w = ir.Q("os", upperFirst(lf.Name[4:]))
				if lf.Name == "sys.stderr" {
					w = ir.Q("os", "Stderr")
				} else {
					w = ir.Q("os", "Stdout")
				}
				continue
			}
			if o, ok := c.m.info.Types[kw.Value].(*ObjT); ok && printWriters[o.Class] {
				w = ir.CallOf(ir.Sel(c.expr(kw.Value), "Writer"))
				continue
			}
			c.m.errorf(kw.Value, "unsupported: print file= other than sys.stdout, sys.stderr or an open file")
		case "flush":
			// Go's os.Stdout is unbuffered: every print is flushed.
		default:
			c.m.errorf(kw.Value, "print() got an unexpected keyword argument '%s'", kw.Arg)
		}
	}
	if n.Starargs != nil {
		return c.printStarred(n, w, sepX, endX, sep, end)
	}
	if sepX != nil || endX != nil {
		return c.printWithValues(n, w, sepX, endX, sep, end)
	}
	if len(n.Args) == 1 && sep == " " {
		if js, ok := n.Args[0].(*parser.JoinedStr); ok {
			// print(f"...") is a Printf of the f-string's format.
			format, args := c.fstringParts(js)
			if len(args) > 0 {
				all := append([]ir.Expr{ir.L(format + escapePercent(end))}, args...)
				if w != nil {
					return &ir.ExprStmt{X: ir.CallOf(ir.Q("fmt", "Fprintf"), append([]ir.Expr{w}, all...)...)}
				}
				return &ir.ExprStmt{X: ir.CallOf(ir.Q("fmt", "Printf"), all...)}
			}
		}
	}
	if sep == " " && end == "\n" {
		args := make([]ir.Expr, len(n.Args))
		for i, a := range n.Args {
			args[i] = c.printable(a)
		}
		if w != nil {
			return &ir.ExprStmt{X: ir.CallOf(ir.Q("fmt", "Fprintln"), append([]ir.Expr{w}, args...)...)}
		}
		return &ir.ExprStmt{X: ir.CallOf(ir.Q("fmt", "Println"), args...)}
	}
	var format strings.Builder
	var args []ir.Expr
	for i, a := range n.Args {
		if i > 0 {
			format.WriteString(escapePercent(sep))
		}
		verb, x := c.verbFor(a)
		format.WriteString(verb)
		if x != nil { // a string literal is spelled into the format
			args = append(args, x)
		}
	}
	format.WriteString(escapePercent(end))
	if len(args) == 0 {
		args = nil
		if w != nil {
			return &ir.ExprStmt{X: ir.CallOf(ir.Q("fmt", "Fprint"), w, ir.L(format.String()))}
		}
		return &ir.ExprStmt{X: ir.CallOf(ir.Q("fmt", "Print"), ir.L(strings.ReplaceAll(format.String(), "%%", "%")))}
	}
	all := append([]ir.Expr{ir.L(format.String())}, args...)
	if w != nil {
		return &ir.ExprStmt{X: ir.CallOf(ir.Q("fmt", "Fprintf"), append([]ir.Expr{w}, all...)...)}
	}
	return &ir.ExprStmt{X: ir.CallOf(ir.Q("fmt", "Printf"), all...)}
}

func escapePercent(s string) string { return strings.ReplaceAll(s, "%", "%%") }

// printable is an argument for fmt.Println that prints as Python's print.
func (c *fnCtx) printable(e ast.Expr) ir.Expr {
	switch c.m.info.Types[e] {
	case IntT, StrT, NumT:
		return c.expr(e) // a pyrt.Num prints through its String method
	case NoneT:
		return ir.L("None")
	}
	return c.str(e)
}

// verbFor returns the Printf verb and argument that print e as Python's
// str() does.
func (c *fnCtx) verbFor(e ast.Expr) (string, ir.Expr) {
	switch c.m.info.Types[e] {
	case IntT:
		return "%d", c.expr(e)
	case NumT:
		return "%v", c.expr(e)
	case StrT:
		if s, ok := e.(*ast.Str); ok {
			return escapePercent(string(s.S)), nil
		}
		return "%s", c.expr(e)
	}
	return "%s", c.str(e)
}

// str translates str(e).
func (c *fnCtx) str(e ast.Expr) ir.Expr {
	switch c.m.info.Types[e] {
	case StrT:
		return c.expr(e)
	case IntT:
		return ir.CallOf(ir.Q("strconv", "Itoa"), c.expr(e))
	case FloatT:
		return ir.CallOf(ir.Q(ir.Runtime, "FormatFloat"), c.expr(e))
	case NumT:
		return ir.CallOf(ir.Sel(c.expr(e), "String"))
	case NoneT:
		return ir.L("None")
	}
	if inst, ok := c.m.info.Types[e].(*InstanceT); ok && inst.Class.method("__str__") != nil {
		return ir.CallOf(ir.Sel(c.expr(e), "String"))
	}
	return ir.CallOf(ir.Q(ir.Runtime, "Str"), c.expr(e))
}

func (c *fnCtx) repr(e ast.Expr) ir.Expr {
	switch c.m.info.Types[e] {
	case IntT:
		return ir.CallOf(ir.Q("strconv", "Itoa"), c.expr(e))
	case FloatT:
		return ir.CallOf(ir.Q(ir.Runtime, "FormatFloat"), c.expr(e))
	case NumT:
		return ir.CallOf(ir.Sel(c.expr(e), "String"))
	}
	return ir.CallOf(ir.Q(ir.Runtime, "Repr"), c.expr(e))
}

// fstring translates an f-string into fmt.Sprintf, mapping format specs
// that Go's verbs render identically; other specs go through the runtime's
// Format.
func (c *fnCtx) fstring(n *parser.JoinedStr) ir.Expr {
	format, args := c.fstringParts(n)
	if len(args) == 0 {
		return ir.L(strings.ReplaceAll(format, "%%", "%"))
	}
	if format == "%s" {
		return args[0]
	}
	return ir.CallOf(ir.Q("fmt", "Sprintf"), append([]ir.Expr{ir.L(format)}, args...)...)
}

// fstringParts returns the Printf format and arguments of an f-string.
func (c *fnCtx) fstringParts(n *parser.JoinedStr) (string, []ir.Expr) {
	var format strings.Builder
	var args []ir.Expr
	for _, v := range n.Values {
		switch p := v.(type) {
		case *ast.Str:
			format.WriteString(escapePercent(string(p.S)))
		case *parser.FormattedValue:
			verb, x := c.fieldVerb(p)
			format.WriteString(verb)
			if x != nil {
				args = append(args, x)
			}
		}
	}
	return format.String(), args
}

// fieldLookup finds str.format fields like {0[1]} or {p.x}.
var fieldLookup = regexp.MustCompile(`\{[^{}!:]*[.\[]`)

var simpleSpec = regexp.MustCompile(`^([<>]?)(0?)([0-9]*)(?:\.([0-9]+))?([dfeEsxXob%]?)$`)

func (c *fnCtx) fieldVerb(fv *parser.FormattedValue) (string, ir.Expr) {
	t := c.m.info.Types[fv.Value]
	switch fv.Conversion {
	case 'r', 'a':
		if fv.FormatSpec == nil {
			return "%s", c.repr(fv.Value)
		}
		// The spec applies to the repr, a str.
		spec := ir.Expr(nil)
		if text, literal := specText(fv.FormatSpec); literal {
			spec = ir.L(text)
		} else {
			spec = c.fstring(fv.FormatSpec)
		}
		return "%s", ir.CallOf(ir.Q(ir.Runtime, "Format"), c.repr(fv.Value), spec)
	}
	if fv.FormatSpec == nil {
		return c.verbFor(fv.Value)
	}
	spec, literal := specText(fv.FormatSpec)
	if !literal {
		return "%s", c.nestedSpec(fv)
	}
	if verb, x, ok := c.goVerb(fv.Value, t, spec); ok {
		return verb, x
	}
	return "%s", ir.CallOf(ir.Q(ir.Runtime, "Format"), c.expr(fv.Value), ir.L(spec))
}

// goVerb maps a Python format spec to a Go verb when Go renders it the same.
func (c *fnCtx) goVerb(e ast.Expr, t Type, spec string) (string, ir.Expr, bool) {
	m := simpleSpec.FindStringSubmatch(spec)
	if m == nil || ((t == FloatT || t == NumT) && c.m.makesNonFinite()) {
		return "", nil, false
	}
	align, zero, width, prec, typ := m[1], m[2], m[3], m[4], m[5]
	flags := ""
	switch {
	case align == "<":
		flags = "-"
	case align == ">" || align == "":
	}
	if zero != "" {
		if align != "" || t == StrT {
			return "", nil, false
		}
		flags += "0"
	}
	// Python left-aligns strings and right-aligns numbers by default.
	if align == "" && t == StrT && width != "" {
		flags = "-"
	}
	var p string
	if prec != "" {
		p = "." + prec
	}
	switch {
	case (t == FloatT || t == IntT || t == NumT) && (typ == "f" || typ == "e" || typ == "E") && prec != "":
		return "%" + flags + width + p + typ, c.exprAs(e, FloatT), true
	case (t == FloatT || t == NumT) && (typ == "f") && prec == "":
		return "%" + flags + width + ".6f", c.exprAs(e, FloatT), true
	case t == IntT && (typ == "d" || typ == "" || typ == "x" || typ == "X" || typ == "o" || typ == "b") && prec == "":
		if typ == "" {
			typ = "d"
		}
		return "%" + flags + width + typ, c.expr(e), true
	case t == StrT && (typ == "s" || typ == "") && prec == "":
		return "%" + flags + width + "s", c.expr(e), true
	}
	return "", nil, false
}

func specText(js *parser.JoinedStr) (string, bool) {
	var b strings.Builder
	for _, v := range js.Values {
		s, ok := v.(*ast.Str)
		if !ok {
			return "", false
		}
		b.WriteString(string(s.S))
	}
	return b.String(), true
}

// percentFormat translates `format % args`: fmt.Sprintf when the format is
// a literal whose conversions Go shares, else the runtime's Percent.
func (c *fnCtx) percentFormat(l, r ast.Expr) ir.Expr {
	var vals []ast.Expr
	switch t := r.(type) {
	case *ast.Tuple:
		vals = t.Elts
	default:
		if _, isTuple := c.m.info.Types[r].(*TupleT); isTuple || c.m.info.Types[r] == AnyT {
			// A tuple held in a variable: unpacked at run time.
			return ir.CallOf(ir.Q(ir.Runtime, "PercentValue"), c.expr(l), c.expr(r))
		}
		vals = []ast.Expr{r}
	}
	args := make([]ir.Expr, len(vals))
	for i, v := range vals {
		args[i] = c.expr(v)
	}
	return ir.CallOf(ir.Q(ir.Runtime, "Percent"), append([]ir.Expr{c.expr(l)}, args...)...)
}

// strFormat translates "...".format(args) with the runtime's FormatString.
func (c *fnCtx) strFormat(n *ast.Call, recv ir.Expr) ir.Expr {
	var extra []ir.Expr
	if lit, ok := n.Func.(*ast.Attribute).Value.(*ast.Str); ok && fieldLookup.MatchString(string(lit.S)) {
		format, more, ok := c.rewriteFormatLookups(n, string(lit.S))
		if !ok {
			c.m.errorf(n, "unsupported: str.format field with an attribute or index lookup ({0[i]}, {0.attr}) that names no argument or one with a call in it")
		}
		recv, extra = ir.L(format), more
	}
	args := make([]ir.Expr, len(n.Args))
	for i, a := range n.Args {
		args[i] = c.expr(a)
	}
	args = append(args, extra...)
	var kw ir.Expr = &ir.Nil{}
	if len(n.Keywords) > 0 {
		m := &ir.Composite{Type: &ir.Map{Key: ir.String, Value: ir.Any}}
		for _, k := range n.Keywords {
			m.Elts = append(m.Elts, &ir.KeyValue{Key: ir.L(string(k.Arg)), Value: c.expr(k.Value)})
		}
		kw = m
	}
	return ir.CallOf(ir.Q(ir.Runtime, "FormatString"), recv, &ir.Composite{Type: &ir.Slice{Elem: ir.Any}, Elts: args}, kw)
}
