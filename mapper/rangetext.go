package mapper

import (
	"strconv"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// A range is a Go []int, which has lost the start, stop and step that
// str(range(1, 10, 2)) shows. When those are constants (the call itself,
// or a variable assigned only that call), the text is a constant too; a
// range call printed where it is made is pyrt.RangeRepr of its arguments;
// any other range printed is a diagnostic, not a list's text.

// rangeStr translates str(e) and repr(e) of a range, or returns nil for
// other values.
func (c *fnCtx) rangeStr(e ast.Expr) ir.Expr {
	if text, ok := c.m.rangeText(e); ok {
		return ir.L(text)
	}
	if call, ok := e.(*ast.Call); ok && isRangeCall(c.m, call) && len(call.Args) <= 3 && len(call.Keywords) == 0 && call.Starargs == nil {
		args := []ir.Expr{ir.L(0), nil, ir.L(1)}
		switch len(call.Args) {
		case 1:
			args[1] = c.exprAs(call.Args[0], IntT)
		default:
			for i, a := range call.Args {
				args[i] = c.exprAs(a, IntT)
			}
		}
		return ir.CallOf(ir.Q(ir.Runtime, "RangeRepr"), args...)
	}
	if nm, ok := e.(*ast.Name); ok {
		if sym := c.m.info.Uses[nm]; sym != nil && sym.Def != nil {
			if a, ok := sym.Def.(*ast.Assign); ok {
				if call, ok := a.Value.(*ast.Call); ok && isRangeCall(c.m, call) {
					c.m.errorf(e, "unsupported: printing a range held in %s, whose bounds are not constants; print list(%s) or the range(...) call itself", nm.Id, nm.Id)
					return &ir.Nil{}
				}
			}
		}
	}
	return nil
}

func isRangeCall(m *mapper, call *ast.Call) bool {
	lf, ok := m.info.Types[call.Func].(*LibFuncT)
	return ok && lf.Name == "builtins.range"
}

// rangeText returns str(e) of a range with constant bounds.
func (m *mapper) rangeText(e ast.Expr) (string, bool) {
	if nm, ok := e.(*ast.Name); ok {
		sym := m.info.Uses[nm]
		if sym == nil || sym.Kind != VarSym || sym.Stores != 1 {
			return "", false
		}
		a, ok := sym.Def.(*ast.Assign)
		if !ok || len(a.Targets) != 1 || !isName(a.Targets[0], sym.Name) {
			return "", false
		}
		e = a.Value
	}
	call, ok := e.(*ast.Call)
	if !ok || len(call.Keywords) > 0 || call.Starargs != nil || len(call.Args) == 0 || len(call.Args) > 3 {
		return "", false
	}
	if !isRangeCall(m, call) {
		return "", false
	}
	bounds := make([]int, len(call.Args))
	for i, a := range call.Args {
		v, ok := constInt(a)
		if !ok {
			return "", false
		}
		bounds[i] = v
	}
	switch len(bounds) {
	case 1:
		bounds = []int{0, bounds[0]}
	case 3:
		if bounds[2] == 1 {
			bounds = bounds[:2]
		}
	}
	text := "range("
	for i, b := range bounds {
		if i > 0 {
			text += ", "
		}
		text += strconv.Itoa(b)
	}
	return text + ")", true
}
