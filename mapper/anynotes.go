package mapper

import (
	"sort"

	"github.com/go-python/gpython/ast"
)

// noteAnyFallbacks reports, as notes, every variable, parameter, return
// value and attribute whose inferred type is or contains any: the places
// where values of unrelated types met, so the Go is less typed than a
// reviewer would like. Notes never fail a translation; the CLI shows them
// with --notes and tests count them.
func (m *mapper) noteAnyFallbacks() {
	m.noteAnyScope(m.module)
	for _, fn := range m.funcs {
		if fn.Def == nil {
			continue
		}
		m.noteAnyScope(fn.Scope)
		if fn.Returns && mentionsAny(fn.Ret) {
			m.notef(fn.Def, "the return values of %s have different types, so it returns %s", fn.Name, fn.Ret)
		}
	}
	for _, c := range m.classes {
		for _, f := range c.Fields {
			if mentionsAny(f.Type) {
				m.notef(c.Def, "attribute %s of class %s holds values of different types, so it is typed %s", f.Name, c.Name, f.Type)
			}
		}
	}
}

// noteAnyScope notes the variables and parameters of one scope, in
// source order so the notes read top to bottom.
func (m *mapper) noteAnyScope(s *Scope) {
	var syms []*Symbol
	for _, sym := range s.Syms {
		if (sym.Kind == VarSym || sym.Kind == ParamSym) && sym.Def != nil && !sym.Free && mentionsAny(sym.Type) {
			syms = append(syms, sym)
		}
	}
	sort.Slice(syms, func(i, j int) bool { return before(syms[i].Def, syms[j].Def) })
	for _, sym := range syms {
		what := "variable"
		if sym.Kind == ParamSym {
			what = "parameter"
		}
		m.notef(sym.Def, "%s %s holds values of different types, so it is typed %s", what, sym.Name, sym.Type)
	}
}

// before orders two nodes by source position.
func before(a, b ast.Ast) bool {
	pa, pb := a.GetLineno(), b.GetLineno()
	if pa != pb {
		return pa < pb
	}
	return a.GetColOffset() < b.GetColOffset()
}

// mentionsAny reports whether t is any or is built from it.
func mentionsAny(t Type) bool {
	switch x := t.(type) {
	case *ListT:
		return mentionsAny(x.Elem)
	case *SetT:
		return mentionsAny(x.Elem)
	case *DictT:
		return mentionsAny(x.Key) || mentionsAny(x.Val)
	case *OptionalT:
		return mentionsAny(x.Elem)
	case *TupleT:
		for _, e := range x.Elems {
			if mentionsAny(e) {
				return true
			}
		}
		return false
	case *ObjT:
		return x.Elem != nil && mentionsAny(x.Elem)
	case *iterT:
		return mentionsAny(x.Elem)
	}
	return t == AnyT
}
