package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

func typ(t ir.Type) *jen.Statement {
	switch t := t.(type) {
	case *ir.Basic:
		return jen.Id(t.Name)
	case *ir.Named:
		var s *jen.Statement
		if t.Pkg == "" {
			s = jen.Id(t.Name)
		} else {
			s = jen.Qual(t.Pkg, t.Name)
		}
		if len(t.Args) > 0 {
			s.Types(types(t.Args)...)
		}
		return s
	case *ir.Pointer:
		return jen.Op("*").Add(typ(t.Elem))
	case *ir.Slice:
		return jen.Index().Add(typ(t.Elem))
	case *ir.Map:
		return jen.Map(typ(t.Key)).Add(typ(t.Value))
	case *ir.Chan:
		switch t.Dir {
		case ir.SendOnly:
			return jen.Chan().Op("<-").Add(typ(t.Elem))
		case ir.RecvOnly:
			return jen.Op("<-").Chan().Add(typ(t.Elem))
		}
		return jen.Chan().Add(typ(t.Elem))
	case *ir.FuncType:
		return jen.Func().Params(params(t.Params, t.Variadic)...).Add(results(t.Results))
	case *ir.Struct:
		fields := make([]jen.Code, len(t.Fields))
		for i, f := range t.Fields {
			var s *jen.Statement
			if f.Embed {
				s = typ(f.Type)
			} else {
				s = jen.Id(f.Name).Add(typ(f.Type))
			}
			if f.Comment != "" {
				s.Comment(f.Comment)
			}
			fields[i] = s
		}
		return jen.Struct(fields...)
	case *ir.Interface:
		methods := make([]jen.Code, len(t.Methods))
		for i, m := range t.Methods {
			methods[i] = jen.Id(m.Name).Params(params(m.Type.Params, m.Type.Variadic)...).Add(results(m.Type.Results))
		}
		return jen.Interface(methods...)
	}
	panic(fmt.Sprintf("emit: unknown type %T", t))
}

func types(ts []ir.Type) []jen.Code {
	out := make([]jen.Code, len(ts))
	for i, t := range ts {
		out[i] = typ(t)
	}
	return out
}
