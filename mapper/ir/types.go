package ir

// Type is a Go type.
type Type interface{ typeNode() }

// Basic is a predeclared type: int, float64, string, bool, any, error.
type Basic struct{ Name string }

// Named is a declared type, local (Pkg == "") or qualified by import path,
// with type arguments for generic types (pyrt.Dict[string, int]).
type Named struct {
	Pkg, Name string
	Args      []Type
}

// Pointer is *Elem.
type Pointer struct{ Elem Type }

// Slice is []Elem.
type Slice struct{ Elem Type }

// Map is map[Key]Value.
type Map struct{ Key, Value Type }

// ChanDir is the direction of a channel type.
type ChanDir int

// Channel directions.
const (
	Both ChanDir = iota
	SendOnly
	RecvOnly
)

// Chan is a channel type.
type Chan struct {
	Dir  ChanDir
	Elem Type
}

// FuncType is a function signature.
type FuncType struct {
	Params   []Param
	Results  []Type
	Variadic bool // the last parameter is ...T
}

// Struct is an anonymous struct type; named structs are TypeDecls.
type Struct struct{ Fields []Field }

// Field is a struct field.
type Field struct {
	Name    string
	Type    Type
	Embed   bool
	Comment string
}

// Interface is an anonymous interface type listing methods; named
// interfaces are TypeDecls.
type Interface struct{ Methods []Method }

// Method is one method of an interface.
type Method struct {
	Name string
	Type *FuncType
}

func (*Interface) typeNode() {}
func (*Basic) typeNode()     {}
func (*Named) typeNode()     {}
func (*Pointer) typeNode()   {}
func (*Slice) typeNode()     {}
func (*Map) typeNode()       {}
func (*Chan) typeNode()      {}
func (*FuncType) typeNode()  {}
func (*Struct) typeNode()    {}

// Predeclared types, shared because they carry no state.
var (
	Int     = &Basic{Name: "int"}
	Float   = &Basic{Name: "float64"}
	String  = &Basic{Name: "string"}
	Bool    = &Basic{Name: "bool"}
	Any     = &Basic{Name: "any"}
	Error   = &Basic{Name: "error"}
	Empty   = &Struct{}
	Runtime = "github.com/py2goconc/py2goconc/runtime"
)

// RT names a type of the runtime package.
func RT(name string, args ...Type) *Named { return &Named{Pkg: Runtime, Name: name, Args: args} }
