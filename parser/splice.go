package parser

import (
	"reflect"
	"sort"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// splicer puts the nodes that the rewrite hid from gpython back into the
// tree: JoinedStr for f-string groups, AnnAssign for annotated statements,
// and moves except handlers to their keyword.
type splicer struct {
	p     *prepared
	diags []rawDiag
}

var (
	exprIface = reflect.TypeOf((*ast.Expr)(nil)).Elem()
	stmtIface = reflect.TypeOf((*ast.Stmt)(nil)).Elem()
	astPkg    = reflect.TypeOf(ast.Module{}).PkgPath()
	ownPkg    = reflect.TypeOf(JoinedStr{}).PkgPath()
)

func (sp *splicer) run(root ast.Ast) {
	if len(sp.p.fgroups) > 0 || len(sp.p.anns) > 0 {
		sp.walk(reflect.ValueOf(root))
	}
	if len(sp.p.excepts) > 0 {
		sp.fixHandlers(root)
	}
}

// walk visits every field of the AST below v, replacing marked nodes.
func (sp *splicer) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		if pkg := v.Type().Elem().PkgPath(); pkg != astPkg && pkg != ownPkg {
			return
		}
		sp.walk(v.Elem())
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			sp.field(v.Field(i))
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			sp.field(v.Index(i))
		}
	}
}

func (sp *splicer) field(f reflect.Value) {
	switch f.Kind() {
	case reflect.Interface:
		if f.IsNil() {
			return
		}
		if f.Type() == exprIface {
			if s, ok := f.Interface().(*ast.Str); ok {
				if js := sp.fstring(s); js != nil && f.CanSet() {
					f.Set(reflect.ValueOf(ast.Expr(js)))
				}
				return
			}
		}
		if f.Type() == stmtIface {
			if a := sp.annAssign(f.Interface().(ast.Stmt)); a != nil && f.CanSet() {
				f.Set(reflect.ValueOf(ast.Stmt(a)))
				sp.walk(reflect.ValueOf(a))
				return
			}
		}
		sp.walk(f.Elem())
	case reflect.Pointer, reflect.Slice, reflect.Struct:
		sp.walk(f)
	}
}

// fstring builds the JoinedStr for the group whose merged Str is s, or
// returns nil when s is not such a group.
func (sp *splicer) fstring(s *ast.Str) *JoinedStr {
	g, ok := sp.p.fgroups[posKey{s.Lineno, s.ColOffset}]
	if !ok {
		return nil
	}
	delete(sp.p.fgroups, posKey{s.Lineno, s.ColOffset})
	pos := s.Pos
	var parts []fpart
	for _, m := range g.members {
		bodyStart, bodyEnd := m.start+m.prefixLen+m.quoteLen, m.end-m.quoteLen
		raw := sp.p.isRaw(m)
		if !sp.p.isFString(m) {
			lit, err := (&fsplitter{text: sp.p.src, end: bodyEnd, raw: raw}).decode(bodyStart, bodyEnd)
			if err != nil {
				sp.errorAt(err)
				return nil
			}
			if lit != "" {
				parts = appendLiteral(parts, lit)
			}
			continue
		}
		mparts, err := splitFString(sp.p.src, bodyStart, bodyEnd, raw)
		if err != nil {
			sp.errorAt(err)
			return nil
		}
		for _, mp := range mparts {
			if mp.isField {
				parts = append(parts, mp)
			} else {
				parts = appendLiteral(parts, mp.literal)
			}
		}
	}
	values, ok := sp.values(parts, pos)
	if !ok {
		return nil
	}
	return &JoinedStr{ExprBase: ast.ExprBase{Pos: pos}, Values: values}
}

func (sp *splicer) errorAt(err *fstrError) {
	line, col := sp.p.li.at(err.off)
	sp.diags = append(sp.diags, rawDiag{line: line, col: col, msg: syntaxPrefix + err.msg})
}

// values turns split parts into Str and FormattedValue nodes, all at the
// group's position as in CPython 3.11.
func (sp *splicer) values(parts []fpart, pos ast.Pos) ([]ast.Expr, bool) {
	values := []ast.Expr{}
	for _, part := range parts {
		if !part.isField {
			values = append(values, &ast.Str{ExprBase: ast.ExprBase{Pos: pos}, S: py.String(part.literal)})
			continue
		}
		expr, diags := sp.p.parseSub(part.exprStart, part.exprEnd, true)
		if len(diags) > 0 {
			sp.diags = append(sp.diags, diags...)
			return nil, false
		}
		fv := &FormattedValue{ExprBase: ast.ExprBase{Pos: pos}, Value: expr, Conversion: part.conversion}
		if part.hasSpec {
			spec, ok := sp.values(part.spec, pos)
			if !ok {
				return nil, false
			}
			fv.FormatSpec = &JoinedStr{ExprBase: ast.ExprBase{Pos: pos}, Values: spec}
		}
		values = append(values, fv)
	}
	return values, true
}

// annAssign builds the AnnAssign for a statement whose annotation was
// blanked, or returns nil.
func (sp *splicer) annAssign(st ast.Stmt) *AnnAssign {
	if isNil(st) {
		return nil
	}
	key := posKey{st.GetLineno(), st.GetColOffset()}
	a, ok := sp.p.anns[key]
	if !ok {
		return nil
	}
	delete(sp.p.anns, key)
	out := &AnnAssign{}
	switch st := st.(type) {
	case *ast.Assign:
		if !a.hasValue || len(st.Targets) != 1 {
			sp.diags = append(sp.diags, rawDiag{line: key.line, col: key.col, msg: syntaxPrefix + "invalid syntax"})
			return nil
		}
		out.StmtBase, out.Target, out.Value = st.StmtBase, st.Targets[0], st.Value
	case *ast.ExprStmt:
		if a.hasValue {
			return nil
		}
		out.StmtBase, out.Target = st.StmtBase, st.Value
		if c, ok := out.Target.(ast.SetCtxer); ok {
			c.SetCtx(ast.Store)
		}
	default:
		return nil
	}
	_, out.Simple = out.Target.(*ast.Name)
	ann, diags := sp.p.parseSub(a.start, a.end, false)
	if len(diags) > 0 {
		sp.diags = append(sp.diags, diags...)
		return nil
	}
	out.Annotation = ann
	return out
}

// fixHandlers moves each except handler (which gpython puts at the end of
// the previous block) to the last `except` keyword before its body.
func (sp *splicer) fixHandlers(root ast.Ast) {
	ex := sp.p.excepts
	Inspect(root, func(n ast.Ast) bool {
		h, ok := n.(*ast.ExceptHandler)
		if !ok || len(h.Body) == 0 || isNil(h.Body[0]) {
			return true
		}
		b := posKey{h.Body[0].GetLineno(), h.Body[0].GetColOffset()}
		i := sort.Search(len(ex), func(i int) bool {
			return ex[i].line > b.line || ex[i].line == b.line && ex[i].col >= b.col
		})
		if i > 0 {
			setPos(h, ex[i-1].line, ex[i-1].col)
		}
		return true
	})
}
