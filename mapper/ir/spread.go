package ir

// Spread is X... as the last argument of a call: a slice passed on to a
// variadic parameter. Unlike Call.Ellipsis it belongs to the argument, so
// the code that builds the argument list decides it.
type Spread struct{ X Expr }

func (*Spread) exprNode() {}
