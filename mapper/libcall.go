package mapper

import (
	"math"
	"strings"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// libCall translates calls of built-in and library functions used as
// values.
func (c *fnCtx) libCall(n *ast.Call, name string) ir.Expr {
	if x, ok := c.unzip(n, name); ok {
		return x
	}
	if n.Starargs != nil || n.Kwargs != nil {
		c.m.errorf(n, "unsupported: * or ** arguments in a call of %s()", strings.TrimPrefix(name, "builtins."))
		return &ir.Nil{}
	}
	if h := libCallHooks[name]; h != nil {
		if !c.m.hookArgsOK(name, n) {
			return &ir.Nil{}
		}
		return h(c, n)
	}
	if x, ok := c.seededRandom(n, name); ok {
		return x
	}
	arg := func(i int) ast.Expr {
		if i < len(n.Args) {
			return n.Args[i]
		}
		c.m.errorf(n, "%s expects more arguments", name)
		return &ast.Num{N: nil}
	}
	at := func(i int) Type { return c.m.info.Types[arg(i)] }
	if len(n.Args) == 1 && len(n.Keywords) == 0 {
		if x, ok := c.numBuiltin(name, n.Args[0]); ok {
			return x
		}
	}
	switch name {
	case "builtins.len":
		if _, p := protocolOf(at(0)); p != nil {
			return c.protoLen(arg(0))
		}
		if dt, ok := at(0).(*DictT); ok {
			return c.dictLen(arg(0), dt)
		}
		if at(0) == StrT {
			return c.strLen(arg(0))
		}
		if tt := tupleView(at(0)); tt != nil && pureTuple(arg(0)) {
			return ir.L(len(tt.Elems)) // a named tuple's length is its field count
		}
		if tt, ok := at(0).(*TupleT); ok {
			if !pureTuple(arg(0)) {
				c.m.errorf(arg(0), "unsupported: len() of a computed tuple; assign it to a variable first")
				return &ir.Nil{}
			}
			return ir.L(len(tt.Elems)) // a tuple's length is part of its type
		}
		return ir.CallOf(ir.Id("len"), c.expr(arg(0)))
	case "builtins.str":
		if len(n.Args) == 0 {
			return ir.L("")
		}
		return c.str(arg(0))
	case "builtins.repr":
		return c.repr(arg(0))
	case "builtins.int":
		if base := argOrKeyword(n, 1, "base"); base != nil {
			if at(0) != StrT || c.m.info.Types[base] != IntT {
				c.m.errorf(n, "unsupported: int() with a base of a %s", at(0))
				return &ir.Nil{}
			}
			c.m.raises = true
			return ir.CallOf(ir.Q(ir.Runtime, "ParseIntBase"), c.expr(arg(0)), c.expr(base))
		}
		switch at(0) {
		case IntT:
			return c.expr(arg(0))
		case FloatT, BoolT:
			if v, ok := evalConst(arg(0)); ok && v.isFloat && math.Abs(v.f) < 1<<63 {
				return ir.L(int(v.f)) // int(-7.9) folded: Go rejects the constant conversion
			}
			if at(0) == BoolT {
				return c.boolToInt(arg(0))
			}
			return ir.CallOf(&ir.TypeExpr{Type: ir.Int}, c.expr(arg(0)))
		case StrT:
			c.m.raises = true
			return ir.CallOf(ir.Q(ir.Runtime, "ParseInt"), c.expr(arg(0)))
		}
	case "builtins.float":
		switch at(0) {
		case IntT, FloatT:
			return c.exprAs(arg(0), FloatT)
		case StrT:
			c.m.raises = true
			return ir.CallOf(ir.Q(ir.Runtime, "ParseFloat"), c.expr(arg(0)))
		}
	case "builtins.abs":
		if at(0) == FloatT {
			return ir.CallOf(ir.Q("math", "Abs"), c.expr(arg(0)))
		}
		x := c.expr(arg(0))
		return ir.CallOf(ir.Id("max"), x, &ir.Unary{Op: "-", X: x})
	case "builtins.round":
		if len(n.Args) == 1 {
			return ir.CallOf(&ir.TypeExpr{Type: ir.Int}, ir.CallOf(ir.Q("math", "RoundToEven"), c.exprAs(arg(0), FloatT)))
		}
		if at(0) == IntT {
			c.m.raises = true // OverflowError past 64 bits
			return ir.CallOf(ir.Q(ir.Runtime, "RoundIntDigits"), c.expr(arg(0)), c.exprAs(arg(1), IntT))
		}
		return ir.CallOf(ir.Q(ir.Runtime, "Round"), c.exprAs(arg(0), FloatT), c.exprAs(arg(1), IntT))
	case "builtins.bool":
		return c.cond(arg(0))
	case "builtins.any", "builtins.all":
		if x := c.asSlice(arg(0)); x != nil {
			want := name == "builtins.any"
			v := c.names.claim("v")
			cond := ir.Expr(ir.Id(v))
			if !want {
				cond = &ir.Unary{Op: "!", X: ir.Id(v)}
			}
			body := (&ir.Block{}).Add(&ir.Range{Key: ir.Id("_"), Value: ir.Id(v), Define: true, X: x,
				Body: (&ir.Block{}).Add(&ir.If{Cond: cond, Then: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{ir.L(want)}})})})
			body.Add(&ir.Return{Results: []ir.Expr{ir.L(!want)}})
			return ir.CallOf(&ir.FuncLit{Results: []ir.Type{ir.Bool}, Body: body})
		}
	case "builtins.divmod":
		if at(0) != IntT || at(1) != IntT {
			c.m.errorf(n, "unsupported: divmod() of floats; use // and %% on floats")
			return &ir.Nil{}
		}
		c.m.raises = true
		return ir.CallOf(ir.Q(ir.Runtime, "DivMod"), c.expr(arg(0)), c.expr(arg(1)))
	case "math.floor", "math.ceil":
		fn := "Floor"
		if name == "math.ceil" {
			fn = "Ceil"
		}
		return ir.CallOf(&ir.TypeExpr{Type: ir.Int}, ir.CallOf(ir.Q("math", fn), c.exprAs(arg(0), FloatT)))
	case "sys.exit":
		if len(n.Args) == 0 {
			return ir.CallOf(ir.Q(ir.Runtime, "Exit"), &ir.Nil{})
		}
		if at(0) == IntT || at(0) == StrT {
			return ir.CallOf(ir.Q(ir.Runtime, "Exit"), c.expr(arg(0)))
		}
	case "time.sleep":
		return c.sleep(arg(0))
	case "time.time":
		return &ir.Binary{X: ir.CallOf(&ir.TypeExpr{Type: ir.Float}, ir.CallOf(ir.Sel(ir.CallOf(ir.Q("time", "Now")), "UnixNano"))), Op: "/", Y: ir.L(1e9)}
	case "time.perf_counter", "time.monotonic":
		return ir.CallOf(ir.Q(ir.Runtime, "Monotonic"))
	case "random.random":
		return ir.CallOf(ir.Q("math/rand/v2", "Float64"))
	case "random.randint":
		lo := c.expr(arg(0))
		span := &ir.Binary{X: &ir.Binary{X: c.expr(arg(1)), Op: "-", Y: lo}, Op: "+", Y: ir.L(1)}
		return &ir.Binary{X: lo, Op: "+", Y: ir.CallOf(ir.Q("math/rand/v2", "IntN"), span)}
	case "random.uniform":
		lo := c.exprAs(arg(0), FloatT)
		return &ir.Binary{X: lo, Op: "+", Y: &ir.Binary{X: &ir.Paren{X: &ir.Binary{X: c.exprAs(arg(1), FloatT), Op: "-", Y: lo}}, Op: "*", Y: ir.CallOf(ir.Q("math/rand/v2", "Float64"))}}
	case "random.choice":
		xs := c.expr(arg(0))
		return &ir.Index{X: xs, Index: ir.CallOf(ir.Q("math/rand/v2", "IntN"), ir.CallOf(ir.Id("len"), xs))}
	case "math.sqrt", "math.isnan", "math.trunc", "math.fabs", "math.exp", "math.log", "math.sin", "math.cos":
		fn := map[string]string{"math.sqrt": "Sqrt", "math.isnan": "IsNaN", "math.trunc": "Trunc", "math.fabs": "Abs",
			"math.exp": "Exp", "math.log": "Log", "math.sin": "Sin", "math.cos": "Cos"}[name]
		x := ir.CallOf(ir.Q("math", fn), c.exprAs(arg(0), FloatT))
		if name == "math.trunc" {
			return ir.CallOf(&ir.TypeExpr{Type: ir.Int}, x)
		}
		return x
	case "math.isinf":
		return ir.CallOf(ir.Q("math", "IsInf"), c.exprAs(arg(0), FloatT), ir.L(0))
	case "builtins.pow":
		if len(n.Args) == 3 {
			if at(0) != IntT || at(1) != IntT || at(2) != IntT {
				c.m.errorf(n, "unsupported: pow() with a modulus of non-ints")
				return &ir.Nil{}
			}
			c.m.raises = true
			return ir.CallOf(ir.Q(ir.Runtime, "PowMod"), c.expr(arg(0)), c.expr(arg(1)), c.expr(arg(2)))
		}
		if c.m.info.Types[n] == IntT {
			c.m.raises = true
			return ir.CallOf(ir.Q(ir.Runtime, "PowInt"), c.exprAs(arg(0), IntT), c.exprAs(arg(1), IntT))
		}
		return ir.CallOf(ir.Q("math", "Pow"), c.exprAs(arg(0), FloatT), c.exprAs(arg(1), FloatT))
	case "threading.Lock":
		if c.m.runtimeLocks {
			return ir.CallOf(ir.Q(ir.Runtime, "NewLock"))
		}
		return &ir.Unary{Op: "&", X: &ir.Composite{Type: &ir.Named{Pkg: "sync", Name: "Mutex"}}}
	case "threading.Thread":
		return c.newRuntimeThread(n)
	case "threading.local":
		return c.newLocalExpr(n)
	case "threading.current_thread", "threading.currentThread":
		return ir.CallOf(ir.Q(ir.Runtime, "CurrentThread"))
	case "threading.main_thread":
		return ir.CallOf(ir.Q(ir.Runtime, "MainThread"))
	case "threading.enumerate":
		return ir.CallOf(ir.Q(ir.Runtime, "Enumerate"))
	case "threading.active_count", "threading.activeCount":
		return ir.CallOf(ir.Q(ir.Runtime, "ActiveCount"))
	case "threading.get_ident":
		return ir.CallOf(ir.Q(ir.Runtime, "GetIdent"))
	case "threading.get_native_id":
		return ir.CallOf(ir.Q(ir.Runtime, "GetNativeID"))
	case "threading.getswitchinterval", "sys.getswitchinterval":
		return ir.CallOf(ir.Q(ir.Runtime, "GetSwitchInterval"))
	case "sys.setswitchinterval":
		// Go's scheduler is preemptive and has no switch interval: the
		// runtime only keeps the value for getswitchinterval.
		return ir.CallOf(ir.Q(ir.Runtime, "SetSwitchInterval"), c.exprAs(arg(0), FloatT))
	case "threading.Timer":
		return c.newTimer(n)
	}
	if libClasses[name] != nil {
		return c.objCtor(n, name, c.m.info.Types[n])
	}
	c.m.errorf(n, "unsupported call: %s", displayName(name))
	return &ir.Nil{}
}

