package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// datetime: naive datetime, date and timedelta are runtime types
// (runtime/datetime.go); their operators (datetime - datetime, datetime +
// timedelta, comparisons) go through the container protocol's operator
// table, their fields are getter methods.

const (
	dtClass = "datetime.datetime"
	dClass  = "datetime.date"
	tdClass = "datetime.timedelta"
)

func init() {
	intProps := func(names ...string) map[string]libProp {
		props := map[string]libProp{}
		for _, n := range names {
			props[n] = libProp{upperFirst(n), "", IntT}
		}
		return props
	}
	libClasses[dtClass] = &libClass{goName: "Datetime", methods: map[string]libMethod{
		"strftime": {"Strftime", "format:str", StrT}, "isoformat": {"Isoformat", "", StrT},
		"weekday": {"Weekday", "", IntT}, "date": {"Date", "", &ObjT{Class: dClass}},
	}, props: intProps("year", "month", "day", "hour", "minute", "second", "microsecond")}
	libClasses[dClass] = &libClass{goName: "Date", methods: map[string]libMethod{
		"strftime": {"Strftime", "format:str", StrT}, "isoformat": {"Isoformat", "", StrT},
		"weekday": {"Weekday", "", IntT},
	}, props: intProps("year", "month", "day")}
	libClasses[tdClass] = &libClass{goName: "Timedelta", methods: map[string]libMethod{
		"total_seconds": {"TotalSeconds", "", FloatT},
	}, props: intProps("days", "seconds", "microseconds")}

	td := &ObjT{Class: tdClass}
	noElem := func(*ObjT) Type { return Unknown }
	objProtocols[tdClass] = &objProtocol{elem: noElem, equal: true, ordered: true,
		binops: map[ast.OperatorNumber]string{ast.Add: "Add", ast.Sub: "Sub"}}
	objProtocols[dtClass] = &objProtocol{elem: noElem, equal: true, ordered: true,
		binopWith: func(op ast.OperatorNumber, l *ObjT, r Type) (Type, string) {
			ro, _ := r.(*ObjT)
			switch {
			case ro == nil:
			case op == ast.Sub && ro.Class == dtClass:
				return td, "Sub"
			case op == ast.Add && ro.Class == tdClass:
				return l, "Add"
			case op == ast.Sub && ro.Class == tdClass:
				return l, "SubDelta"
			}
			return nil, ""
		}}
	objProtocols[dClass] = &objProtocol{elem: noElem, equal: true, ordered: true,
		binopWith: func(op ast.OperatorNumber, l *ObjT, r Type) (Type, string) {
			ro, _ := r.(*ObjT)
			switch {
			case ro == nil:
			case op == ast.Sub && ro.Class == dClass:
				return td, "Sub"
			case op == ast.Add && ro.Class == tdClass:
				return l, "Add"
			}
			return nil, ""
		}}

	classFuncs := map[string]struct {
		goName string
		typ    Type
	}{
		dtClass + ".now": {"DatetimeNow", &ObjT{Class: dtClass}}, dtClass + ".today": {"DatetimeNow", &ObjT{Class: dtClass}},
		dClass + ".today": {"Today", &ObjT{Class: dClass}},
	}
	for name, f := range classFuncs {
		attrTypeHooks[name] = func(*mapper, *Scope, *ast.Attribute) Type { return &LibFuncT{Name: name} }
		libTypeHooks[name] = func(*mapper, *Scope, *ast.Call, []Type) Type { return f.typ }
		libCallHooks[name] = func(c *fnCtx, n *ast.Call) ir.Expr {
			if len(n.Args) > 0 || len(n.Keywords) > 0 {
				c.m.errorf(n, "unsupported: %s with a time zone", name)
			}
			return ir.CallOf(ir.Q(ir.Runtime, f.goName))
		}
	}
	registerPlainFuncs(map[string]plainFunc{
		dtClass: {ir.Q(ir.Runtime, "NewDatetime"), "year:int, month:int, day:int, hour=0:int, minute=0:int, second=0:int, microsecond=0:int", &ObjT{Class: dtClass}},
		dClass:  {ir.Q(ir.Runtime, "NewDate"), "year:int, month:int, day:int", &ObjT{Class: dClass}},
	})
	libTypeHooks[tdClass] = func(*mapper, *Scope, *ast.Call, []Type) Type { return td }
	libCallHooks[tdClass] = func(c *fnCtx, n *ast.Call) ir.Expr {
		names := []string{"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}
		args := make([]ir.Expr, len(names))
		for i := range args {
			args[i] = ir.L(0.0)
		}
		for i, a := range n.Args {
			if i >= len(names) {
				c.m.errorf(a, "too many arguments to datetime.timedelta")
				break
			}
			args[i] = c.exprAs(a, FloatT)
		}
		for _, kw := range n.Keywords {
			found := false
			for i, name := range names {
				if name == string(kw.Arg) {
					args[i], found = c.exprAs(kw.Value, FloatT), true
				}
			}
			if !found {
				c.m.errorf(kw.Value, "datetime.timedelta() got an unexpected keyword argument '%s'", kw.Arg)
			}
		}
		return ir.CallOf(ir.Q(ir.Runtime, "NewTimedelta"), args...)
	}
}
