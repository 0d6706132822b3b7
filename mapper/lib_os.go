package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// The os and os.path functions, and other library functions whose
// arguments are plain values, map to one Go or runtime function each; their
// Python signatures use the libArgs notation ("path:str, exist_ok=False:bool").

// plainFunc is a library function translated as a call of fn.
type plainFunc struct {
	fn     ir.Expr
	params string
	ret    Type // nil: returns None
}

var strPair = &TupleT{Elems: []Type{StrT, StrT}}

func init() {
	rt := func(name string) ir.Expr { return ir.Q(ir.Runtime, name) }
	registerPlainFuncs(map[string]plainFunc{
		"os.getcwd":        {rt("Getcwd"), "", StrT},
		"os.cpu_count":     {ir.Q("runtime", "NumCPU"), "", IntT},
		"os.remove":        {rt("Remove"), "path:str", nil},
		"os.unlink":        {rt("Remove"), "path:str", nil},
		"os.rmdir":         {rt("Rmdir"), "path:str", nil},
		"os.makedirs":      {rt("Makedirs"), "name:str, mode=511:ignore, exist_ok=False:bool", nil},
		"os.listdir":       {rt("Listdir"), "path:str", &ListT{Elem: StrT}},
		"os.path.exists":   {rt("PathExists"), "path:str", BoolT},
		"os.path.isdir":    {rt("PathIsdir"), "s:str", BoolT},
		"os.path.isfile":   {rt("PathIsfile"), "path:str", BoolT},
		"os.path.basename": {rt("PathBasename"), "p:str", StrT},
		"os.path.dirname":  {rt("PathDirname"), "p:str", StrT},
		"os.path.split":    {rt("PathSplit"), "p:str", strPair},
		"os.path.splitext": {rt("PathSplitext"), "p:str", strPair},
		"time.time_ns":     {rt("TimeNs"), "", IntT},
		"time.strftime":    {rt("TimeStrftime"), "format:str, t=None:structtime", StrT},
		"time.localtime":   {rt("Localtime"), "secs=None:secs", &ObjT{Class: "time.struct_time"}},
		"time.gmtime":      {rt("Gmtime"), "secs=None:secs", &ObjT{Class: "time.struct_time"}},
		"time.asctime":     {rt("Asctime"), "t=None:structtime", StrT},
		"time.ctime":       {rt("Ctime"), "secs=None:secs", StrT},
	})

	props := map[string]libProp{}
	for _, f := range []string{"year", "mon", "mday", "hour", "min", "sec", "wday", "yday", "isdst"} {
		props["tm_"+f] = libProp{"Tm" + upperFirst(f), "", IntT}
	}
	libClasses["time.struct_time"] = &libClass{goName: "StructTime", props: props}

	// os.environ.get(key, default) and os.getenv(key, default): a str, or
	// the default (None when absent).
	attrTypeHooks["os.environ"] = func(*mapper, *Scope, *ast.Attribute) Type { return &ObjT{Class: "os._Environ"} }
	libClasses["os._Environ"] = &libClass{goName: "Environ"}
	getenvType := func(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		if len(args) > 1 {
			return join(StrT, args[1])
		}
		return optional(StrT)
	}
	getenv := func(c *fnCtx, n *ast.Call) ir.Expr {
		if len(n.Args) == 0 || len(n.Args) > 2 || len(n.Keywords) > 0 {
			c.m.errorf(n, "unsupported: os.environ.get arguments")
			return &ir.Nil{}
		}
		var def ir.Expr = &ir.Nil{}
		if len(n.Args) == 2 {
			def = c.expr(n.Args[1])
		}
		get := ir.CallOf(ir.Q(ir.Runtime, "Getenv"), c.exprAs(n.Args[0], StrT), def)
		if c.m.info.Types[n] == StrT {
			return &ir.TypeAssert{X: get, Type: ir.String}
		}
		return get
	}
	libTypeHooks["os.getenv"] = getenvType
	libCallHooks["os.getenv"] = getenv
	methodTypeHooks["os._Environ.get"] = func(m *mapper, s *Scope, n *ast.Call, _ *ObjT, args []Type) Type {
		return getenvType(m, s, n, args)
	}
	methodCallHooks["os._Environ.get"] = func(c *fnCtx, n *ast.Call, _ ast.Expr, _ *ObjT) ir.Expr { return getenv(c, n) }

	attrTypeHooks["os.path"] = func(*mapper, *Scope, *ast.Attribute) Type { return &ModuleT{Name: "os.path"} }
	attrTypeHooks["os.sep"] = func(*mapper, *Scope, *ast.Attribute) Type { return StrT }
	attrHooks["os.sep"] = func(*fnCtx, *ast.Attribute) ir.Expr { return ir.L("/") }

	libTypeHooks["os.path.join"] = func(*mapper, *Scope, *ast.Call, []Type) Type { return StrT }
	libCallHooks["os.path.join"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		if len(n.Args) == 0 || len(n.Keywords) > 0 {
			c.m.errorf(n, "os.path.join expects positional paths")
			return ir.L("")
		}
		args := make([]ir.Expr, len(n.Args))
		for i, a := range n.Args {
			args[i] = c.exprAs(a, StrT)
		}
		return ir.CallOf(ir.Q(ir.Runtime, "PathJoin"), args...)
	}
}