func displayName(name string) string {
	if len(name) > 9 && name[:9] == "builtins." {
		return name[9:] + "()"
	}
	return name + "()"
}

// sleep translates time.sleep(seconds) into a time.Duration expression a
// Go programmer would write: 1 → time.Second, 0.5 → 500 * time.Millisecond.
func (c *fnCtx) sleep(e ast.Expr) ir.Expr {
	sleep := func(d ir.Expr) ir.Expr { return ir.CallOf(ir.Q("time", "Sleep"), d) }
	if num, ok := e.(*ast.Num); ok {
		var secs float64
		if v, ok := intConst(num); ok {
			secs = float64(v)
		} else if f, ok := numLit(num).(*ir.Lit).Value.(float64); ok {
			secs = f
		}
		return sleep(durationLit(secs))
	}
	if c.m.info.Types[e] == IntT {
		return sleep(&ir.Binary{X: ir.CallOf(ir.Q("time", "Duration"), c.expr(e)), Op: "*", Y: ir.Q("time", "Second")})
	}
	return sleep(ir.CallOf(ir.Q("time", "Duration"), &ir.Binary{X: c.exprAs(e, FloatT), Op: "*", Y: ir.CallOf(&ir.TypeExpr{Type: ir.Float}, ir.Q("time", "Second"))}))
}

