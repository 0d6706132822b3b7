package mapper

import (
	"sort"
	"strconv"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// A snippet's free class whose objects are only used through methods
// (`latch = CountDownLatch(5); latch.count_down(); latch.wait()`) becomes a
// Go interface listing those methods, and the class a function variable
// returning it: the snippet then type-checks against whatever the rest of
// the tutorial defines. Only methods called as statements are supported;
// their parameters are the argument types of their first call.

// freeObjT is an object of a free class known by its methods.
type freeObjT struct {
	Name    string // the Python class name
	GoName  string
	methods map[string][]Type
}

func (t *freeObjT) String() string { return t.Name }

// newFreeObj makes the type of a free class's objects.
func (m *mapper) newFreeObj(class string) *freeObjT {
	t := &freeObjT{Name: class, GoName: m.names.claim(goTypeName(class)), methods: map[string][]Type{}}
	m.freeObjs = append(m.freeObjs, t)
	return t
}

// freeMethodCall records a method call on a free object: NoneT, since only
// statement calls are translated.
func (t *freeObjT) call(name string, args []Type) Type {
	if _, seen := t.methods[name]; !seen {
		t.methods[name] = args
	}
	return NoneT
}

// freeObjDecls declares the interfaces.
func (m *mapper) freeObjDecls() []ir.Decl {
	var out []ir.Decl
	for _, t := range m.freeObjs {
		names := make([]string, 0, len(t.methods))
		for name := range t.methods {
			names = append(names, name)
		}
		sort.Strings(names)
		iface := &ir.Interface{}
		for _, name := range names {
			ft := &ir.FuncType{}
			for i, a := range t.methods[name] {
				ft.Params = append(ft.Params, ir.Param{Name: "arg" + strconv.Itoa(i+1), Type: m.goType(a)})
			}
			iface.Methods = append(iface.Methods, ir.Method{Name: goFieldName(name), Type: ft})
		}
		out = append(out, &ir.TypeDecl{
			Doc:  t.GoName + " is the class " + t.Name + " defined elsewhere in the tutorial, as far as this snippet uses it.",
			Name: t.GoName,
			Type: iface,
		})
	}
	return out
}
