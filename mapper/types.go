package mapper

import (
	"strings"
)

// Type is the static type the mapper infers for a Python value. The lattice
// is small and closed: the basic types, containers, user functions and
// classes, the library objects py2goconc knows, and Any (a value of several
// unrelated types). Unknown is the bottom: no value seen yet.
type Type interface{ String() string }

type basicType struct{ name string }

func (b *basicType) String() string { return b.name }

// The basic types.
var (
	Unknown = &basicType{"unknown"}
	NoneT   = &basicType{"None"}
	BoolT   = &basicType{"bool"}
	IntT    = &basicType{"int"}
	FloatT  = &basicType{"float"}
	StrT    = &basicType{"str"}
	AnyT    = &basicType{"any"}
)

// ListT is list[Elem]. Tuple marks the variable-length tuple a parameter
// annotated tuple[Elem, ...] receives (vartuple.go): a pyrt.SeqTuple.
// Args marks the tuple of a *args parameter (varargs.go): a plain Go slice
// (the variadic parameter), printed and named as a tuple.
type ListT struct {
	Elem  Type
	Tuple bool
	Args  bool
}

// DictT is dict[Key, Val]. Order is the dict's order group (dictorder.go):
// dicts that flow together share one, and it decides between a Go map and
// the runtime's insertion-ordered Dict. A nil Order is a dict no source
// node made (an annotation): it stays a map unless it joins a group.
type DictT struct {
	Key, Val Type
	Order    *DictOrder
}

// SetT is set[Elem], or frozenset[Elem] when Frozen (frozenset.go).
type SetT struct {
	Elem   Type
	Frozen bool
}

// TupleT is a fixed-length tuple.
type TupleT struct{ Elems []Type }

// OptionalT is a value that is either None or Elem.
type OptionalT struct{ Elem Type }

// FuncT is a reference to a user-defined function or method; Alts are the
// other functions the value may be (funcsets.go).
type FuncT struct {
	Fn   *Function
	Alts []*Function
}

// ClassT is a user class object (calling it makes an instance).
type ClassT struct{ Class *Class }

// InstanceT is an instance of a user class.
type InstanceT struct{ Class *Class }

// ModuleT is an imported module.
type ModuleT struct{ Name string }

// LibFuncT is a library function or class, by its qualified Python name
// ("time.sleep", "threading.Thread").
type LibFuncT struct{ Name string }

// ThreadT is a threading.Thread object. Threads that flow together (appended
// to one list, assigned to one variable) share a Group, so a list of threads
// joined in a loop becomes one sync.WaitGroup.
type ThreadT struct{ Group *ThreadGroup }

// LockT is a threading.Lock.
type LockT struct{}

func (t *ListT) String() string {
	if t.Args {
		return "tuple[" + t.Elem.String() + ", ...]"
	}
	return "list[" + t.Elem.String() + "]"
}
func (t *DictT) String() string { return "dict[" + t.Key.String() + ", " + t.Val.String() + "]" }
func (t *SetT) String() string {
	if t.Frozen {
		return "frozenset[" + t.Elem.String() + "]"
	}
	return "set[" + t.Elem.String() + "]"
}
func (t *OptionalT) String() string { return t.Elem.String() + " | None" }
func (t *FuncT) String() string     { return "func " + t.Fn.Name }
func (t *ClassT) String() string    { return "class " + t.Class.Name }
func (t *InstanceT) String() string { return t.Class.Name }
func (t *ModuleT) String() string   { return "module " + t.Name }
func (t *LibFuncT) String() string  { return t.Name }
func (t *ThreadT) String() string   { return "Thread" }
func (t *LockT) String() string     { return "Lock" }
func (t *TupleT) String() string {
	parts := make([]string, len(t.Elems))
	for i, e := range t.Elems {
		parts[i] = e.String()
	}
	return "tuple[" + strings.Join(parts, ", ") + "]"
}