func durationLit(secs float64) ir.Expr {
	units := []struct {
		name string
		per  float64
	}{{"Second", 1}, {"Millisecond", 1e3}, {"Microsecond", 1e6}, {"Nanosecond", 1e9}}
	for _, u := range units {
		v := secs * u.per
		if v == float64(int64(v)) {
			if v == 1 {
				return ir.Q("time", u.name)
			}
			return &ir.Binary{X: ir.L(int(v)), Op: "*", Y: ir.Q("time", u.name)}
		}
	}
	return ir.CallOf(ir.Q("time", "Duration"), &ir.Binary{X: ir.L(secs), Op: "*", Y: ir.CallOf(&ir.TypeExpr{Type: ir.Float}, ir.Q("time", "Second"))})
}

// methodCall translates method calls of built-in values used as values.
func (c *fnCtx) methodCall(n *ast.Call, f *methodT) ir.Expr {
	attr, ok := n.Func.(*ast.Attribute)
	if !ok {
		// A method value reached through an expression (`(+x.m)()`).
		c.m.errorf(n.Func, "unsupported: calling the method %s through an expression; call it directly as x.%s(...)", f, f.Name)
		return &ir.Nil{}
	}
	recv := attr.Value
	if x, ok := c.namedTupleAsdict(n, f); ok {
		return x
	}
	if !c.m.checkMethodArity(n, f) {
		return &ir.Nil{}
	}
	if tt, ok := f.Recv.(*TupleT); ok && f.Name == "index" {
		return c.tupleIndex(n, attr.Value, tt)
	}
	if ft, ok := f.Recv.(*FuncT); ok {
		if x := c.decoratedMethod(n, ft.Fn, f.Name); x != nil {
			return x
		}
	}
	if o, ok := f.Recv.(*ObjT); ok {
		if h := methodCallHooks[o.Class+"."+f.Name]; h != nil {
			if !c.m.hookArgsOK(o.Class+"."+f.Name, n) {
				return &ir.Nil{}
			}
			return h(c, n, recv, o)
		}
	}
	if lc, elem := c.objClass(f.Recv); lc != nil {
		if x, ok := c.objMethod(n, recv, lc, elem, f.Name); ok {
			return x
		}
	}
	if dt, ok := f.Recv.(*DictT); ok {
		if x, ok := c.dictMethod(n, recv, dt, f.Name); ok {
			return x
		}
	}
	x := c.expr(recv)
	args := make([]ir.Expr, len(n.Args))
	for i, a := range n.Args {
		args[i] = c.expr(a)
	}
	if f.Recv == StrT {
		if y, ok := c.strMethod(n, f.Name, x, args); ok {
			return y
		}
		if fn, ok := strFuncs[f.Name]; ok && len(args) == fn.args {
			return ir.CallOf(ir.Q("strings", fn.name), append([]ir.Expr{x}, args...)...)
		}
		if fn, ok := pyStrFuncs[f.Name]; ok && len(args) >= fn.min && len(args) <= len(fn.defaults)+fn.min {
			all := append([]ir.Expr{x}, args...)
			for i := len(args) - fn.min; i < len(fn.defaults); i++ {
				all = append(all, fn.defaults[i])
			}
			return ir.CallOf(ir.Q(ir.Runtime, fn.name), all...)
		}
		switch f.Name {
		case "join":
			if len(args) == 1 && c.m.info.Types[n.Args[0]] == StrT {
				return ir.CallOf(ir.Q("strings", "Join"), strChars(args[0]), x)
			}
			if len(args) == 1 {
				return ir.CallOf(ir.Q("strings", "Join"), c.exprAs(n.Args[0], &ListT{Elem: StrT}), x)
			}
		case "split":
			if len(args) == 0 {
				return ir.CallOf(ir.Q("strings", "Fields"), x)
			}
			if len(args) == 1 {
				return ir.CallOf(ir.Q("strings", "Split"), x, args[0])
			}
			if len(args) == 2 {
				return ir.CallOf(ir.Q(ir.Runtime, "Split"), x, args[0], args[1])
			}
		case "strip":
			if len(args) == 1 {
				return ir.CallOf(ir.Q(ir.Runtime, "Strip"), x, args[0])
			}
		case "replace":
			if len(args) == 3 {
				return ir.CallOf(ir.Q("strings", "Replace"), x, args[0], args[1], args[2])
			}
		case "splitlines":
			keep := ir.Expr(ir.L(false))
			if len(n.Args) == 1 {
				keep = c.cond(n.Args[0])
			}
			return ir.CallOf(ir.Q(ir.Runtime, "SplitLines"), x, keep)
		case "format":
			return c.strFormat(n, x)
		}
	}
	if lt, ok := f.Recv.(*ListT); ok {
		switch f.Name {
		case "pop":
			ref := ir.Expr(&ir.Unary{Op: "&", X: x})
			if u, ok := x.(*ir.Unary); ok && u.Op == "*" {
				ref = u.X
			}
			if len(args) == 0 {
				return ir.CallOf(ir.Q(ir.Runtime, "Pop"), ref)
			}
			return ir.CallOf(ir.Q(ir.Runtime, "PopAt"), ref, args[0])
		case "count":
			return c.countIn(x, n.Args[0], lt)
		case "index":
			if len(n.Args) != 1 {
				c.m.errorf(n, "unsupported: list.index with start or stop")
				return &ir.Nil{}
			}
			c.m.raises = true
			if lt.Elem == NumT {
				return ir.CallOf(ir.Q(ir.Runtime, "IndexNum"), x, c.asNum(n.Args[0]))
			}
			return ir.CallOf(ir.Q(ir.Runtime, "ListIndex"), x, c.exprAs(n.Args[0], lt.Elem))
		case "copy":
			return ir.CallOf(ir.Q("slices", "Clone"), x)
		}
	}
	if lf, ok := f.Recv.(*LibFuncT); ok && (lf.Name == "sys.stdout" || lf.Name == "sys.stderr") {
		w := ir.Q("os", "Stdout")
		if lf.Name == "sys.stderr" {
			w = ir.Q("os", "Stderr")
		}
		switch f.Name {
		case "write":
			if !c.writingStmt && len(n.Args) == 1 && c.m.info.Types[n.Args[0]] == StrT {
				// Used for its value: the count of characters written.
				return ir.CallOf(ir.Q(ir.Runtime, "WriteString"), w, c.expr(n.Args[0]))
			}
			if !c.writingStmt {
				c.m.errorf(n, "unsupported: using the result of %s.write; call it as a statement", lf.Name)
				return &ir.Nil{}
			}
			if len(n.Args) == 1 && c.m.info.Types[n.Args[0]] == StrT {
				return ir.CallOf(ir.Q("fmt", "Fprint"), w, c.expr(n.Args[0]))
			}
		case "flush":
			return ir.CallOf(ir.Sel(w, "Sync"))
		}
	}
	if _, ok := f.Recv.(*LockT); ok && f.Name == "acquire" {
		if b := keyword(n, "blocking"); (b != nil && !isTrueConst(b)) || (len(n.Args) == 1 && !isTrueConst(n.Args[0])) {
			return ir.CallOf(ir.Sel(x, "TryLock"))
		}
	}
	if f.Recv == AnyT {
		c.m.errorf(n, "unsupported method: .%s() on a value of several types (any); keep values of one type in each variable or container", f.Name)
		return &ir.Nil{}
	}
	c.m.errorf(n, "unsupported method: %s.%s()", f.Recv, f.Name)
	return &ir.Nil{}
}

