package ir

// Stmt is a Go statement.
type Stmt interface{ stmtNode() }

// Block is a braced statement list.
type Block struct{ Stmts []Stmt }

// Add appends statements, skipping nils, and returns the block.
func (b *Block) Add(s ...Stmt) *Block {
	for _, x := range s {
		if x != nil {
			b.Stmts = append(b.Stmts, x)
		}
	}
	return b
}

// ExprStmt is an expression evaluated for its effect.
type ExprStmt struct{ X Expr }

// Assign is `Lhs Tok Rhs` with Tok one of = := += -= *= /= %= etc.
type Assign struct {
	Lhs []Expr
	Tok string
	Rhs []Expr
}

// VarStmt is `var Name Type [= Value]` inside a function.
type VarStmt struct {
	Name  string
	Type  Type
	Value Expr
}

// IncDec is X++ or X--.
type IncDec struct {
	X   Expr
	Inc bool
}

// If is an if statement; Else is nil, a *Block or an *If.
type If struct {
	Init Stmt
	Cond Expr
	Then *Block
	Else Stmt
}

// For is a three-clause, condition-only or infinite loop.
type For struct {
	Label string
	Init  Stmt
	Cond  Expr
	Post  Stmt
	Body  *Block
}

// Range is `for Key, Value := range X`; Key and Value may be nil.
type Range struct {
	Label      string
	Key, Value Expr
	Define     bool
	X          Expr
	Body       *Block
}

// Return returns results.
type Return struct{ Results []Expr }

// Go starts a goroutine running Call.
type Go struct{ Call Expr }

// Defer defers Call.
type Defer struct{ Call Expr }

// Branch is break, continue or goto, with an optional label.
type Branch struct {
	Tok   string
	Label string
}

// Labeled is a labelled statement (only loops are labelled).
type Labeled struct {
	Label string
	Stmt  Stmt
}

// Send is Ch <- Value.
type Send struct{ Ch, Value Expr }

// Select is a select statement.
type Select struct{ Cases []SelectCase }

// SelectCase is one case; Comm nil means default.
type SelectCase struct {
	Comm Stmt
	Body *Block
}

// Switch is an expression switch; Tag may be nil.
type Switch struct {
	Tag   Expr
	Cases []SwitchCase
}

// SwitchCase is one case; List nil means default.
type SwitchCase struct {
	List []Expr
	Body *Block
}

// TypeSwitch is `switch Bind := X.(type)`.
type TypeSwitch struct {
	Bind  string
	X     Expr
	Cases []TypeCase
}

// TypeCase is one case of a type switch; Types nil means default.
type TypeCase struct {
	Types []Type
	Body  *Block
}

// Comment is a line comment.
type Comment struct{ Text string }

func (*Block) stmtNode()      {}
func (*ExprStmt) stmtNode()   {}
func (*Assign) stmtNode()     {}
func (*VarStmt) stmtNode()    {}
func (*IncDec) stmtNode()     {}
func (*If) stmtNode()         {}
func (*For) stmtNode()        {}
func (*Range) stmtNode()      {}
func (*Return) stmtNode()     {}
func (*Go) stmtNode()         {}
func (*Defer) stmtNode()      {}
func (*Branch) stmtNode()     {}
func (*Labeled) stmtNode()    {}
func (*Send) stmtNode()       {}
func (*Select) stmtNode()     {}
func (*Switch) stmtNode()     {}
func (*TypeSwitch) stmtNode() {}
func (*Comment) stmtNode()    {}
