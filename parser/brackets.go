package parser

import (
	"sort"

	"github.com/go-python/gpython/ast"
)

// gpython puts displays and comprehensions at their first element and
// unparenthesised tuple targets of `for` at the keyword; CPython puts them at
// the opening bracket and at the first element. The token table knows where
// the brackets are, so these positions are repaired here.

// enclosingBrackets returns, for every token, the index of the innermost
// open bracket around it, or -1.
func enclosingBrackets(src []byte, toks []token) []int {
	out := make([]int, len(toks))
	var stack []int
	for i, t := range toks {
		if t.kind == tokOp && t.end-t.start == 1 {
			switch src[t.start] {
			case ')', ']', '}':
				if len(stack) > 0 {
					stack = stack[:len(stack)-1]
				}
			}
		}
		out[i] = -1
		if len(stack) > 0 {
			out[i] = stack[len(stack)-1]
		}
		if t.kind == tokOp && t.end-t.start == 1 {
			switch src[t.start] {
			case '(', '[', '{':
				stack = append(stack, i)
			}
		}
	}
	return out
}

// tokenAt returns the index of the token containing offset off, or -1.
func (p *prepared) tokenAt(off int) int {
	i := sort.Search(len(p.toks), func(i int) bool { return p.toks[i].start > off }) - 1
	if i < 0 || off >= p.toks[i].end {
		return -1
	}
	return i
}

// openingBracket finds the innermost bracket `open` around the token at the
// position of n.
func (p *prepared) openingBracket(n ast.Ast, open byte, enclosing []int) (posKey, bool) {
	if isNil(n) || n.GetLineno() < 1 {
		return posKey{}, false
	}
	i := p.tokenAt(p.li.offset(n.GetLineno(), n.GetColOffset()))
	for i >= 0 {
		i = enclosing[i]
		if i >= 0 && p.src[p.toks[i].start] == open {
			return p.key(p.toks[i].start), true
		}
	}
	return posKey{}, false
}

// fixBrackets moves displays, comprehensions and tuple targets as described
// above.
func (p *prepared) fixBrackets(root ast.Ast) {
	var enclosing []int
	lazy := func() []int {
		if enclosing == nil {
			enclosing = enclosingBrackets(p.src, p.toks)
		}
		return enclosing
	}
	moveTo := func(n ast.Ast, first ast.Ast, open byte) {
		if k, ok := p.openingBracket(first, open, lazy()); ok {
			setPos(n, k.line, k.col)
		}
	}
	Inspect(root, func(n ast.Ast) bool {
		if _, ok := n.(*JoinedStr); ok {
			return false // fields were fixed when they were parsed
		}
		switch n := n.(type) {
		case *ast.Dict:
			if len(n.Keys) > 0 {
				moveTo(n, n.Keys[0], '{')
			}
		case *ast.Set:
			if len(n.Elts) > 0 {
				moveTo(n, n.Elts[0], '{')
			}
		case *ast.SetComp:
			moveTo(n, n.Elt, '{')
			p.fixCompTargets(n.Generators)
		case *ast.DictComp:
			moveTo(n, n.Key, '{')
			p.fixCompTargets(n.Generators)
		case *ast.GeneratorExp:
			moveTo(n, n.Elt, '(')
			p.fixCompTargets(n.Generators)
		case *ast.ListComp:
			p.fixCompTargets(n.Generators)
		case *ast.For:
			p.fixTupleTarget(n.Target)
		}
		return true
	})
}

func (p *prepared) fixCompTargets(gens []ast.Comprehension) {
	for _, g := range gens {
		p.fixTupleTarget(g.Target)
	}
}

// fixTupleTarget moves a tuple target that gpython put at `for` to its
// first element, or to its '(' / '[' when it is bracketed.
func (p *prepared) fixTupleTarget(target ast.Expr) {
	t, ok := target.(*ast.Tuple)
	if !ok || len(t.Elts) == 0 || isNil(t.Elts[0]) {
		return
	}
	i := p.tokenAt(p.li.offset(t.Lineno, t.ColOffset))
	if i < 0 || !p.toks[i].isName(p.src, "for") {
		return
	}
	if next := i + 1; next < len(p.toks) && (p.toks[next].isOp(p.src, "(") || p.toks[next].isOp(p.src, "[")) {
		k := p.key(p.toks[next].start)
		setPos(t, k.line, k.col)
		return
	}
	setPos(t, t.Elts[0].GetLineno(), t.Elts[0].GetColOffset())
}
