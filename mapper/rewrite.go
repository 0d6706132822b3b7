package mapper

import (
	"reflect"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/parser"
)

// A copy-on-write rewriter of gpython's AST (and the parser's extra nodes),
// for the desugaring passes that run before name resolution (unroll.go,
// decorate.go). The parser's tree is never mutated: a node whose children
// change is copied, the others are shared. Copies keep their positions, so
// diagnostics point at the source as written.
type rewriter struct {
	// node may replace a node after its children are rewritten; it
	// reports whether it did.
	node func(n any) (any, bool)
	// stmts may replace a statement list after its statements are
	// rewritten.
	stmts func(body []ast.Stmt) ([]ast.Stmt, bool)
	// copyAll copies every node, making a tree no other code shares.
	copyAll bool
}

var (
	stmtListType = reflect.TypeOf([]ast.Stmt(nil))
	astPkg       = reflect.TypeOf(ast.Module{}).PkgPath()
	parserPkg    = reflect.TypeOf(parser.File{}).PkgPath()
)

// isTreeNode reports whether v points to a syntax tree node: a struct of
// gpython's ast package or of the parser's extra nodes.
func isTreeNode(v reflect.Value) bool {
	if v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return false
	}
	pkg := v.Elem().Type().PkgPath()
	return (pkg == astPkg || pkg == parserPkg) && v.Elem().Type() != reflect.TypeOf(parser.File{})
}

// rewriteModule returns mod rewritten, or mod itself when nothing changed.
func (w *rewriter) rewriteModule(mod *ast.Module) *ast.Module {
	v, changed := w.value(reflect.ValueOf(mod))
	if !changed {
		return mod
	}
	return v.Interface().(*ast.Module)
}

// expr returns a rewritten copy of e (every node copied when copyAll).
func (w *rewriter) expr(e ast.Expr) ast.Expr {
	v, changed := w.value(reflect.ValueOf(&e).Elem())
	if !changed {
		return e
	}
	return v.Interface().(ast.Expr)
}

// block returns a rewritten statement list.
func (w *rewriter) block(body []ast.Stmt) []ast.Stmt {
	v, changed := w.value(reflect.ValueOf(body))
	if !changed {
		return body
	}
	return v.Interface().([]ast.Stmt)
}

func (w *rewriter) value(v reflect.Value) (reflect.Value, bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if !isTreeNode(v) {
			return v, false
		}
		nv, changed := w.structValue(v.Elem())
		out := v
		if changed || w.copyAll {
			p := reflect.New(v.Elem().Type())
			p.Elem().Set(nv)
			out, changed = p, true
		}
		if w.node != nil {
			if r, ok := w.node(out.Interface()); ok {
				return reflect.ValueOf(r), true
			}
		}
		return out, changed
	case reflect.Interface:
		if v.IsNil() {
			return v, false
		}
		inner, changed := w.value(v.Elem())
		if !changed {
			return v, false
		}
		out := reflect.New(v.Type()).Elem()
		out.Set(inner)
		return out, true
	case reflect.Slice:
		return w.sliceValue(v)
	case reflect.Struct:
		nv, changed := w.structValue(v)
		return nv, changed
	}
	return v, false
}

func (w *rewriter) sliceValue(v reflect.Value) (reflect.Value, bool) {
	if v.IsNil() {
		return v, false
	}
	var out reflect.Value
	for i := range v.Len() {
		nv, changed := w.value(v.Index(i))
		if changed && !out.IsValid() {
			out = reflect.MakeSlice(v.Type(), v.Len(), v.Len())
			reflect.Copy(out, v)
		}
		if changed && nv.Type().AssignableTo(v.Type().Elem()) {
			out.Index(i).Set(nv)
		}
	}
	changed := out.IsValid()
	if !changed {
		out = v
	}
	if v.Type() == stmtListType && w.stmts != nil {
		if r, ok := w.stmts(out.Interface().([]ast.Stmt)); ok {
			return reflect.ValueOf(r), true
		}
	}
	return out, changed
}

func (w *rewriter) structValue(v reflect.Value) (reflect.Value, bool) {
	var out reflect.Value
	for i := range v.NumField() {
		if !v.Type().Field(i).IsExported() {
			continue
		}
		nf, changed := w.value(v.Field(i))
		if !changed || !nf.Type().AssignableTo(v.Field(i).Type()) {
			continue
		}
		if !out.IsValid() {
			out = reflect.New(v.Type()).Elem()
			out.Set(v)
		}
		out.Field(i).Set(nf)
	}
	if !out.IsValid() {
		return v, false
	}
	return out, true
}

// eachNode calls f for every node under root, parents first.
func eachNode(root any, f func(any)) {
	var visit func(v reflect.Value)
	visit = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !isTreeNode(v) {
				return
			}
			f(v.Interface())
			visit(v.Elem())
		case reflect.Interface:
			if !v.IsNil() {
				visit(v.Elem())
			}
		case reflect.Slice:
			for i := range v.Len() {
				visit(v.Index(i))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					visit(v.Field(i))
				}
			}
		}
	}
	visit(reflect.ValueOf(root))
}
