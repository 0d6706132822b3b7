package mapper

import (
	"strings"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// The logging module maps to the runtime's logging (runtime/logging.go),
// because log and log/slog cannot print CPython's records byte for byte:
// module functions log through pyrt.RootLogger(), getLogger() is
// pyrt.GetLogger, basicConfig() a pyrt.LogConfig literal. A format that
// shows %(threadName)s or %(thread)d makes every thread of the program a
// runtime thread, so the names are CPython's.

var logLevels = map[string]string{
	"NOTSET": "LogNotset", "DEBUG": "LogDebug", "INFO": "LogInfo", "WARNING": "LogWarning",
	"WARN": "LogWarning", "ERROR": "LogError", "CRITICAL": "LogCritical", "FATAL": "LogCritical",
}

// logMethods are the logging calls of module and Logger alike, by level.
var logMethods = map[string]string{
	"debug": "LogDebug", "info": "LogInfo", "warning": "LogWarning", "warn": "LogWarning",
	"error": "LogError", "critical": "LogCritical", "fatal": "LogCritical", "exception": "LogError", "log": "",
}

func init() {
	libClasses["logging.Logger"] = &libClass{goName: "Logger", methods: map[string]libMethod{
		"setLevel": {"SetLevel", "level:int", nil}, "getEffectiveLevel": {"EffectiveLevel", "", IntT},
		"isEnabledFor": {"IsEnabledFor", "level:int", BoolT}, "addHandler": {"AddHandler", "hdlr", nil},
	}, props: map[string]libProp{
		"name": {"Name", "", StrT}, "level": {"Level", "", IntT}, "propagate": {"Propagate", "SetPropagate", BoolT},
		"handlers": {"Handlers", "", &ListT{Elem: &ObjT{Class: "logging.Handler"}}},
	}}
	libClasses["logging.Handler"] = &libClass{goName: "LogHandler", methods: map[string]libMethod{
		"setLevel": {"SetLevel", "level:int", nil}, "setFormatter": {"SetFormatter", "fmt", nil},
		"close": {"Close", "", nil},
	}, props: map[string]libProp{"level": {"Level", "", IntT}}}
	libClasses["logging.Formatter"] = &libClass{goName: "LogFormatter"}

	for name, goName := range logLevels {
		attrTypeHooks["logging."+name] = func(*mapper, *Scope, *ast.Attribute) Type { return IntT }
		attrHooks["logging."+name] = func(*fnCtx, *ast.Attribute) ir.Expr { return ir.Q(ir.Runtime, goName) }
	}
	attrHooks["sys.stdout"] = func(*fnCtx, *ast.Attribute) ir.Expr { return ir.Q("os", "Stdout") }
	attrHooks["sys.stderr"] = func(*fnCtx, *ast.Attribute) ir.Expr { return ir.Q("os", "Stderr") }

	for method, level := range logMethods {
		libTypeHooks["logging."+method] = logCallType
		libCallHooks["logging."+method] = func(c *fnCtx, n *ast.Call) ir.Expr {
			return c.logCall(n, ir.CallOf(ir.Q(ir.Runtime, "RootLogger")), method, level)
		}
		methodTypeHooks["logging.Logger."+method] = func(m *mapper, s *Scope, n *ast.Call, _ *ObjT, args []Type) Type {
			return logCallType(m, s, n, args)
		}
		methodCallHooks["logging.Logger."+method] = func(c *fnCtx, n *ast.Call, recv ast.Expr, _ *ObjT) ir.Expr {
			return c.logCall(n, c.expr(recv), method, level)
		}
	}

	libTypeHooks["logging.basicConfig"] = func(m *mapper, _ *Scope, n *ast.Call, _ []Type) Type {
		m.logFormatShowsThreads(keyword(n, "format"))
		return NoneT
	}
	libCallHooks["logging.basicConfig"] = logBasicConfig
	libTypeHooks["logging.getLogger"] = func(*mapper, *Scope, *ast.Call, []Type) Type {
		return &ObjT{Class: "logging.Logger"}
	}
	libCallHooks["logging.getLogger"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		var name ir.Expr = ir.L("")
		if a := argOrKeyword(n, 0, "name"); a != nil {
			name = c.exprAs(a, StrT)
		}
		return ir.CallOf(ir.Q(ir.Runtime, "GetLogger"), name)
	}
	libTypeHooks["logging.getLevelName"] = func(*mapper, *Scope, *ast.Call, []Type) Type { return StrT }
	libCallHooks["logging.getLevelName"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		if len(n.Args) != 1 || c.m.info.Types[n.Args[0]] != IntT {
			c.m.errorf(n, "unsupported: logging.getLevelName of a non-int level")
			return ir.L("")
		}
		return ir.CallOf(ir.Q(ir.Runtime, "LevelName"), c.expr(n.Args[0]))
	}
	libTypeHooks["logging.shutdown"] = func(*mapper, *Scope, *ast.Call, []Type) Type { return NoneT }
	libCallHooks["logging.shutdown"] = func(*fnCtx, *ast.Call) ir.Expr {
		return ir.CallOf(ir.Q(ir.Runtime, "LoggingShutdown"))
	}
	handler := func(*mapper, *Scope, *ast.Call, []Type) Type { return &ObjT{Class: "logging.Handler"} }
	libTypeHooks["logging.StreamHandler"] = handler
	libCallHooks["logging.StreamHandler"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		var w ir.Expr = &ir.Nil{}
		if a := argOrKeyword(n, 0, "stream"); a != nil {
			w = c.logStream(a)
		}
		return ir.CallOf(ir.Q(ir.Runtime, "NewStreamHandler"), w)
	}
	libTypeHooks["logging.FileHandler"] = handler
	libCallHooks["logging.FileHandler"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		mode := ir.Expr(ir.L("a"))
		if a := argOrKeyword(n, 1, "mode"); a != nil {
			mode = c.exprAs(a, StrT)
		}
		return ir.CallOf(ir.Q(ir.Runtime, "NewFileHandler"), c.exprAs(argOrKeyword(n, 0, "filename"), StrT), mode)
	}
	libTypeHooks["logging.Formatter"] = func(m *mapper, _ *Scope, n *ast.Call, _ []Type) Type {
		m.logFormatShowsThreads(argOrKeyword(n, 0, "fmt"))
		return &ObjT{Class: "logging.Formatter"}
	}
	libCallHooks["logging.Formatter"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		for _, kw := range n.Keywords {
			if string(kw.Arg) != "fmt" && string(kw.Arg) != "datefmt" {
				c.m.errorf(kw.Value, "unsupported: logging.Formatter(%s=)", string(kw.Arg))
			}
		}
		if len(n.Args) > 2 {
			c.m.errorf(n.Args[2], "unsupported: logging.Formatter style other than %%")
		}
		c.checkLogFormat(argOrKeyword(n, 0, "fmt"))
		return ir.CallOf(ir.Q(ir.Runtime, "NewLogFormatter"), c.optStr(argOrKeyword(n, 0, "fmt")), c.optStr(argOrKeyword(n, 1, "datefmt")))
	}
}

func logCallType(m *mapper, _ *Scope, n *ast.Call, _ []Type) Type { return NoneT }

// logFormatShowsThreads makes all threads runtime threads when a logging
// format names the thread, which a bare goroutine cannot tell.
// A format that is not a string literal may name them: all threads are
// runtime threads then too.
func (m *mapper) logFormatShowsThreads(format ast.Expr) {
	if format == nil {
		return
	}
	if s, ok := format.(*ast.Str); ok && !strings.Contains(string(s.S), "%(thread") {
		return
	}
	for _, g := range m.groups {
		if g := g.find(); !g.Queried {
			g.Queried = true
			m.changed = true
		}
	}
}

// logRecordAttrs are the record attributes the runtime formatter fills.
var logRecordAttrs = map[string]bool{
	"name": true, "levelname": true, "levelno": true, "message": true, "msg": true,
	"asctime": true, "msecs": true, "created": true, "relativeCreated": true,
	"thread": true, "threadName": true, "process": true, "processName": true,
}

// checkLogFormat diagnoses record attributes of a literal logging format
// that Go cannot give (funcName, lineno: Go code has no Python frames).
func (c *fnCtx) checkLogFormat(format ast.Expr) {
	s, ok := format.(*ast.Str)
	if !ok {
		return
	}
	text := string(s.S)
	for {
		i := strings.Index(text, "%(")
		if i < 0 {
			return
		}
		j := strings.IndexByte(text[i:], ')')
		if j < 0 {
			return
		}
		if name := text[i+2 : i+j]; !logRecordAttrs[name] {
			c.m.errorf(format, "unsupported: logging format attribute %%(%s)", name)
		}
		text = text[i+j:]
	}
}

// optStr translates an optional str argument: absent or None is "".
func (c *fnCtx) optStr(e ast.Expr) ir.Expr {
	if e == nil || c.m.info.Types[e] == NoneT {
		return ir.L("")
	}
	return c.exprAs(e, StrT)
}

// logStream translates a stream argument: sys.stdout or sys.stderr.
func (c *fnCtx) logStream(e ast.Expr) ir.Expr {
	if lf, ok := c.m.info.Types[e].(*LibFuncT); ok && (lf.Name == "sys.stdout" || lf.Name == "sys.stderr") {
		return c.expr(e)
	}
	c.m.errorf(e, "unsupported: a logging stream other than sys.stdout or sys.stderr")
	return &ir.Nil{}
}

// logCall translates logger.<method>(msg, *args, exc_info=...) and
// logging.<method>(...); level is the runtime's level constant, "" for
// log(level, msg, ...).
func (c *fnCtx) logCall(n *ast.Call, logger ir.Expr, method, level string) ir.Expr {
	args := n.Args
	var lvl ir.Expr
	if level == "" {
		if len(args) == 0 {
			c.m.errorf(n, "logging log() expects a level")
			return &ir.Nil{}
		}
		lvl = c.exprAs(args[0], IntT)
		args = args[1:]
	} else {
		lvl = ir.Q(ir.Runtime, level)
	}
	if len(args) == 0 {
		c.m.errorf(n, "logging %s() expects a message", method)
		return &ir.Nil{}
	}
	withExc := method == "exception"
	for _, kw := range n.Keywords {
		switch string(kw.Arg) {
		case "exc_info":
			switch {
			case isTrueConst(kw.Value):
				withExc = true
			case !isFalseConst(kw.Value):
				c.m.errorf(kw.Value, "unsupported: logging exc_info other than True or False")
			}
		default:
			c.m.errorf(kw.Value, "unsupported: logging %s(%s=)", method, string(kw.Arg))
		}
	}
	out := []ir.Expr{c.exprAs(args[0], StrT)}
	for _, a := range args[1:] {
		out = append(out, c.expr(a))
	}
	if withExc {
		// The report of the exception the enclosing except clause handles.
		if c.excVar == "" {
			c.m.errorf(n, "unsupported: logging with exc_info outside an except clause")
			return &ir.Nil{}
		}
		return ir.CallOf(ir.Sel(logger, "LogExc"), append([]ir.Expr{lvl, ir.Id(c.excVar)}, out...)...)
	}
	if level != "" {
		// logger.Info(msg, args...) reads better than Log(LogInfo, ...).
		return ir.CallOf(ir.Sel(logger, level[len("Log"):]), out...)
	}
	return ir.CallOf(ir.Sel(logger, "Log"), append([]ir.Expr{lvl}, out...)...)
}

func isFalseConst(e ast.Expr) bool {
	nc, ok := e.(*ast.NameConstant)
	return ok && nc.Value.Type().Name == "bool" && !isTrueConst(e)
}

// logBasicConfig translates logging.basicConfig(level=, format=, datefmt=,
// stream=, filename=, filemode=).
func logBasicConfig(c *fnCtx, n *ast.Call) ir.Expr {
	var elts []ir.Expr
	field := func(name string, v ir.Expr) { elts = append(elts, &ir.KeyValue{Key: ir.Id(name), Value: v}) }
	level := ir.Expr(ir.L(-1))
	for _, kw := range n.Keywords {
		switch string(kw.Arg) {
		case "level":
			level = c.exprAs(kw.Value, IntT)
		case "format":
			c.checkLogFormat(kw.Value)
			field("Format", c.exprAs(kw.Value, StrT))
		case "datefmt":
			field("Datefmt", c.optStr(kw.Value))
		case "stream":
			field("Stream", c.logStream(kw.Value))
		case "filename":
			field("Filename", c.exprAs(kw.Value, StrT))
		case "filemode":
			field("Filemode", c.exprAs(kw.Value, StrT))
		default:
			c.m.errorf(kw.Value, "unsupported: logging.basicConfig(%s=)", string(kw.Arg))
		}
	}
	if len(n.Args) > 0 {
		c.m.errorf(n.Args[0], "unsupported: logging.basicConfig positional arguments")
	}
	elts = append([]ir.Expr{&ir.KeyValue{Key: ir.Id("Level"), Value: level}}, elts...)
	return ir.CallOf(ir.Q(ir.Runtime, "BasicConfig"), &ir.Composite{Type: ir.RT("LogConfig"), Elts: elts})
}