// join is the least upper bound of two types: what a variable holding both
// values must be. An int joined with a float is NumT (numtype.go): each
// value keeps its own type at run time.
func join(a, b Type) Type {
	if a == Unknown || a == nil {
		return b
	}
	if b == Unknown || b == nil || sameType(a, b) {
		return a
	}
	if t, ok := joinNumbers(a, b); ok {
		return t
	}
	if a == NoneT {
		return optional(b)
	}
	if b == NoneT {
		return optional(a)
	}
	switch x := a.(type) {
	case *OptionalT:
		if o, ok := b.(*OptionalT); ok {
			return optional(join(x.Elem, o.Elem))
		}
		return optional(join(x.Elem, b))
	case *ListT:
		if y, ok := b.(*ListT); ok {
			return &ListT{Elem: join(x.Elem, y.Elem), Tuple: x.Tuple && y.Tuple, Args: x.Args && y.Args}
		}
	case *SetT:
		if y, ok := b.(*SetT); ok {
			return &SetT{Elem: join(x.Elem, y.Elem), Frozen: x.Frozen && y.Frozen}
		}
	case *DictT:
		if y, ok := b.(*DictT); ok {
			return &DictT{Key: join(x.Key, y.Key), Val: join(x.Val, y.Val), Order: x.Order.union(y.Order)}
		}
	case *ExcClassT:
		if _, ok := b.(*ExcClassT); ok {
			return &ExcClassT{} // one of several: known at run time
		}
	case *FuncT:
		if y, ok := b.(*FuncT); ok {
			if t, ok := joinFuncs(x, y); ok {
				return t
			}
		}
	case *TupleT:
		if y, ok := b.(*TupleT); ok && len(x.Elems) == len(y.Elems) {
			elems := make([]Type, len(x.Elems))
			for i := range elems {
				elems[i] = join(x.Elems[i], y.Elems[i])
			}
			return &TupleT{Elems: elems}
		}
	case *iterT:
		if y, ok := b.(*iterT); ok && x.Kind == y.Kind {
			return &iterT{Kind: x.Kind, Elem: join(x.Elem, y.Elem)}
		}
	case *ThreadT:
		if y, ok := b.(*ThreadT); ok {
			x.Group.union(y.Group)
			return x
		}
	case *ObjT:
		if y, ok := b.(*ObjT); ok && x.Class == y.Class {
			return &ObjT{Class: x.Class, Elem: join(orUnknown(x.Elem), orUnknown(y.Elem))}
		}
	case *InstanceT:
		if y, ok := b.(*InstanceT); ok {
			if c := commonBase(x.Class, y.Class); c != nil {
				return &InstanceT{Class: c}
			}
		}
	}
	if _, ok := b.(*OptionalT); ok {
		return join(b, a)
	}
	if t := joinStreams(a, b); t != nil {
		return t
	}
	return AnyT
}

func optional(t Type) Type {
	switch t.(type) {
	case *OptionalT:
		return t
	}
	if t == NoneT || t == Unknown {
		return NoneT
	}
	return &OptionalT{Elem: t}
}

// sameType reports structural equality.
func sameType(a, b Type) bool {
	if a == b {
		return true
	}
	switch x := a.(type) {
	case *ListT:
		y, ok := b.(*ListT)
		return ok && x.Args == y.Args && sameType(x.Elem, y.Elem)
	case *SetT:
		y, ok := b.(*SetT)
		return ok && sameType(x.Elem, y.Elem) && x.Frozen == y.Frozen
	case *DictT:
		y, ok := b.(*DictT)
		return ok && sameType(x.Key, y.Key) && sameType(x.Val, y.Val) && x.Order.find() == y.Order.find()
	case *OptionalT:
		y, ok := b.(*OptionalT)
		return ok && sameType(x.Elem, y.Elem)
	case *TupleT:
		y, ok := b.(*TupleT)
		if !ok || len(x.Elems) != len(y.Elems) {
			return false
		}
		for i := range x.Elems {
			if !sameType(x.Elems[i], y.Elems[i]) {
				return false
			}
		}
		return true
	case *FuncT:
		y, ok := b.(*FuncT)
		return ok && sameFuncs(x, y)
	case *ClassT:
		y, ok := b.(*ClassT)
		return ok && x.Class == y.Class
	case *InstanceT:
		y, ok := b.(*InstanceT)
		return ok && x.Class == y.Class
	case *ModuleT:
		y, ok := b.(*ModuleT)
		return ok && x.Name == y.Name
	case *LibFuncT:
		y, ok := b.(*LibFuncT)
		return ok && x.Name == y.Name
	case *ThreadT:
		y, ok := b.(*ThreadT)
		return ok && x.Group.find() == y.Group.find()
	case *LockT:
		_, ok := b.(*LockT)
		return ok
	case *ExcT:
		_, ok := b.(*ExcT)
		return ok
	case *LocalT:
		y, ok := b.(*LocalT)
		return ok && x.Info == y.Info
	case *VarTupleT:
		_, ok := b.(*VarTupleT)
		return ok
	case *typeNameT:
		y, ok := b.(*typeNameT)
		return ok && sameType(x.Of, y.Of)
	case *ExcClassT:
		y, ok := b.(*ExcClassT)
		return ok && x.Name == y.Name
	case *ObjT:
		y, ok := b.(*ObjT)
		return ok && x.Class == y.Class && sameType(orUnknown(x.Elem), orUnknown(y.Elem))
	case *iterT:
		y, ok := b.(*iterT)
		return ok && x.Kind == y.Kind && sameType(x.Elem, y.Elem)
	}
	return false
}

func commonBase(a, b *Class) *Class {
	for x := a; x != nil; x = x.Base {
		for y := b; y != nil; y = y.Base {
			if x == y {
				return x
			}
		}
	}
	return nil
}

func isNumeric(t Type) bool { return t == IntT || t == FloatT || t == BoolT }

func orUnknown(t Type) Type {
	if t == nil {
		return Unknown
	}
	return t
}
