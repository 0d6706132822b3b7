package mapper

import (
	"path/filepath"
	"strconv"
	"strings"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// CPython 3.11 warns on stderr when a program uses the camelCase aliases of
// threading (t.getName(), threading.currentThread()...), once per call
// site. The warnings are part of what the program prints, so each such
// call is preceded by pyrt.Deprecated with the site and its source line;
// the runtime shows each once.

// deprecatedMethods are the deprecated methods of threads, events and
// conditions, with CPython's messages.
var deprecatedMethods = map[string]string{
	"getName":   "getName() is deprecated, get the name attribute instead",
	"setName":   "setName() is deprecated, set the name attribute instead",
	"isDaemon":  "isDaemon() is deprecated, get the daemon attribute instead",
	"setDaemon": "setDaemon() is deprecated, set the daemon attribute instead",
	"isSet":     "isSet() is deprecated, use is_set() instead",
	"notifyAll": "notifyAll() is deprecated, use notify_all() instead",
}

// deprecatedFuncs are the deprecated functions of the threading module.
var deprecatedFuncs = map[string]string{
	"threading.currentThread": "currentThread() is deprecated, use current_thread() instead",
	"threading.activeCount":   "activeCount() is deprecated, use active_count() instead",
}

// deprecationOf returns the warning a call raises, or "".
func (m *mapper) deprecationOf(call *ast.Call) string {
	if f, ok := m.info.Types[call.Func].(*LibFuncT); ok {
		return deprecatedFuncs[f.Name]
	}
	a, ok := call.Func.(*ast.Attribute)
	if !ok {
		return ""
	}
	msg := deprecatedMethods[string(a.Attr)]
	switch t := m.info.Types[a.Value].(type) {
	case *ThreadT:
		return msg
	case *InstanceT:
		if t.Class.threadBase() {
			return msg
		}
	case *ObjT:
		if (t.Class == "threading.Event" && a.Attr == "isSet") || (t.Class == "threading.Condition" && a.Attr == "notifyAll") {
			return msg
		}
	}
	return ""
}

// warnDeprecated emits the warnings of the deprecated calls st makes (not
// counting the blocks nested in it) before st, once per statement.
func (c *fnCtx) warnDeprecated(st ast.Stmt, b *ir.Block) {
	if c.m.warnedStmts[st] {
		return
	}
	c.m.warnedStmts[st] = true
	stmtExprs(st, func(e ast.Expr) {
		for _, call := range callsInEvalOrder(e) {
			if msg := c.m.deprecationOf(call); msg != "" {
				loc := filepath.Base(c.m.file.Name) + ":" + strconv.Itoa(call.Lineno)
				b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Q(ir.Runtime, "Deprecated"), ir.L(loc), ir.L(msg), ir.L(c.m.sourceLine(call.Lineno)))})
			}
		}
	})
}

// callsInEvalOrder lists the calls in e in the order they complete: a
// call's receiver and arguments before the call itself.
func callsInEvalOrder(e ast.Expr) []*ast.Call {
	var pre []*ast.Call
	walkExpr(e, func(x ast.Expr) {
		if call, ok := x.(*ast.Call); ok {
			pre = append(pre, call)
		}
	})
	size := make([]int, len(pre))
	for i, call := range pre {
		walkExpr(call, func(x ast.Expr) {
			if _, ok := x.(*ast.Call); ok {
				size[i]++
			}
		})
	}
	var out []*ast.Call
	var post func(i int)
	post = func(i int) {
		for j := i + 1; j < i+size[i]; j += size[j] {
			post(j)
		}
		out = append(out, pre[i])
	}
	for i := 0; i < len(pre); i += size[i] {
		post(i)
	}
	return out
}

// sourceLine returns line n of the Python source without its indentation,
// as the warnings module shows it.
func (m *mapper) sourceLine(n int) string {
	lines := strings.Split(string(m.file.Src), "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}
