package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-python/gpython/ast"
)

// TestInspectSourceOrder checks that every node's children come in source
// order, on all golden inputs and testdata files.
func TestInspectSourceOrder(t *testing.T) {
	for name, src := range testInputs(t) {
		f, ds := Parse(name, src)
		if ds.HasErrors() {
			continue
		}
		Inspect(f.Module, func(n ast.Ast) bool {
			if _, ok := n.(*JoinedStr); ok {
				return true // constants and fields share the string's position
			}
			prevLine, prevCol := 0, 0
			for _, c := range children(n) {
				switch c.(type) {
				case *ast.Arguments, *ast.Index, *ast.Slice, *ast.ExtSlice, *ast.Alias, *ast.WithItem, *JoinedStr:
					continue // no own position, or the string group's
				}
				l, col := c.GetLineno(), c.GetColOffset()
				if l < prevLine || l == prevLine && col < prevCol {
					t.Errorf("%s: children of %T out of order: %d:%d after %d:%d", name, n, l, col, prevLine, prevCol)
				}
				prevLine, prevCol = l, col
			}
			return true
		})
	}
}

func TestInspectPrune(t *testing.T) {
	f, ds := Parse("t.py", []byte("def f():\n    x = f'{a}'\ny = 1\n"))
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	var seen []string
	Inspect(f.Module, func(n ast.Ast) bool {
		seen = append(seen, fmt.Sprintf("%T", n))
		_, isDef := n.(*ast.FunctionDef)
		return !isDef
	})
	want := "[*ast.Module *ast.FunctionDef *ast.Assign *ast.Name *ast.Num]"
	if got := fmt.Sprint(seen); got != want {
		t.Errorf("visited %s, want %s", got, want)
	}
}

// TestInspectEveryNodeType walks and dumps an empty value of every node
// type, with all children nil, and typed nil pointers.
func TestInspectEveryNodeType(t *testing.T) {
	nodes := []ast.Ast{
		&ast.Module{}, &ast.Interactive{}, &ast.Expression{}, &ast.Suite{},
		&ast.FunctionDef{}, &ast.ClassDef{}, &ast.Return{}, &ast.Delete{}, &ast.Assign{}, &ast.AugAssign{},
		&ast.For{}, &ast.While{}, &ast.If{}, &ast.With{}, &ast.Raise{}, &ast.Try{}, &ast.Assert{},
		&ast.Import{}, &ast.ImportFrom{}, &ast.Global{}, &ast.Nonlocal{}, &ast.ExprStmt{}, &ast.Pass{},
		&ast.Break{}, &ast.Continue{}, &ast.BoolOp{}, &ast.BinOp{}, &ast.UnaryOp{}, &ast.Lambda{},
		&ast.IfExp{}, &ast.Dict{Keys: []ast.Expr{nil}}, &ast.Set{}, &ast.ListComp{}, &ast.SetComp{}, &ast.DictComp{},
		&ast.GeneratorExp{Generators: []ast.Comprehension{{}}}, &ast.Yield{}, &ast.YieldFrom{}, &ast.Compare{},
		&ast.Call{}, &ast.Num{}, &ast.Str{}, &ast.Bytes{}, &ast.NameConstant{}, &ast.Ellipsis{},
		&ast.Attribute{}, &ast.Subscript{}, &ast.Starred{}, &ast.Name{}, &ast.List{}, &ast.Tuple{},
		&ast.Slice{}, &ast.ExtSlice{Dims: []ast.Slicer{nil}}, &ast.Index{}, &ast.ExceptHandler{},
		&ast.Arguments{Args: []*ast.Arg{nil}, Defaults: []ast.Expr{nil, nil}, KwDefaults: []ast.Expr{nil}},
		&ast.Arg{}, &ast.Keyword{}, &ast.Alias{}, &ast.WithItem{},
		&JoinedStr{Values: []ast.Expr{nil}}, &FormattedValue{}, &AnnAssign{},
		(*ast.Name)(nil), (*ast.Call)(nil), (*JoinedStr)(nil), (*AnnAssign)(nil), nil,
	}
	for _, n := range nodes {
		count := 0
		Inspect(n, func(ast.Ast) bool { count++; return true })
		if !isNil(n) && count != 1 {
			t.Errorf("%T: visited %d nodes, want 1 (no children)", n, count)
		}
		if d := Dump(n); d == "" {
			t.Errorf("%T: empty dump", n)
		}
	}
}

// testInputs returns every test source: golden and error cases and the
// files in testdata.
func testInputs(t testing.TB) map[string][]byte {
	in := map[string][]byte{}
	for _, c := range allGoldenCases() {
		in[c.name] = []byte(c.src)
	}
	for _, c := range errorCases {
		in["error-"+c.name] = []byte(c.src)
	}
	files, err := filepath.Glob(filepath.Join("testdata", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		in[p] = b
	}
	return in
}
