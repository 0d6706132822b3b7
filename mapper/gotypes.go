package mapper

import "github.com/py2goconc/py2goconc/mapper/ir"

// goType is the Go type that represents values of Python type t.
func (m *mapper) goType(t Type) ir.Type {
	switch x := t.(type) {
	case *basicType:
		switch x {
		case IntT:
			return ir.Int
		case FloatT:
			return ir.Float
		case StrT:
			return ir.String
		case BoolT:
			return ir.Bool
		case NumT:
			return numRuntime
		}
		return ir.Any
	case *ListT:
		if x.Tuple {
			return ir.RT("SeqTuple", m.goType(x.Elem))
		}
		return &ir.Slice{Elem: m.goType(x.Elem)}
	case *iterT:
		if x.Kind == "seq" {
			return &ir.Named{Pkg: "iter", Name: "Seq", Args: []ir.Type{m.goType(x.Elem)}}
		}
		return &ir.Slice{Elem: m.goType(x.Elem)}
	case *SetT:
		if x.Frozen {
			return ir.RT("FrozenSet", m.goType(x.Elem))
		}
		return ir.RT("Set", m.goType(x.Elem))
	case *DictT:
		return m.dictGoType(x)
	case *TupleT:
		if len(x.Elems) >= 1 && len(x.Elems) <= 5 {
			return ir.RT(tupleName(len(x.Elems)), m.goTypes(x.Elems)...)
		}
		if len(x.Elems) == 0 {
			return ir.RT("Tuple") // ()
		}
		return &ir.Slice{Elem: ir.Any}
	case *OptionalT:
		switch x.Elem.(type) {
		case *InstanceT, *ListT, *DictT, *SetT:
			return m.goType(x.Elem)
		}
		return ir.Any
	case *InstanceT:
		return instanceGoType(x.Class)
	case *FuncT:
		if ft := m.funcType(x.Fn); ft != nil {
			return ft
		}
		return ir.Any
	case *LockT:
		if m.runtimeLocks {
			return &ir.Pointer{Elem: ir.RT("Lock")}
		}
		return &ir.Pointer{Elem: &ir.Named{Pkg: "sync", Name: "Mutex"}}
	case *ObjT:
		return m.objGoType(x)
	case *ExcT:
		return &ir.Pointer{Elem: ir.RT("Exc")}
	case *LocalT:
		return &ir.Pointer{Elem: &ir.Named{Name: x.Info.GoName}}
	case *VarTupleT:
		return ir.RT("Tuple")
	case *freeObjT:
		return &ir.Named{Name: x.GoName}
	case *ExcClassT, *excTypeValT:
		return &ir.Pointer{Elem: ir.RT("ExcType")}
	case *ThreadT:
		return &ir.Pointer{Elem: ir.RT("Thread")}
	case *LibFuncT:
		if isStdStream(x) {
			return osFile
		}
	}
	return ir.Any
}

func (m *mapper) goTypes(ts []Type) []ir.Type {
	out := make([]ir.Type, len(ts))
	for i, t := range ts {
		out[i] = m.goType(t)
	}
	return out
}

func tupleName(n int) string { return "Tuple" + string(rune('0'+n)) }

// funcType is the Go signature of a user function.
func (m *mapper) funcType(fn *Function) *ir.FuncType {
	ft := &ir.FuncType{}
	if m.funcTypeBusy[fn] {
		// A function whose own type appears in its signature (f(f)): Go
		// cannot spell that type, so the inner reference is any.
		return nil
	}
	if m.funcTypeBusy == nil {
		m.funcTypeBusy = map[*Function]bool{}
	}
	m.funcTypeBusy[fn] = true
	defer delete(m.funcTypeBusy, fn)
	for i, p := range fn.Params {
		if i < fn.selfOffset() || i >= len(fn.Params)-fn.Captured {
			continue
		}
		pt := m.goType(p.Type)
		if p.ByRef {
			pt = &ir.Pointer{Elem: pt}
		}
		ft.Params = append(ft.Params, ir.Param{Name: p.GoName, Type: pt})
	}
	m.starParamTypes(fn, ft)
	if r := m.result(fn); r != NoneT && r != Unknown {
		ft.Results = []ir.Type{m.goType(r)}
	} else if fn.External && r == Unknown && fn.ValueUsed {
		// A function a fragment calls for its value, of unknown type.
		ft.Results = []ir.Type{ir.Any}
	}
	return ft
}
