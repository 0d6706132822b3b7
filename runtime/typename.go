package runtime

import "reflect"

// reflectTypeName names containers and class instances for TypeName.
func reflectTypeName(v any) string {
	t := reflect.TypeOf(v)
	switch t.Kind() {
	case reflect.Slice:
		return "list"
	case reflect.Map:
		return "dict"
	case reflect.Pointer:
		if t.Elem().Kind() == reflect.Struct {
			return t.Elem().Name()
		}
	}
	return t.Name()
}
