package ir

// Expr is a Go expression.
type Expr interface{ exprNode() }

// Ident is a local or package-level name.
type Ident struct{ Name string }

// Qual is a name qualified by an import path: fmt.Println is
// Qual{"fmt", "Println"}.
type Qual struct{ Pkg, Name string }

// Lit is a constant: int, float64, string or bool.
type Lit struct{ Value any }

// Nil is the untyped nil.
type Nil struct{}

// Call is Fun[TypeArgs](Args...).
type Call struct {
	Fun      Expr
	TypeArgs []Type
	Args     []Expr
	// Ellipsis spreads the last argument: f(xs...).
	Ellipsis bool
}

// Selector is X.Sel.
type Selector struct {
	X   Expr
	Sel string
}

// Index is X[Index].
type Index struct{ X, Index Expr }

// SliceExpr is X[Lo:Hi]; Lo and Hi may be nil.
type SliceExpr struct{ X, Lo, Hi Expr }

// Binary is X Op Y.
type Binary struct {
	X  Expr
	Op string
	Y  Expr
}

// Unary is Op X (Op one of - ! ^ & * <-).
type Unary struct {
	Op string
	X  Expr
}

// Paren is (X).
type Paren struct{ X Expr }

// FuncLit is a function literal.
type FuncLit struct {
	Params []Param
	// Variadic marks the last parameter as ...T.
	Variadic bool
	Results  []Type
	Body     *Block
}

// Composite is a composite literal Type{Elts}; elements may be KeyValue.
// A nil Type is an element of an enclosing literal whose type Go elides.
type Composite struct {
	Type Type
	Elts []Expr
	// Multiline puts each element on its own line.
	Multiline bool
}

// KeyValue is Key: Value inside a composite literal.
type KeyValue struct{ Key, Value Expr }

// TypeExpr is a type in expression position: make(TypeExpr, n), T(x).
type TypeExpr struct{ Type Type }

// TypeAssert is X.(Type).
type TypeAssert struct {
	X    Expr
	Type Type
}

func (*Ident) exprNode()      {}
func (*Qual) exprNode()       {}
func (*Lit) exprNode()        {}
func (*Nil) exprNode()        {}
func (*Call) exprNode()       {}
func (*Selector) exprNode()   {}
func (*Index) exprNode()      {}
func (*SliceExpr) exprNode()  {}
func (*Binary) exprNode()     {}
func (*Unary) exprNode()      {}
func (*Paren) exprNode()      {}
func (*FuncLit) exprNode()    {}
func (*Composite) exprNode()  {}
func (*KeyValue) exprNode()   {}
func (*TypeExpr) exprNode()   {}
func (*TypeAssert) exprNode() {}

// Id is shorthand for &Ident{name}.
func Id(name string) *Ident { return &Ident{Name: name} }

// Q is shorthand for &Qual{pkg, name}.
func Q(pkg, name string) *Qual { return &Qual{Pkg: pkg, Name: name} }

// L is shorthand for &Lit{v}.
func L(v any) *Lit { return &Lit{Value: v} }

// CallOf is shorthand for a call with arguments.
func CallOf(fun Expr, args ...Expr) *Call { return &Call{Fun: fun, Args: args} }

// Sel is shorthand for X.Sel.
func Sel(x Expr, sel string) *Selector { return &Selector{X: x, Sel: sel} }
