package mapper

import (
	"slices"
	"strings"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// isinstance(), issubclass() and hasattr() are answered from the static
// types wherever they decide the answer: a value the mapper typed as a
// queue.LifoQueue is an instance of queue.Queue in every run, so the Go is
// the constant true. Exception classes and raised exceptions keep their
// class at run time (pyrt.ExcType), so for them the test is made there.
// Where neither holds (a value of type any, an instance whose subclass is
// not known) the call is reported, never guessed.

// libClassFacts are CPython 3.11's facts about the library classes the
// mapper types values as: the library and builtin classes each derives
// from (its MRO without itself and object) and the public attribute names
// of an instance (dir() without names starting with "_"). They were
// recorded from python3.11 by instantiating each class.
var libClassFacts = map[string]struct {
	bases []string
	attrs string
}{
	"queue.Queue":                            {nil, "all_tasks_done empty full get get_nowait join maxsize mutex not_empty not_full put put_nowait qsize queue task_done unfinished_tasks"},
	"queue.LifoQueue":                        {[]string{"queue.Queue"}, "all_tasks_done empty full get get_nowait join maxsize mutex not_empty not_full put put_nowait qsize queue task_done unfinished_tasks"},
	"queue.PriorityQueue":                    {[]string{"queue.Queue"}, "all_tasks_done empty full get get_nowait join maxsize mutex not_empty not_full put put_nowait qsize queue task_done unfinished_tasks"},
	"queue.SimpleQueue":                      {nil, "empty get get_nowait put put_nowait qsize"},
	"threading.Thread":                       {nil, "daemon getName ident isDaemon is_alive join name native_id run setDaemon setName start"},
	"threading.Timer":                        {[]string{"threading.Thread"}, "args cancel daemon finished function getName ident interval isDaemon is_alive join kwargs name native_id run setDaemon setName start"},
	"threading.Event":                        {nil, "clear isSet is_set set wait"},
	"threading.Condition":                    {nil, "acquire notify notifyAll notify_all release wait wait_for"},
	"threading.Semaphore":                    {nil, "acquire release"},
	"threading.BoundedSemaphore":             {[]string{"threading.Semaphore"}, "acquire release"},
	"threading.Barrier":                      {nil, "abort broken n_waiting parties reset wait"},
	"concurrent.futures.Future":              {nil, "add_done_callback cancel cancelled done exception result running set_exception set_result set_running_or_notify_cancel"},
	"concurrent.futures.ThreadPoolExecutor":  {[]string{"concurrent.futures.Executor"}, "map shutdown submit"},
	"concurrent.futures.ProcessPoolExecutor": {[]string{"concurrent.futures.Executor"}, "map shutdown submit"},
	"concurrent.futures.Executor":            {nil, "map shutdown submit"},
	"collections.deque":                      {nil, "append appendleft clear copy count extend extendleft index insert maxlen pop popleft remove reverse rotate"},
	"collections.Counter":                    {[]string{"builtins.dict"}, "clear copy elements fromkeys get items keys most_common pop popitem setdefault subtract total update values"},
	"collections.defaultdict":                {[]string{"builtins.dict"}, "clear copy default_factory fromkeys get items keys pop popitem setdefault update values"},
	"collections.OrderedDict":                {[]string{"builtins.dict"}, "clear copy fromkeys get items keys move_to_end pop popitem setdefault update values"},
	"multiprocessing.Process":                {nil, "authkey close daemon exitcode ident is_alive join kill name pid run sentinel start terminate"},
	"builtins.bool":                          {[]string{"builtins.int"}, ""},
}

// builtinClassNames are the builtin classes isinstance accepts as its
// second argument.
var builtinClassNames = map[string]bool{
	"builtins.int": true, "builtins.float": true, "builtins.str": true, "builtins.bool": true,
	"builtins.list": true, "builtins.dict": true, "builtins.set": true, "builtins.tuple": true,
	"builtins.object": true, "builtins.frozenset": true, "builtins.bytes": true, "builtins.complex": true,
}

// pyClassName is the qualified name of the class of every value of static
// type t, or "" when t does not fix it.
func pyClassName(t Type) string {
	switch x := t.(type) {
	case *basicType:
		switch x {
		case IntT, FloatT, StrT, BoolT:
			return "builtins." + x.name
		case NoneT:
			return "builtins.NoneType"
		}
	case *ListT:
		return "builtins.list"
	case *DictT:
		return "builtins.dict"
	case *SetT:
		return "builtins.set"
	case *TupleT, *VarTupleT:
		return "builtins.tuple"
	case *ThreadT:
		return "threading.Thread"
	case *ObjT:
		// A queue the mapper made a channel is still a queue.Queue.
		name, _, _ := strings.Cut(x.Class, "(")
		if _, ok := libClassFacts[name]; ok {
			return name
		}
	}
	return ""
}

// libIsSubclass reports whether library or builtin class a is b or derives
// from it.
func libIsSubclass(a, b string) bool {
	return a == b || b == "builtins.object" || slices.Contains(libClassFacts[a].bases, b)
}

// classTarget is one class of isinstance's second argument.
type classTarget struct {
	lib  string  // a library or builtin class
	user *Class  // a user class
	exc  ir.Expr // an exception class, tested at run time
}

// classTargets reads isinstance's second argument: a class or a tuple of
// classes. ok is false when an element is not a class the mapper knows.
func (c *fnCtx) classTargets(e ast.Expr) (out []classTarget, ok bool) {
	if tup, isTuple := e.(*ast.Tuple); isTuple {
		for _, el := range tup.Elts {
			ts, ok := c.classTargets(el)
			if !ok {
				return nil, false
			}
			out = append(out, ts...)
		}
		return out, true
	}
	switch t := c.m.info.Types[e].(type) {
	case *LibFuncT:
		if _, known := libClassFacts[t.Name]; known || builtinClassNames[t.Name] {
			return []classTarget{{lib: t.Name}}, true
		}
	case *ClassT:
		return []classTarget{{user: t.Class}}, true
	case *ExcClassT:
		return []classTarget{{exc: c.excClassValue(e, t)}}, true
	}
	return nil, false
}

// isinstance translates isinstance(x, cls) and isinstance(x, (c1, c2)).
func (c *fnCtx) isinstance(n *ast.Call) ir.Expr {
	if len(n.Args) != 2 || len(n.Keywords) > 0 {
		c.m.errorf(n, "isinstance() takes 2 arguments")
		return &ir.Nil{}
	}
	x, cls := n.Args[0], n.Args[1]
	targets, ok := c.classTargets(cls)
	if !ok {
		c.m.errorf(cls, "unsupported: isinstance() with a second argument that is not a known class or tuple of classes")
		return &ir.Nil{}
	}
	xt := c.m.info.Types[x]
	if _, isExc := xt.(*ExcT); isExc {
		return c.excIsInstance(x, targets)
	}
	answer, known := false, true
	for _, t := range targets {
		a, k := staticIsInstance(xt, t)
		answer = answer || a
		known = known && (k || a)
		if a {
			break
		}
	}
	if !known {
		if test, ok := c.numIsInstance(x, xt, targets); ok {
			return test
		}
		if test, ok := c.userIsInstance(x, xt, targets); ok {
			return test
		}
		if c.m.goType(xt) == ir.Any {
			if sw := c.anyIsInstance(x, targets); sw != nil {
				return sw
			}
		}
		c.m.errorf(n, "unsupported: isinstance() of a value of type %s: its class is not known before run time", xt)
		return &ir.Nil{}
	}
	return c.constAfter(x, answer)
}

// anyIsInstance tests the dynamic type of a value held in a Go any with a
// type switch, for classes whose Go representation is one type: int (or
// bool, its subclass), float, str, bool, None and user classes without
// subclasses. nil when a class has no such type (list[T] has one per T).
func (c *fnCtx) anyIsInstance(x ast.Expr, targets []classTarget) ir.Expr {
	var goTypes []ir.Type
	for _, t := range targets {
		switch {
		case t.user != nil:
			if len(c.m.subclasses(t.user)) > 0 {
				return nil
			}
			goTypes = append(goTypes, &ir.Pointer{Elem: &ir.Named{Name: t.user.GoName}})
		case t.lib == "builtins.int":
			goTypes = append(goTypes, ir.Int, ir.Bool)
		case t.lib == "builtins.float":
			goTypes = append(goTypes, ir.Float)
		case t.lib == "builtins.str":
			goTypes = append(goTypes, ir.String)
		case t.lib == "builtins.bool":
			goTypes = append(goTypes, ir.Bool)
		default:
			return nil
		}
	}
	body := (&ir.Block{}).Add(
		&ir.TypeSwitch{X: c.expr(x), Cases: []ir.TypeCase{{Types: dedupTypes(goTypes), Body: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{ir.L(true)}})}}},
		&ir.Return{Results: []ir.Expr{ir.L(false)}})
	return ir.CallOf(&ir.FuncLit{Results: []ir.Type{ir.Bool}, Body: body})
}

