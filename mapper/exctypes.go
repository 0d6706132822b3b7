package mapper

// ExcClassT is a Python exception class: a built-in one (ValueError) or a
// user subclass of one (class MyError(Exception): pass). An empty Name is
// a value that holds one of several classes (for cls in (KeyError,
// ValueError)): a *pyrt.ExcType known at run time.
type ExcClassT struct {
	Name  string
	Class *Class // nil for built-in classes
}

// ExcT is a raised exception value: *pyrt.Exc in Go. Class is set on the
// loads of an except clause's name whose class has a struct (excnarrow.go).
type ExcT struct{ Class *Class }

func (t *ExcClassT) String() string {
	if t.Name == "" {
		return "exception class"
	}
	return "type " + t.Name
}
func (t *ExcT) String() string { return "exception" }

// builtinExceptions maps Python's built-in exception classes to the
// runtime's variables.
var builtinExceptions = map[string]string{
	"BaseException": "BaseException", "Exception": "Exception", "ArithmeticError": "ArithmeticError",
	"ZeroDivisionError": "ZeroDivisionError", "OverflowError": "OverflowError", "AssertionError": "AssertionError",
	"AttributeError": "AttributeError", "LookupError": "LookupError", "IndexError": "IndexError",
	"KeyError": "KeyError", "NameError": "NameError", "OSError": "OSError", "TimeoutError": "TimeoutError",
	"RuntimeError": "RuntimeError", "NotImplementedError": "NotImplementedErr", "StopIteration": "StopIteration",
	"TypeError": "TypeError", "ValueError": "ValueError", "KeyboardInterrupt": "KeyboardInterrupt",
	"SystemExit": "SystemExit", "FileNotFoundError": "FileNotFoundError", "FileExistsError": "FileExistsError",
	"PermissionError": "PermissionError", "IsADirectoryError": "IsADirectoryError",
}

// libExceptions maps the exception classes of library modules, by
// qualified name, to the runtime's variables; each library area registers
// its own.
var libExceptions = map[string]string{}

// excBase returns the exception class a class statement's base names, if
// it is one.
func (m *mapper) excBase(s *Scope, name string) *ExcClassT {
	if sym := m.lookup(s, name); sym != nil {
		if sym.Kind == ClassSym && sym.Class.Exc != nil {
			return sym.Class.Exc
		}
		if sym.Kind == ImportSym {
			if _, ok := builtinExceptions[sym.Import[indexByte(sym.Import, '.')+1:]]; ok {
				return &ExcClassT{Name: sym.Import}
			}
		}
		return nil
	}
	if _, ok := builtinExceptions[name]; ok {
		return &ExcClassT{Name: name}
	}
	return nil
}

// VarTupleT is a tuple whose length is known only at run time (an
// exception's args): pyrt.Tuple in Go.
type VarTupleT struct{}

func (t *VarTupleT) String() string { return "tuple" }

// typeNameT is the value of type(x) for the one use tutorials make of it,
// type(x).__name__.
type typeNameT struct{ Of Type }

func (t *typeNameT) String() string { return "type" }

func init() {
	// Every built-in exception class is a builtin name, so a fragment's
	// free-name pass never declares OSError as a variable of its own.
	for name := range builtinExceptions {
		builtinNames[name] = true
	}
}