type strFunc struct {
	name string
	args int
}

// pyStrFuncs are str methods whose Python semantics the runtime keeps
// (whitespace set, maxsplit, code-point indexes).
var pyStrFuncs = map[string]struct {
	name     string
	min      int
	defaults []ir.Expr
}{
	"title": {"Title", 0, nil}, "capitalize": {"Capitalize", 0, nil}, "swapcase": {"SwapCase", 0, nil},
	"rsplit": {"RSplit", 0, []ir.Expr{ir.L(""), ir.L(-1)}}, "index": {"Index", 1, nil}, "find": {"Find", 1, nil},
	"center": {"Center", 1, []ir.Expr{ir.L(' ')}}, "ljust": {"LJust", 1, []ir.Expr{ir.L(' ')}},
	"rjust": {"RJust", 1, []ir.Expr{ir.L(' ')}}, "zfill": {"ZFill", 1, nil},
	"lstrip": {"LStrip", 0, []ir.Expr{ir.L("")}}, "rstrip": {"RStrip", 0, []ir.Expr{ir.L("")}},
	"isdigit": {"IsDigit", 0, nil}, "isalpha": {"IsAlpha", 0, nil}, "isspace": {"IsSpace", 0, nil},
}

var strFuncs = map[string]strFunc{
	"upper": {"ToUpper", 0}, "lower": {"ToLower", 0}, "strip": {"TrimSpace", 0},
	"replace": {"ReplaceAll", 2}, "startswith": {"HasPrefix", 1}, "endswith": {"HasSuffix", 1},
	"count": {"Count", 1},
}
