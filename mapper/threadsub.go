package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Subclasses of threading.Thread without their own __init__ take Thread's
// arguments: Logged(target=job, args=(2,), name="logged") is
// newLogged(func() { job(2) }, "job", "logged", false), the arguments of
// pyrt.NewThread. The target is kept in the struct so that an overridden
// run() can call super().run(), which runs it as Thread.run does.

// flowThreadSubclassArgs types a Thread subclass construction: the args
// flow into the target's parameters as for threading.Thread(...).
func (m *mapper) flowThreadSubclassArgs(s *Scope, cls *Class, n *ast.Call) {
	if len(n.Args) == 0 && len(n.Keywords) == 0 {
		return
	}
	cls.ThreadArgs = true
	target := argOrKeyword(n, 1, "target")
	if target == nil {
		return
	}
	fn := m.funcOf(target)
	if fn == nil {
		return
	}
	var args []Type
	if a := argOrKeyword(n, 3, "args"); a != nil {
		args = tupleElems(m.info.Types[a])
		if tup, ok := a.(*ast.Tuple); ok {
			off := fn.selfOffset()
			for i, e := range tup.Elts {
				if i+off < len(fn.Params) {
					m.flowBack(s, e, fn.Params[i+off])
				}
			}
		}
	}
	m.flowArgs(fn, args, nil)
}

// threadSubclassCall translates the construction of a Thread subclass
// that takes Thread's arguments.
func (c *fnCtx) threadSubclassCall(cls *Class, n *ast.Call) ir.Expr {
	if !cls.ThreadArgs {
		return ir.CallOf(ir.Id(constructorName(cls)))
	}
	var run ir.Expr = &ir.Nil{}
	targetName := ""
	if target := argOrKeyword(n, 1, "target"); target != nil {
		call := c.targetCall(n, target, argOrKeyword(n, 3, "args"), argOrKeyword(n, 4, "kwargs"))
		if call == nil {
			return &ir.Nil{}
		}
		run = runFunc(call)
		if fn := c.m.funcOf(target); fn != nil {
			targetName = fn.Name
		}
	}
	var name ir.Expr = ir.L("")
	if nm := argOrKeyword(n, 2, "name"); nm != nil {
		name = c.str(nm)
	}
	var daemon ir.Expr = ir.L(false)
	if d := keyword(n, "daemon"); d != nil {
		daemon = c.cond(d)
	}
	if g := argOrKeyword(n, 0, "group"); g != nil {
		c.m.errorf(g, "unsupported: Thread group argument")
	}
	return ir.CallOf(ir.Id(constructorName(cls)), run, ir.L(targetName), name, daemon)
}

// threadSubclassParams are the constructor parameters of a Thread subclass
// that takes Thread's arguments.
func threadSubclassParams() []ir.Param {
	return []ir.Param{
		{Name: "target", Type: &ir.FuncType{}},
		{Name: "targetName", Type: ir.String},
		{Name: "name", Type: ir.String},
		{Name: "daemon", Type: ir.Bool},
	}
}

// superRunT is super().run() in a Thread subclass: Thread.run, which runs
// the target.
type superRunT struct{ Class *Class }

func (t *superRunT) String() string { return "Thread.run" }

// superRun translates super().run(): the target given at construction, if
// any.
func (c *fnCtx) superRun(n *ast.Call, t *superRunT) ir.Expr {
	if !t.Class.ThreadArgs || t.Class.Methods["__init__"] != nil || c.fn == nil || len(c.fn.Params) == 0 {
		c.m.errorf(n, "unsupported: super().run() in a Thread subclass not constructed with Thread's arguments")
		return &ir.Nil{}
	}
	return ir.CallOf(&ir.FuncLit{Body: (&ir.Block{}).Add(c.runTarget())})
}

// runTarget is `if t.target != nil { t.target() }`.
func (c *fnCtx) runTarget() ir.Stmt {
	target := ir.Sel(ir.Id(c.fn.Params[0].GoName), "target")
	return &ir.If{Cond: &ir.Binary{X: target, Op: "!=", Y: &ir.Nil{}}, Then: (&ir.Block{}).Add(&ir.ExprStmt{X: ir.CallOf(target)})}
}

func init() {
	stmtHooks = append(stmtHooks, superRunStmt)
}

// superRunStmt writes super().run() as a statement without a function
// literal around it.
func superRunStmt(c *fnCtx, st ast.Stmt, b *ir.Block) bool {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := es.Value.(*ast.Call)
	if !ok {
		return false
	}
	t, ok := c.m.info.Types[call.Func].(*superRunT)
	if !ok {
		return false
	}
	if x := c.superRun(call, t); x != nil {
		if _, bad := x.(*ir.Nil); !bad {
			b.Add(c.runTarget())
		}
	}
	return true
}
