package parser

import (
	"bytes"

	"github.com/go-python/gpython/ast"
	gparser "github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"
)

// parseText runs the whole pipeline on one text: pre-lex and rewrite, parse
// with gpython, splice the extra nodes back in and fix positions. It is used
// for the file itself and, recursively, for every f-string field and
// annotation (wrapped in parentheses, in eval mode). On errors the tree is
// nil.
func parseText(src []byte, mode py.CompileMode, checkIndent bool) (ast.Ast, []rawDiag) {
	p := prepare(src, checkIndent)
	if len(p.diags) > 0 {
		return nil, p.diags
	}
	tree, err := gparser.Parse(bytes.NewReader(p.text), "<py2goconc>", mode)
	if err != nil {
		return nil, []rawDiag{convertParseError(err, p.src, p.li, p.toks)}
	}
	root, ok := tree.(ast.Ast)
	if !ok || isNil(root) {
		return nil, []rawDiag{{line: 1, col: 0, msg: syntaxPrefix + "invalid syntax"}}
	}
	sp := &splicer{p: p}
	sp.run(root)
	if len(sp.diags) > 0 {
		return nil, sp.diags
	}
	fixPositions(root)
	p.fixBrackets(root)
	p.fixTrailers(root) // after the displays they may start with
	sp.fixKeywords(root)
	return root, nil
}

// parseSub parses text[start:end] of p's text as a parenthesised expression
// and maps its positions (and errors) to p's text. fstring marks f-string
// fields, whose syntax errors CPython prefixes with "f-string: ".
func (p *prepared) parseSub(start, end int, fstring bool) (ast.Expr, []rawDiag) {
	wrapped := make([]byte, 0, end-start+2)
	wrapped = append(wrapped, '(')
	wrapped = append(wrapped, p.src[start:end]...)
	wrapped = append(wrapped, ')')
	baseLine, baseCol := p.li.at(start)
	tree, diags := parseText(wrapped, py.EvalMode, false)
	if len(diags) > 0 {
		for i := range diags {
			d := &diags[i]
			d.line, d.col = mapLine(d.line, baseLine), mapCol(d.line, d.col, baseCol)
			if d.col < 0 {
				d.col = 0
			}
			if fstring && len(d.msg) > len(syntaxPrefix) && d.msg[:len(syntaxPrefix)] == syntaxPrefix &&
				!bytes.HasPrefix([]byte(d.msg[len(syntaxPrefix):]), []byte("f-string")) {
				msg := d.msg[len(syntaxPrefix):]
				if msg == "unexpected EOF while parsing" {
					// The wrapper's ')' closed the field: the expression
					// itself is malformed.
					msg = "invalid syntax"
				}
				d.msg = syntaxPrefix + "f-string: " + msg
			}
		}
		return nil, diags
	}
	expr, ok := tree.(*ast.Expression)
	if !ok || isNil(expr.Body) {
		return nil, []rawDiag{{line: baseLine, col: baseCol, msg: syntaxPrefix + "invalid syntax"}}
	}
	shiftPositions(expr.Body, baseLine, baseCol)
	return expr.Body, nil
}
