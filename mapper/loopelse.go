package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// loopElse translates a for or while loop with an else clause. Python runs
// the else clause when the loop ends without break. writeLoop writes the
// loop itself (without its else clause) into the block it is given.
//
// A loop with no break of its own is followed by the else statements as
// they are; otherwise every break of the loop first sets a flag, and the
// else statements run when the flag is still false:
//
//	broke := false
//	for ... { ...; broke = true; break }
//	if !broke { else }
func (c *fnCtx) loopElse(loopNode ast.Stmt, orelse []ast.Stmt, writeLoop func(*ir.Block), b *ir.Block) {
	c.elseHandled = loopNode
	lb := &ir.Block{}
	writeLoop(lb)
	flag := c.names.claim("broke")
	breaks := 0
	for _, st := range lb.Stmts {
		if body := loopBody(st); body != nil {
			breaks += flagBreaks(body, flag)
		}
	}
	elseBlock := c.block(orelse)
	if breaks == 0 {
		b.Stmts = append(b.Stmts, lb.Stmts...)
		b.Stmts = append(b.Stmts, elseBlock.Stmts...)
		return
	}
	b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(flag)}, Tok: ":=", Rhs: []ir.Expr{ir.L(false)}})
	b.Stmts = append(b.Stmts, lb.Stmts...)
	b.Add(&ir.If{Cond: &ir.Unary{Op: "!", X: ir.Id(flag)}, Then: elseBlock})
}

// takeElse reports whether n's else clause is still to be translated, and
// marks it as being translated: the loop writer calls itself again for the
// loop alone.
func (c *fnCtx) takeElse(n ast.Stmt, orelse []ast.Stmt) bool {
	if len(orelse) == 0 || c.elseHandled == n {
		return false
	}
	return true
}

// loopBody returns the body of a Go loop statement, or nil.
func loopBody(st ir.Stmt) *ir.Block {
	switch x := st.(type) {
	case *ir.For:
		return x.Body
	case *ir.Range:
		return x.Body
	case *ir.Labeled:
		return loopBody(x.Stmt)
	}
	return nil
}

// flagBreaks makes every unlabelled break in b that leaves the loop owning
// b set flag first, and returns how many it found. It does not look inside
// nested loops, switches and selects (their breaks are their own) nor
// inside function literals.
func flagBreaks(b *ir.Block, flag string) int {
	if b == nil {
		return 0
	}
	count := 0
	out := make([]ir.Stmt, 0, len(b.Stmts))
	for _, st := range b.Stmts {
		switch x := st.(type) {
		case *ir.Branch:
			if x.Tok == "break" && x.Label == "" {
				out = append(out, &ir.Assign{Lhs: []ir.Expr{ir.Id(flag)}, Tok: "=", Rhs: []ir.Expr{ir.L(true)}})
				count++
			}
		case *ir.Block:
			count += flagBreaks(x, flag)
		case *ir.If:
			count += flagIfBreaks(x, flag)
		}
		out = append(out, st)
	}
	b.Stmts = out
	return count
}

func flagIfBreaks(x *ir.If, flag string) int {
	count := flagBreaks(x.Then, flag)
	switch e := x.Else.(type) {
	case *ir.Block:
		count += flagBreaks(e, flag)
	case *ir.If:
		count += flagIfBreaks(e, flag)
	}
	return count
}
