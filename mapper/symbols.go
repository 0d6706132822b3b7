package mapper

import "github.com/go-python/gpython/ast"

// SymKind tells what a Python name is bound to.
type SymKind int

const (
	VarSym    SymKind = iota // a variable (module global, main local or function local)
	ParamSym                 // a function parameter
	FuncSym                  // a def
	ClassSym                 // a class
	ImportSym                // an imported module or member ("threading", "time.sleep")
)

// Symbol is one Python name in one scope.
type Symbol struct {
	Name   string
	GoName string
	Kind   SymKind
	Scope  *Scope
	Type   Type
	Fn     *Function // FuncSym
	Class  *Class    // ClassSym
	Import string    // ImportSym: qualified Python name
	// Global is set for module-level names that functions use: they become
	// package-level Go variables instead of locals of main.
	Global bool
	// Stores counts assignments, so a name bound once can be a Go constant
	// or a value-typed mutex.
	Stores int
	// ModuleStores counts the assignments in module-level code.
	ModuleStores int
	// Declared is set during translation once the Go declaration is written.
	Declared bool
	Def      ast.Ast
	// Free is set for names a fragment uses without defining them.
	Free bool
	// ExcVar is set for names bound by `except E as name`: the Go try
	// statement declares them.
	ExcVar bool
	// Shared is set for module globals that functions running in threads
	// change; MuName is the mutex that guards them.
	Shared bool
	MuName string
	// ByRef is set for list parameters the function resizes: they are
	// *[]T in Go.
	ByRef bool
}

// Scope is a Python scope: the module, or one function body.
type Scope struct {
	Parent  *Scope
	Syms    map[string]*Symbol
	Fn      *Function // nil for the module scope and class bodies
	class   bool
	globals map[string]bool
	nonlocs map[string]bool
}

func newScope(parent *Scope, fn *Function) *Scope {
	return &Scope{Parent: parent, Syms: map[string]*Symbol{}, Fn: fn, globals: map[string]bool{}, nonlocs: map[string]bool{}}
}

// Function is a user-defined function, method or lambda.
type Function struct {
	Name   string
	GoName string
	Def    *ast.FunctionDef // nil for lambdas
	Lambda *ast.Lambda
	Scope  *Scope
	Params []*Symbol
	// Defaults holds each parameter's default value expression, or nil.
	Defaults []ast.Expr
	Ret      Type
	Class    *Class // the class of a method
	// Returns is set when the body has a return with a value.
	Returns bool
	// Nested is set for functions defined inside other functions.
	Nested bool
	// External is set for functions a fragment calls without defining.
	External bool
	// ValueUsed is set when some call's result is used.
	ValueUsed bool
	// Vararg and Kwarg are the *args and **kwargs parameters, or nil;
	// KwOnly counts the keyword-only parameters, which end Params
	// (varargs.go, kwargs.go).
	Vararg, Kwarg *Symbol
	KwOnly        int
	// Captured counts the trailing parameters of a lambda bound when it
	// is made (lambdadefaults.go): its Go func does not take them.
	Captured int
	// Partial is the functools.partial call a wrapper function stands for.
	Partial *partialSite
}

// Class is a user-defined class.
type Class struct {
	Name    string
	GoName  string
	Def     *ast.ClassDef
	Base    *Class
	BaseLib string // a library base class: "threading.Thread", "Exception"
	Fields  []*Field
	fieldIx map[string]*Field
	Methods map[string]*Function
	Order   []*Function
	// ClassVars are names assigned in the class body.
	ClassVars []*Symbol
	// Exc is set for exception classes; ExcBase is the base class.
	Exc     *ExcClassT
	ExcBase *ExcClassT
	// ExcVar names the runtime class of an exception class with a struct
	// of its own (excclass.go); other exception classes use GoName.
	ExcVar string
	// Subs are the user classes deriving directly from this one; a class
	// with subclasses has a Go interface, Iface, that its instances and
	// theirs satisfy.
	Subs  []*Class
	Iface string
	// dc is set for @dataclass classes and named tuples.
	dc *dataclassInfo
	// Tuple is set for named tuples (collections.namedtuple, a
	// typing.NamedTuple subclass): immutable values, a Go struct by value.
	Tuple bool
	// ThreadArgs is set for a Thread subclass without __init__ that some
	// call constructs with Thread's arguments (target=, args=, name=...).
	ThreadArgs bool
	// dispatch is set for a base class whose methods call, through self,
	// methods a subclass overrides: its struct keeps the whole object.
	dispatch bool
	// selfValues are the uses of self as a value (passed, stored,
	// returned) in the methods of a class with subclasses: they stand for
	// the whole object, self.self in Go.
	selfValues map[*ast.Name]bool
}

// Field is an instance attribute assigned through self.
type Field struct {
	Name   string
	GoName string
	Type   Type
}

func (c *Class) field(name string) *Field {
	for k := c; k != nil; k = k.Base {
		if f := k.fieldIx[name]; f != nil {
			return f
		}
	}
	return nil
}

func (c *Class) method(name string) *Function {
	for k := c; k != nil; k = k.Base {
		if m := k.Methods[name]; m != nil {
			return m
		}
	}
	return nil
}

func (c *Class) addField(name string) *Field {
	if f := c.field(name); f != nil {
		return f
	}
	f := &Field{Name: name, GoName: goFieldName(name), Type: Unknown}
	c.Fields = append(c.Fields, f)
	c.fieldIx[name] = f
	return f
}

// ThreadGroup is a set of threads that are started and joined together: one
// sync.WaitGroup. Groups merge (union-find) when thread values flow together.
type ThreadGroup struct {
	parent *ThreadGroup
	// Name is the Python variable that first held a thread of the group.
	Name   string
	GoName string
	Joined bool
	Daemon bool
	// Global is set when the group is used in more than one function.
	Global bool
	fns    map[*Function]bool
	// Queried is set when a thread of the group is used for more than
	// start/join (name, is_alive...): such a group needs the runtime type.
	Queried bool
}

func (g *ThreadGroup) find() *ThreadGroup {
	for g.parent != nil {
		g = g.parent
	}
	return g
}

func (g *ThreadGroup) union(o *ThreadGroup) {
	a, b := g.find(), o.find()
	if a == b {
		return
	}
	b.parent = a
	a.Joined = a.Joined || b.Joined
	a.Daemon = a.Daemon || b.Daemon
	a.Queried = a.Queried || b.Queried
	for f := range b.fns {
		a.useIn(f)
	}
}

func (g *ThreadGroup) useIn(fn *Function) {
	if g.fns == nil {
		g.fns = map[*Function]bool{}
	}
	g.fns[fn] = true
	if len(g.fns) > 1 {
		g.Global = true
	}
}

// threadBase reports whether the class derives from threading.Thread.
func (c *Class) threadBase() bool {
	for k := c; k != nil; k = k.Base {
		if k.BaseLib == "threading.Thread" {
			return true
		}
	}
	return false
}
