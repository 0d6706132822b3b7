package mapper

import "sort"

// Values that may be one of several functions: lambdas stored in one dict
// or list ({"+": lambda a, b: a + b, "*": lambda a, b: a * b}), functions
// assigned to one variable. Their type is a FuncT whose Alts list the
// other functions; every call through such a value flows its arguments
// into all of them, and after each inference pass their parameter and
// result types are made the same, so they share one Go func type.
// Functions with different parameter counts, or methods, do not join:
// such a value stays any.

// joinFuncs joins two function values into one of several functions.
func joinFuncs(x, y *FuncT) (Type, bool) {
	members := append(x.members(), y.members()...)
	n := len(members[0].Params)
	seen := map[*Function]bool{}
	var out []*Function
	for _, fn := range members {
		if fn.Class != nil || len(fn.Params) != n {
			return nil, false
		}
		if !seen[fn] {
			seen[fn] = true
			out = append(out, fn)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return funcBefore(out[i], out[j]) })
	return &FuncT{Fn: out[0], Alts: out[1:]}, true
}

// members lists the functions a function value may be.
func (t *FuncT) members() []*Function {
	return append([]*Function{t.Fn}, t.Alts...)
}

// sameFuncs reports whether two function values may be the same functions.
func sameFuncs(x, y *FuncT) bool {
	if x.Fn != y.Fn || len(x.Alts) != len(y.Alts) {
		return false
	}
	for i := range x.Alts {
		if x.Alts[i] != y.Alts[i] {
			return false
		}
	}
	return true
}

// funcBefore orders functions by where they are defined.
func funcBefore(a, b *Function) bool {
	pa, pb := funcPos(a), funcPos(b)
	return pa[0] < pb[0] || (pa[0] == pb[0] && pa[1] < pb[1])
}

func funcPos(fn *Function) [2]int {
	switch {
	case fn.Def != nil:
		return [2]int{fn.Def.Lineno, fn.Def.ColOffset}
	case fn.Lambda != nil:
		return [2]int{fn.Lambda.Lineno, fn.Lambda.ColOffset}
	}
	return [2]int{}
}

// callFuncs types a call through a function value: the arguments flow
// into every function it may be, and the result is the join of theirs.
func (m *mapper) callFuncs(f *FuncT, flow func(fn *Function)) Type {
	var ret Type = Unknown
	for _, fn := range f.members() {
		flow(fn)
		ret = join(ret, m.result(fn))
	}
	if len(f.Alts) == 0 {
		return m.result(f.Fn)
	}
	return ret
}

// unifyFuncSets gives the functions of each set seen in this pass the
// same parameter and result types.
func (m *mapper) unifyFuncSets() {
	var collect func(t Type)
	collect = func(t Type) {
		switch x := t.(type) {
		case *FuncT:
			if len(x.Alts) > 0 {
				m.unifyFuncs(x.members())
			}
		case *ListT:
			collect(x.Elem)
		case *DictT:
			collect(x.Val)
		case *TupleT:
			for _, e := range x.Elems {
				collect(e)
			}
		case *OptionalT:
			collect(x.Elem)
		}
	}
	for _, t := range m.info.Types {
		collect(t)
	}
}

// unifyFuncs joins the parameter and result types of the functions.
func (m *mapper) unifyFuncs(members []*Function) {
	for i := range members[0].Params {
		var t Type = Unknown
		for _, fn := range members {
			t = join(t, fn.Params[i].Type)
		}
		for _, fn := range members {
			m.refine(&fn.Params[i].Type, t)
		}
	}
	var ret Type = Unknown
	for _, fn := range members {
		ret = join(ret, fn.Ret)
	}
	for _, fn := range members {
		m.refine(&fn.Ret, ret)
	}
}