func dedupTypes(ts []ir.Type) []ir.Type {
	var out []ir.Type
	for _, t := range ts {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// subclasses lists the user classes deriving from cls.
func (m *mapper) subclasses(cls *Class) []*Class {
	var out []*Class
	for _, k := range m.classes {
		if k != cls && userIsSubclass(k, cls) {
			out = append(out, k)
		}
	}
	return out
}

// staticIsInstance answers isinstance for a value of static type xt;
// known is false when the type leaves the answer open.
func staticIsInstance(xt Type, t classTarget) (answer, known bool) {
	if t.exc != nil {
		// A value that is not a raised exception is never an instance of
		// an exception class.
		_, inst := xt.(*InstanceT)
		return false, inst || pyClassName(xt) != ""
	}
	if inst, ok := xt.(*InstanceT); ok {
		if t.user != nil {
			for k := inst.Class; k != nil; k = k.Base {
				if k == t.user {
					return true, true
				}
			}
			// A variable typed as a base class may hold a subclass.
			for k := t.user.Base; k != nil; k = k.Base {
				if k == inst.Class {
					return false, false
				}
			}
			return false, true
		}
		if inst.Class.threadBase() {
			return libIsSubclass("threading.Thread", t.lib), true
		}
		if inst.Class.Tuple {
			return libIsSubclass("builtins.tuple", t.lib), true // a named tuple is a tuple
		}
		return t.lib == "builtins.object", true
	}
	name := pyClassName(xt)
	if name == "" {
		return false, false
	}
	if t.user != nil {
		return false, true
	}
	return libIsSubclass(name, t.lib), true
}

// excIsInstance tests a caught exception's class at run time.
func (c *fnCtx) excIsInstance(x ast.Expr, targets []classTarget) ir.Expr {
	var out ir.Expr
	for _, t := range targets {
		var test ir.Expr = ir.L(t.lib == "builtins.object")
		if t.exc != nil {
			test = ir.CallOf(ir.Sel(c.expr(x), "IsInstance"), t.exc)
		}
		if out == nil {
			out = test
		} else {
			out = &ir.Binary{X: out, Op: "||", Y: test}
		}
	}
	return out
}

// constAfter is the constant v, after evaluating e when e may have side
// effects (Python evaluates isinstance's argument before testing it).
func (c *fnCtx) constAfter(e ast.Expr, v bool) ir.Expr {
	if c.pureExpr(e) {
		return ir.L(v)
	}
	body := (&ir.Block{}).Add(
		&ir.Assign{Lhs: []ir.Expr{ir.Id("_")}, Tok: "=", Rhs: []ir.Expr{c.expr(e)}},
		&ir.Return{Results: []ir.Expr{ir.L(v)}})
	return ir.CallOf(&ir.FuncLit{Results: []ir.Type{ir.Bool}, Body: body})
}

// pureLibCalls are library calls without side effects, which a constant
// answer may skip.
var pureLibCalls = map[string]bool{
	"threading.main_thread": true, "threading.current_thread": true, "threading.currentThread": true,
	"os.getcwd": true, "os.getpid": true, "threading.get_ident": true,
}

// pureExpr reports whether evaluating e has no effect a program could see.
func (c *fnCtx) pureExpr(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name, *ast.Num, *ast.Str, *ast.NameConstant:
		return true
	case *ast.Attribute:
		return c.pureExpr(x.Value)
	case *ast.Call:
		lf, ok := c.m.info.Types[x.Func].(*LibFuncT)
		return ok && pureLibCalls[lf.Name] && len(x.Args) == 0
	}
	return false
}

// issubclass translates issubclass(a, b) for exception classes (tested at
// run time on pyrt.ExcType) and library classes (constant).
func (c *fnCtx) issubclass(n *ast.Call) ir.Expr {
	if len(n.Args) != 2 {
		c.m.errorf(n, "issubclass() takes 2 arguments")
		return &ir.Nil{}
	}
	sub, subOK := c.classTargets(n.Args[0])
	sup, supOK := c.classTargets(n.Args[1])
	if !subOK || !supOK || len(sub) != 1 {
		c.m.errorf(n, "unsupported: issubclass() of classes the mapper does not know")
		return &ir.Nil{}
	}
	a := sub[0]
	var out ir.Expr
	for _, b := range sup {
		var test ir.Expr
		switch {
		case a.exc != nil && b.exc != nil:
			test = ir.CallOf(ir.Sel(a.exc, "IsSubclass"), b.exc)
		case a.lib != "" && b.lib != "":
			test = ir.L(libIsSubclass(a.lib, b.lib))
		case a.user != nil && b.user != nil:
			test = ir.L(userIsSubclass(a.user, b.user))
		default:
			// An exception class is no library or user class, and the
			// other way round (user exception classes are exc targets).
			test = ir.L(b.lib == "builtins.object")
		}
		if out == nil {
			out = test
		} else {
			out = &ir.Binary{X: out, Op: "||", Y: test}
		}
	}
	return out
}

func init() {
	libTypeHooks["builtins.issubclass"] = func(*mapper, *Scope, *ast.Call, []Type) Type { return BoolT }
	libCallHooks["builtins.isinstance"] = (*fnCtx).isinstance
	libCallHooks["builtins.issubclass"] = (*fnCtx).issubclass
	libCallHooks["builtins.hasattr"] = (*fnCtx).hasattr
}

func userIsSubclass(a, b *Class) bool {
	for k := a; k != nil; k = k.Base {
		if k == b {
			return true
		}
	}
	return false
}

// staticHasattr answers hasattr(obj, "name") for library objects from
// CPython's attribute lists; ok is false when the answer is not static.
func staticHasattr(t Type, attr string) (answer, ok bool) {
	if strings.HasPrefix(attr, "_") {
		return false, false // private and special attributes are not recorded
	}
	var name string
	if inst, isInst := t.(*InstanceT); isInst {
		if inst.Class.method(attr) != nil {
			return true, true
		}
		return false, false // instance attributes come and go at run time
	}
	name = pyClassName(t)
	facts, known := libClassFacts[name]
	if !known || name == "builtins.bool" {
		return false, false
	}
	return slices.Contains(strings.Fields(facts.attrs), attr), true
}

// hasattr translates hasattr(obj, "name") where the answer is static, and
// on a threading.local, whose attributes are per thread.
func (c *fnCtx) hasattr(n *ast.Call) ir.Expr {
	if len(n.Args) == 2 {
		if s, ok := n.Args[1].(*ast.Str); ok {
			if lt, ok := c.m.info.Types[n.Args[0]].(*LocalT); ok && lt.Info.types[string(s.S)] != nil {
				return ir.CallOf(ir.Sel(ir.Sel(c.expr(n.Args[0]), goFieldName(string(s.S))), "Has"))
			}
			if v, ok := staticHasattr(c.m.info.Types[n.Args[0]], string(s.S)); ok {
				return c.constAfter(n.Args[0], v)
			}
		}
	}
	c.m.errorf(n, "unsupported: hasattr() whose answer is only known at run time")
	return &ir.Nil{}
}
