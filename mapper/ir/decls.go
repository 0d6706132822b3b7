package ir

// File is one Go source file: package main of a translated program.
type File struct {
	Package string
	// Source is the Python file name, for the "Code generated" header.
	Source string
	Decls  []Decl
}

// Decl is a top-level declaration.
type Decl interface{ declNode() }

// FuncDecl is a function or, with Recv, a method.
type FuncDecl struct {
	Doc     string
	Recv    *Param
	Name    string
	Params  []Param
	Results []Type
	// Variadic marks the last parameter as ...T.
	Variadic bool
	Body     *Block
}

// TypeDecl declares a named type.
type TypeDecl struct {
	Doc  string
	Name string
	Type Type
}

// VarDecl declares a package-level variable; Type or Value may be nil.
type VarDecl struct {
	Doc   string
	Name  string
	Type  Type
	Value Expr
}

// Param is a function parameter or receiver.
type Param struct {
	Name string
	Type Type
}

func (*FuncDecl) declNode() {}
func (*TypeDecl) declNode() {}
func (*VarDecl) declNode()  {}
