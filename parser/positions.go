package parser

import (
	"reflect"

	"github.com/go-python/gpython/ast"
)

// setPos overwrites the position of any node that embeds ast.Pos.
func setPos(n ast.Ast, line, col int) {
	v := reflect.ValueOf(n)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return
	}
	p := v.Elem().FieldByName("Pos")
	if !p.IsValid() || p.Type() != reflect.TypeOf(ast.Pos{}) || !p.CanSet() {
		return
	}
	p.Set(reflect.ValueOf(ast.Pos{Lineno: line, ColOffset: col}))
}

// fixPositions moves Call, Attribute and Subscript nodes to the start of their
// leftmost child, bottom-up, as CPython does. gpython puts them at the '.',
// the '[' or the '(' (or at 0:0 for calls with arguments). No other node is
// touched. This first pass gives every node a real position; fixTrailers
// later refines it for parenthesised primaries.
func fixPositions(root ast.Ast) {
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
	// Pre-order lists parents before children; fix in reverse so that a
	// child is final before its parent copies its position.
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
		if !isNil(left) {
			setPos(post[i], left.GetLineno(), left.GetColOffset())
		}
	}
}

// shiftPositions maps positions of a tree parsed from "(" + text + ")" to the
// file, where text starts at baseLine:baseCol. Text on the wrapper's first
// line is shifted by the base column minus the "("; later lines are real file
// lines, so only the line moves.
func shiftPositions(root ast.Ast, baseLine, baseCol int) {
	Inspect(root, func(n ast.Ast) bool {
		line, col := n.GetLineno(), n.GetColOffset()
		if line == 0 {
			return true
		}
		setPos(n, mapLine(line, baseLine), mapCol(line, col, baseCol))
		return true
	})
}

func mapLine(line, baseLine int) int { return baseLine + line - 1 }

func mapCol(line, col, baseCol int) int {
	if line == 1 {
		return baseCol + col - 1
	}
	return col
}
