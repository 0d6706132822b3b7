package parser

import (
	"reflect"
	"sort"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// splicer puts the nodes that the rewrite hid from gpython back into the
// tree (JoinedStr for f-string groups, AnnAssign for annotated statements)
// and, once positions are fixed, moves except handlers and elif branches to
// their keywords and rebuilds dotted decorator names.
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
	// gpython's grammar accepts a try without handlers, or with only else
	// and finally.
	Inspect(root, func(n ast.Ast) bool {
		if t, ok := n.(*ast.Try); ok && len(t.Handlers) == 0 && (len(t.Finalbody) == 0 || len(t.Orelse) > 0) {
			sp.diags = append(sp.diags, rawDiag{line: t.Lineno, col: t.ColOffset, msg: syntaxPrefix + "expected 'except' or 'finally' block"})
		}
		return true
	})
}

// fixKeywords moves except handlers and elif branches to their keywords. It
// runs after fixPositions, because it compares with positions of calls.
func (sp *splicer) fixKeywords(root ast.Ast) {
	if len(sp.p.excepts) > 0 {
		sp.fixHandlers(root)
	}
	if len(sp.p.elifs) > 0 {
		sp.fixElifs(root)
	}
	if len(sp.p.decorators) > 0 {
		sp.fixDecorators(root)
	}
}

// fixDecorators replaces gpython's one-Name dotted decorator (`@a.b` gives
// Name('a.b') at the '@') by CPython's Attribute chain at the name.
func (sp *splicer) fixDecorators(root ast.Ast) {
	Inspect(root, func(n ast.Ast) bool {
		var list []ast.Expr
		switch n := n.(type) {
		case *ast.FunctionDef:
			list = n.DecoratorList
		case *ast.ClassDef:
			list = n.DecoratorList
		default:
			return true
		}
		for i, d := range list {
			call, isCall := d.(*ast.Call)
			if isCall {
				d = call.Func
			}
			name, ok := d.(*ast.Name)
			if !ok {
				continue
			}
			toks, ok := sp.p.decorators[posOf(name)]
			if !ok || len(toks) == 0 {
				continue
			}
			chain := sp.dottedName(toks)
			if isCall {
				call.Func = chain
				setPos(call, chain.GetLineno(), chain.GetColOffset())
			} else {
				list[i] = chain
			}
		}
		return true
	})
}

// dottedName builds Name and Attribute nodes for a dotted name, all at the
// first name's position as in CPython.
func (sp *splicer) dottedName(toks []token) ast.Expr {
	start := sp.p.key(toks[0].start)
	pos := ast.Pos{Lineno: start.line, ColOffset: start.col}
	var e ast.Expr = &ast.Name{ExprBase: ast.ExprBase{Pos: pos}, Id: ast.Identifier(toks[0].text(sp.p.src)), Ctx: ast.Load}
	for _, t := range toks[1:] {
		e = &ast.Attribute{ExprBase: ast.ExprBase{Pos: pos}, Value: e, Attr: ast.Identifier(t.text(sp.p.src)), Ctx: ast.Load}
	}
	return e
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
		if st, ok := expr.(*ast.Starred); ok {
			sp.diags = append(sp.diags, rawDiag{line: st.Lineno, col: st.ColOffset, msg: syntaxPrefix + "f-string: cannot use starred expression here"})
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
		if k, ok := lastBefore(ex, posOf(h.Body[0])); ok {
			setPos(h, k.line, k.col)
		}
		return true
	})
}

// fixElifs moves the If of an `elif` (which gpython puts at the end of the
// previous block) to its keyword: the last `elif` before its test that comes
// after everything in the enclosing If's body. An `else:` block holding an
// `if` has no such keyword and keeps its position.
func (sp *splicer) fixElifs(root ast.Ast) {
	Inspect(root, func(n ast.Ast) bool {
		parent, ok := n.(*ast.If)
		if !ok || len(parent.Orelse) != 1 || len(parent.Body) == 0 {
			return true
		}
		child, ok := parent.Orelse[0].(*ast.If)
		if !ok || isNil(child.Test) {
			return true
		}
		k, ok := lastBefore(sp.p.elifs, posOf(child.Test))
		if ok && less(maxPos(parent.Body[len(parent.Body)-1]), k) {
			setPos(child, k.line, k.col)
		}
		return true
	})
}

func posOf(n ast.Ast) posKey { return posKey{n.GetLineno(), n.GetColOffset()} }

func less(a, b posKey) bool { return a.line < b.line || a.line == b.line && a.col < b.col }

// lastBefore returns the last key in sorted keys that is before p.
func lastBefore(keys []posKey, p posKey) (posKey, bool) {
	i := sort.Search(len(keys), func(i int) bool { return !less(keys[i], p) })
	if i == 0 {
		return posKey{}, false
	}
	return keys[i-1], true
}

// maxPos is the largest position in the tree below n.
func maxPos(n ast.Ast) posKey {
	var m posKey
	Inspect(n, func(c ast.Ast) bool {
		if p := posOf(c); less(m, p) {
			m = p
		}
		return true
	})
	return m
}
