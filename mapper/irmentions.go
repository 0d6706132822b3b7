package mapper

import (
	"reflect"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// irMentions reports whether the IR tree under node refers to the Go
// identifier name. Loops use it to drop a loop variable whose every read
// an idiom translated away (a thread name that Go's go statement does not
// keep), which Go would reject as declared and not used.
func irMentions(node any, name string) bool {
	found := false
	var visit func(v reflect.Value)
	visit = func(v reflect.Value) {
		if found {
			return
		}
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if v.IsNil() {
				return
			}
			if v.CanInterface() {
				if id, ok := v.Interface().(*ir.Ident); ok {
					found = id.Name == name
					return
				}
			}
			visit(v.Elem())
		case reflect.Struct:
			for i := range v.NumField() {
				visit(v.Field(i))
			}
		case reflect.Slice:
			for i := range v.Len() {
				visit(v.Index(i))
			}
		}
	}
	visit(reflect.ValueOf(node))
	return found
}
