package ir

// Generic walks over the IR, for the mapper's passes that rewrite or
// inspect translated code (the argument-order pass).

// ChildBlocks are the blocks a statement contains.
func ChildBlocks(st Stmt) []*Block {
	switch s := st.(type) {
	case *Block:
		return []*Block{s}
	case *If:
		out := []*Block{s.Then}
		if s.Else != nil {
			out = append(out, ChildBlocks(s.Else)...)
		}
		return out
	case *For:
		return []*Block{s.Body}
	case *Range:
		return []*Block{s.Body}
	case *Labeled:
		return ChildBlocks(s.Stmt)
	case *Switch:
		out := []*Block{}
		for _, cs := range s.Cases {
			out = append(out, cs.Body)
		}
		return out
	case *TypeSwitch:
		out := []*Block{}
		for _, cs := range s.Cases {
			out = append(out, cs.Body)
		}
		return out
	case *Select:
		out := []*Block{}
		for _, cs := range s.Cases {
			out = append(out, cs.Body)
		}
		return out
	}
	return nil
}

// StmtExprs calls f on each expression a statement (and the statements
// inside it) evaluates.
func StmtExprs(st Stmt, f func(Expr)) {
	switch s := st.(type) {
	case *ExprStmt:
		f(s.X)
	case *Assign:
		for _, e := range s.Lhs {
			f(e)
		}
		for _, e := range s.Rhs {
			f(e)
		}
	case *VarStmt:
		if s.Value != nil {
			f(s.Value)
		}
	case *IncDec:
		f(s.X)
	case *Return:
		for _, e := range s.Results {
			f(e)
		}
	case *If:
		if s.Init != nil {
			StmtExprs(s.Init, f)
		}
		f(s.Cond)
	case *For:
		for _, x := range []Stmt{s.Init, s.Post} {
			if x != nil {
				StmtExprs(x, f)
			}
		}
		if s.Cond != nil {
			f(s.Cond)
		}
	case *Range:
		f(s.X)
	case *Go:
		f(s.Call)
	case *Defer:
		f(s.Call)
	case *Send:
		f(s.Ch)
		f(s.Value)
	case *Switch:
		if s.Tag != nil {
			f(s.Tag)
		}
	case *TypeSwitch:
		f(s.X)
	}
	for _, b := range ChildBlocks(st) {
		for _, inner := range b.Stmts {
			StmtExprs(inner, f)
		}
	}
}

// WalkExpr calls f on e and every expression inside it, function
// literal bodies excepted (they run when called, which f sees as a call).
func WalkExpr(e Expr, f func(Expr)) {
	if e == nil {
		return
	}
	f(e)
	switch x := e.(type) {
	case *Call:
		WalkExpr(x.Fun, f)
		for _, a := range x.Args {
			WalkExpr(a, f)
		}
	case *Selector:
		WalkExpr(x.X, f)
	case *Index:
		WalkExpr(x.X, f)
		WalkExpr(x.Index, f)
	case *SliceExpr:
		WalkExpr(x.X, f)
		WalkExpr(x.Lo, f)
		WalkExpr(x.Hi, f)
	case *Binary:
		WalkExpr(x.X, f)
		WalkExpr(x.Y, f)
	case *Unary:
		WalkExpr(x.X, f)
	case *Paren:
		WalkExpr(x.X, f)
	case *Composite:
		for _, el := range x.Elts {
			WalkExpr(el, f)
		}
	case *KeyValue:
		WalkExpr(x.Key, f)
		WalkExpr(x.Value, f)
	case *TypeAssert:
		WalkExpr(x.X, f)
	}
}
