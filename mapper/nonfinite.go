package mapper

import (
	"math"
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// Go's fmt prints an infinity as +Inf and NaN as NaN under %.2f, where
// Python prints inf and nan. Format specs on floats stay fmt verbs (the
// idiomatic Go) unless the program makes a non-finite float somewhere it can
// be seen: float("inf"), math.inf, math.nan, or literal arithmetic that
// overflows. Dropped: an infinity reached by run-time overflow alone.

// makesNonFinite reports whether the program spells a non-finite float.
// It is computed once, after inference has typed every expression.
func (m *mapper) makesNonFinite() bool {
	if m.nonFinite == 0 {
		m.nonFinite = -1
		for e := range m.info.Types {
			if m.spellsNonFinite(e) {
				m.nonFinite = 1
				break
			}
		}
	}
	return m.nonFinite > 0
}

func (m *mapper) spellsNonFinite(e ast.Expr) bool {
	switch n := e.(type) {
	case *ast.Attribute:
		mod, ok := m.info.Types[n.Value].(*ModuleT)
		return ok && mod.Name == "math" && (n.Attr == "inf" || n.Attr == "nan")
	case *ast.Call:
		lf, ok := m.info.Types[n.Func].(*LibFuncT)
		if !ok || lf.Name != "builtins.float" || len(n.Args) != 1 {
			return false
		}
		s, ok := n.Args[0].(*ast.Str)
		if !ok {
			return m.info.Types[n.Args[0]] == StrT // float(text): may read "inf"
		}
		t := strings.ToLower(string(s.S))
		return strings.Contains(t, "inf") || strings.Contains(t, "nan")
	case *ast.Num:
		f, ok := n.N.(py.Float)
		return ok && (math.IsInf(float64(f), 0) || math.IsNaN(float64(f)))
	case *ast.BinOp:
		v, ok := evalConst(n)
		return ok && v.isFloat && (math.IsInf(v.f, 0) || math.IsNaN(v.f))
	}
	return false
}
