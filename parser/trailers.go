package parser

import "github.com/go-python/gpython/ast"

// CPython starts a call, attribute or subscript at the start of its primary,
// and a parenthesised primary starts at its '(' — `(a + b).c` and
// `(lambda: 1)()` begin at column 0. gpython has no parentheses in its tree,
// so fixTrailers finds them in the token table: the primary is parenthesised
// when a grouping '(' sits just before its first token and the matching ')'
// just after its last.

// matchingOpen returns, for every closing bracket token, the index of the
// bracket it closes (-1 for other tokens).
func matchingOpen(src []byte, toks []token) []int {
	out := make([]int, len(toks))
	var stack []int
	for i, t := range toks {
		out[i] = -1
		if t.kind != tokOp || t.end-t.start != 1 {
			continue
		}
		switch src[t.start] {
		case '(', '[', '{':
			stack = append(stack, i)
		case ')', ']', '}':
			if len(stack) > 0 {
				out[i] = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
			}
		}
	}
	return out
}

// fixTrailers sets Call, Attribute and Subscript nodes, bottom-up, to the
// start of their primary including any grouping parentheses around it.
func (p *prepared) fixTrailers(root ast.Ast) {
	var post []ast.Ast
	Inspect(root, func(n ast.Ast) bool {
		if _, ok := n.(*JoinedStr); ok {
			return false // fields were fixed when they were parsed
		}
		switch n.(type) {
		case *ast.Call, *ast.Attribute, *ast.Subscript:
			post = append(post, n)
		}
		return true
	})
	var match []int
	for i := len(post) - 1; i >= 0; i-- {
		var left ast.Expr
		switch n := post[i].(type) {
		case *ast.Call:
			left = n.Func
		case *ast.Attribute:
			left = n.Value
		case *ast.Subscript:
			left = n.Value
		}
		if isNil(left) {
			continue
		}
		line, col := left.GetLineno(), left.GetColOffset()
		if s := p.tokenAt(p.li.offset(line, col)); s > 0 && p.toks[s-1].isOp(p.src, "(") && !p.isCallParen(s-1) {
			if match == nil {
				match = matchingOpen(p.src, p.toks)
			}
			if start, ok := p.parenthesised(left, s, match); ok {
				k := p.key(p.toks[start].start)
				line, col = k.line, k.col
			}
		}
		setPos(post[i], line, col)
	}
}

// isCallParen reports whether the '(' at token i opens a call's arguments.
func (p *prepared) isCallParen(i int) bool {
	if i == 0 {
		return false
	}
	prev := p.toks[i-1]
	switch {
	case prev.kind == tokName:
		return !pyKeywords[prev.text(p.src)]
	case prev.kind == tokString:
		return true
	}
	return prev.isOp(p.src, ")") || prev.isOp(p.src, "]")
}

// parenthesised reports whether the expression e, whose first token is s,
// is wrapped in grouping parentheses, and returns the outermost '('.
func (p *prepared) parenthesised(e ast.Expr, s int, match []int) (int, bool) {
	last := p.tokenAt(p.li.offset(maxPos(e).line, maxPos(e).col))
	if last < 0 {
		return 0, false
	}
	// Extend over brackets closed inside e and implicitly concatenated
	// strings.
	for last+1 < len(p.toks) {
		next := p.toks[last+1]
		if match[last+1] >= s || next.kind == tokString && p.toks[last].kind == tokString {
			last++
			continue
		}
		break
	}
	start, found := s, false
	for start > 0 && last+1 < len(p.toks) && p.toks[start-1].isOp(p.src, "(") && !p.isCallParen(start-1) &&
		match[last+1] == start-1 {
		start--
		last++
		found = true
	}
	return start, found
}