// registerPlainFuncs installs the type and call hooks of plain functions.
func registerPlainFuncs(funcs map[string]plainFunc) {
	for name, f := range funcs {
		libTypeHooks[name] = func(*mapper, *Scope, *ast.Call, []Type) Type {
			if f.ret == nil {
				return NoneT
			}
			return f.ret
		}
		libCallHooks[name] = func(c *fnCtx, n *ast.Call) ir.Expr {
			return ir.CallOf(f.fn, c.plainArgs(n, parseParams(f.params))...)
		}
	}
}

// plainArgs is libArgs plus the kinds of the time functions: "secs" (None
// is the current time, passed as NaN) and "structtime" (None is now, nil).
func (c *fnCtx) plainArgs(n *ast.Call, params []libParam) []ir.Expr {
	for _, kw := range n.Keywords {
		known := false
		for _, p := range params {
			known = known || p.name == string(kw.Arg)
		}
		if !known {
			c.m.errorf(kw.Value, "unexpected keyword argument '%s'", string(kw.Arg))
		}
	}
	var out []ir.Expr
	for i, p := range params {
		var e ast.Expr
		if i < len(n.Args) {
			e = n.Args[i]
		} else {
			e = keyword(n, p.name)
		}
		if e == nil && !p.hasDef {
			c.m.errorf(n, "missing argument '%s'", p.name)
			out = append(out, &ir.Nil{})
			continue
		}
		if e == nil && p.kind == "str" {
			def := p.def
			if def == "None" {
				def = ""
			}
			out = append(out, ir.L(def))
			continue
		}
		isNone := e == nil || c.m.info.Types[e] == NoneT
		switch p.kind {
		case "secs":
			if isNone {
				out = append(out, ir.CallOf(ir.Q("math", "NaN")))
			} else {
				out = append(out, c.exprAs(e, FloatT))
			}
			continue
		case "structtime":
			if isNone {
				out = append(out, &ir.Nil{})
			} else {
				out = append(out, c.expr(e))
			}
			continue
		}
		out = append(out, c.libArgs(&ast.Call{Args: argList(e), Keywords: nil}, []libParam{p}, nil)...)
	}
	if len(n.Args) > len(params) {
		c.m.errorf(n.Args[len(params)], "too many arguments")
	}
	return out
}

func argList(e ast.Expr) []ast.Expr {
	if e == nil {
		return nil
	}
	return []ast.Expr{e}
}
