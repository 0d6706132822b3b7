package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// The random module. A program that never calls random.seed gets Go's
// math/rand/v2, which is as unpredictable as CPython's unseeded generator.
// A program that seeds with an int expects CPython's numbers: all of its
// random calls then go to the runtime's Mersenne Twister, which reproduces
// them. sample and choices always use the runtime (Go has neither).

func init() {
	listOfElem := func(_ *mapper, _ *Scope, _ *ast.Call, args []Type) Type {
		if len(args) == 0 {
			return Unknown
		}
		return &ListT{Elem: elemType(args[0])}
	}
	libTypeHooks["random.sample"] = listOfElem
	libTypeHooks["random.choices"] = listOfElem
	libCallHooks["random.sample"] = randomSample
	libCallHooks["random.choices"] = randomChoices
}

// seedsRandom reports whether the program calls random.seed with an int.
func (m *mapper) seedsRandom() bool {
	if m.seeded == 0 {
		m.seeded = -1
		for e := range m.info.Types {
			call, ok := e.(*ast.Call)
			if !ok {
				continue
			}
			if lf, ok := m.info.Types[call.Func].(*LibFuncT); ok && lf.Name == "random.seed" && len(call.Args) == 1 && m.info.Types[call.Args[0]] == IntT {
				m.seeded = 1
				break
			}
		}
	}
	return m.seeded > 0
}

// seededRandom translates a random-module call of a seeded program.
func (c *fnCtx) seededRandom(n *ast.Call, name string) (ir.Expr, bool) {
	if !c.m.seedsRandom() {
		return nil, false
	}
	rt := func(fn string, args ...ir.Expr) (ir.Expr, bool) {
		return ir.CallOf(ir.Q(ir.Runtime, fn), args...), true
	}
	a := func(i int, t Type) ir.Expr { return c.exprAs(n.Args[i], t) }
	switch {
	case name == "random.random" && len(n.Args) == 0:
		return rt("Random")
	case name == "random.uniform" && len(n.Args) == 2:
		return rt("Uniform", a(0, FloatT), a(1, FloatT))
	case name == "random.randint" && len(n.Args) == 2:
		c.m.raises = true
		return rt("RandInt", a(0, IntT), a(1, IntT))
	case name == "random.randrange" && len(n.Args) >= 1 && len(n.Args) <= 3:
		c.m.raises = true
		switch len(n.Args) {
		case 1:
			return rt("RandRange", ir.L(0), a(0, IntT), ir.L(1))
		case 2:
			return rt("RandRange", a(0, IntT), a(1, IntT), ir.L(1))
		}
		return rt("RandRange", a(0, IntT), a(1, IntT), a(2, IntT))
	case name == "random.choice" && len(n.Args) == 1:
		if xs := c.asSlice(n.Args[0]); xs != nil {
			c.m.raises = true
			return rt("Choice", xs)
		}
	}
	return nil, false
}

// randomStmt translates random.seed(n) and random.shuffle(xs) statements
// of a seeded program.
func (c *fnCtx) randomStmt(n *ast.Call, name string, b *ir.Block) bool {
	if !c.m.seedsRandom() || len(n.Args) != 1 {
		return false
	}
	switch {
	case name == "random.seed" && c.m.info.Types[n.Args[0]] == IntT:
		b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Q(ir.Runtime, "Seed"), c.expr(n.Args[0]))})
		return true
	case name == "random.shuffle":
		if _, ok := c.m.info.Types[n.Args[0]].(*ListT); ok {
			b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Q(ir.Runtime, "Shuffle"), c.expr(n.Args[0]))})
			return true
		}
	}
	return false
}

// randomSample is random.sample(population, k).
func randomSample(c *fnCtx, n *ast.Call) ir.Expr {
	k := argOrKeyword(n, 1, "k")
	var xs ir.Expr
	if len(n.Args) > 0 {
		xs = c.asSlice(n.Args[0])
	}
	if xs == nil || k == nil || c.m.info.Types[k] != IntT || keyword(n, "counts") != nil {
		c.m.errorf(n, "unsupported: random.sample other than of a list or range and an int k")
		return &ir.Nil{}
	}
	c.m.raises = true
	return ir.CallOf(ir.Q(ir.Runtime, "Sample"), xs, c.expr(k))
}

// randomChoices is random.choices(population, weights=None, k=1).
func randomChoices(c *fnCtx, n *ast.Call) ir.Expr {
	var xs ir.Expr
	if len(n.Args) > 0 {
		xs = c.asSlice(n.Args[0])
	}
	if xs == nil || len(n.Args) > 2 || keyword(n, "cum_weights") != nil {
		c.m.errorf(n, "unsupported: random.choices other than of a list with weights= and k=")
		return &ir.Nil{}
	}
	k := ir.Expr(ir.L(1))
	if e := keyword(n, "k"); e != nil {
		k = c.exprAs(e, IntT)
	}
	weights := ir.Expr(&ir.Nil{})
	if w := argOrKeyword(n, 1, "weights"); w != nil {
		weights = c.exprAs(w, &ListT{Elem: FloatT})
	}
	c.m.raises = true
	return ir.CallOf(ir.Q(ir.Runtime, "Choices"), xs, weights, k)
}
