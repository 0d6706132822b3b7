package mapper

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// translate writes the IR for the whole file: class types and methods,
// package-level variables for module globals that functions use, one Go
// function per Python function, and main for the module-level code.
func (m *mapper) translate() *ir.File {
	out := &ir.File{Package: "main", Source: filepath.Base(m.file.Name)}
	m.assignNames()
	m.nameLocals()
	out.Decls = append(out.Decls, m.localDecls()...)
	m.nameClassMembers()
	for _, c := range m.classes {
		out.Decls = append(out.Decls, m.classDecls(c)...)
	}
	out.Decls = append(out.Decls, m.freeDecls()...)
	for _, sym := range m.globalsInOrder() {
		if sym.Free {
			continue
		}
		out.Decls = append(out.Decls, m.globalDecl(sym))
	}
	out.Decls = append(out.Decls, m.taskWaitGroupDecls()...)
	for _, g := range m.rootGroups() {
		if g.Global && (!g.Daemon || g.Joined) && !g.Queried {
			out.Decls = append(out.Decls, &ir.VarDecl{Name: g.GoName, Type: waitGroupType})
		}
	}
	for _, fn := range m.funcs {
		if fn.Class != nil || fn.Nested {
			continue
		}
		out.Decls = append(out.Decls, m.decoratedFuncDecls(fn)...)
	}
	out.Decls = append(out.Decls, m.mainDecls()...)
	if shared := m.sharedDecls(); len(shared) > 0 {
		// After the functions that needed them were written, before them
		// in the file.
		var head, tail []ir.Decl
		for _, d := range out.Decls {
			if _, ok := d.(*ir.FuncDecl); ok {
				tail = append(tail, d)
			} else {
				head = append(head, d)
			}
		}
		out.Decls = append(append(head, shared...), tail...)
	}
	return out
}

// mainDecls writes func main. When the program can raise exceptions or
// uses runtime threads, the module code becomes func run and main is
// pyrt.Main(run), which reports an uncaught exception as CPython does (exit
// status 1) and waits for non-daemon threads before the program ends.
func (m *mapper) mainDecls() []ir.Decl {
	d := m.mainDecl()
	if !m.needsRuntimeMain() {
		return []ir.Decl{d}
	}
	d.Name = m.names.claim("run")
	d.Doc = d.Name + " is the module-level code of " + filepath.Base(m.file.Name) + "."
	main := &ir.FuncDecl{Name: "main", Body: (&ir.Block{}).Add(&ir.ExprStmt{X: ir.CallOf(ir.Q(ir.Runtime, "Main"), ir.Id(d.Name))})}
	return []ir.Decl{main, d}
}

func (m *mapper) needsRuntimeMain() bool {
	for _, g := range m.rootGroups() {
		if g.Queried {
			return true
		}
	}
	found := false
	var visit func([]ast.Stmt)
	visit = func(body []ast.Stmt) {
		for _, st := range body {
			switch n := st.(type) {
			case *ast.Raise, *ast.Try:
				found = true
			case *ast.FunctionDef:
				visit(n.Body)
			case *ast.ClassDef:
				visit(n.Body)
			}
			for _, b := range childBlocks(st) {
				visit(b)
			}
		}
	}
	visit(m.file.Module.Body)
	return found || m.usesRuntimeThreads || m.raises
}

var waitGroupType = &ir.Named{Pkg: "sync", Name: "WaitGroup"}

// assignNames gives every package-level name its Go spelling, so that
// temporaries made later cannot collide with them.
func (m *mapper) assignNames() {
	for _, c := range m.classes {
		c.GoName = m.names.claim(goTypeName(c.Name))
	}
	m.nameExcClasses()
	for _, fn := range m.funcs {
		if fn.Class == nil && !fn.Nested {
			fn.GoName = m.names.claim(goIdent(fn.Name))
		}
	}
	for _, fn := range m.external {
		fn.GoName = m.names.claim(goIdent(fn.Name))
	}
	for _, sym := range m.globalsInOrder() {
		sym.GoName = m.names.claim(goIdent(sym.Name))
	}
	groups := m.rootGroups()
	for _, g := range groups {
		if (g.Daemon && !g.Joined) || g.Queried {
			continue
		}
		base := "wg"
		if len(groups) > 1 && g.Name != "" {
			base = goIdent(g.Name) + "WG"
		}
		g.GoName = m.names.claim(base)
	}
}

// rootGroups lists the distinct thread groups after merging.
func (m *mapper) rootGroups() []*ThreadGroup {
	seen := map[*ThreadGroup]bool{}
	var out []*ThreadGroup
	for _, g := range m.groups {
		r := g.find()
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}

// globalsInOrder returns module variables used by functions, in the order
// the module first binds them.
func (m *mapper) globalsInOrder() []*Symbol {
	var out []*Symbol
	seen := map[*Symbol]bool{}
	var visit func([]ast.Stmt)
	visit = func(body []ast.Stmt) {
		for _, st := range body {
			stmtExprs(st, func(e ast.Expr) {
				walkExpr(e, func(x ast.Expr) {
					if n, ok := x.(*ast.Name); ok && n.Ctx == ast.Store {
						if sym := m.module.Syms[string(n.Id)]; sym != nil && sym.Global && sym.Kind == VarSym && !seen[sym] {
							seen[sym] = true
							out = append(out, sym)
						}
					}
				})
			})
			for _, b := range childBlocks(st) {
				visit(b)
			}
		}
	}
	visit(m.file.Module.Body)
	// Globals first bound inside functions (global x; x = ...).
	for _, name := range sortedKeys(m.module.Syms) {
		sym := m.module.Syms[name]
		if sym.Global && sym.Kind == VarSym && !seen[sym] {
			seen[sym] = true
			out = append(out, sym)
		}
	}
	return out
}

func (m *mapper) globalDecl(sym *Symbol) ir.Decl {
	d := &ir.VarDecl{Name: sym.GoName, Doc: m.queueDoc(sym)}
	if _, ok := sym.Type.(*LockT); ok && !m.runtimeLocks {
		d.Type = &ir.Named{Pkg: "sync", Name: "Mutex"}
		sym.Declared = true
		return d
	}
	d.Type = m.goType(sym.Type)
	if st, val := m.initOnce(sym); st != nil {
		// `counter = 0` at module level, never rebound there: the Go
		// package-level declaration carries the value.
		c := m.newFnCtx(m.module, nil, nil)
		d.Value = c.exprAs(val, sym.Type)
		if _, isLit := val.(*ast.Num); isLit && (sym.Type == IntT || sym.Type == FloatT) {
			d.Type = nil
		}
		if _, isStr := val.(*ast.Str); isStr && sym.Type == StrT {
			d.Type = nil
		}
		m.skip[st] = true
	}
	return d
}

// initOnce finds the single top-level module statement that binds sym to a
// constant, if that is the only module-level binding.
func (m *mapper) initOnce(sym *Symbol) (ast.Stmt, ast.Expr) {
	var found ast.Stmt
	var val ast.Expr
	count := 0
	for _, st := range m.mainBody(m.file.Module.Body) {
		as, ok := st.(*ast.Assign)
		if !ok || len(as.Targets) != 1 {
			continue
		}
		if n, ok := as.Targets[0].(*ast.Name); ok && string(n.Id) == sym.Name {
			count++
			found, val = st, as.Value
		}
	}
	if count != 1 || sym.ModuleStores != 1 {
		return nil, nil
	}
	switch v := val.(type) {
	case *ast.Num, *ast.Str:
		return found, val
	case *ast.NameConstant:
		if v.Value != py.None {
			return found, val
		}
	}
	return nil, nil
}

// mainDecl turns the module-level statements into func main, with the body
// of `if __name__ == "__main__":` inlined.
func (m *mapper) mainDecl() *ir.FuncDecl {
	body := m.mainBody(m.file.Module.Body)
	c := m.newFnCtx(m.module, nil, body)
	b := m.localGroups(nil)
	// An exception ending main must still wait: the waits are deferred.
	deferWaits := m.bodyMayRaise(body)
	var waits []*ir.Call
	for _, g := range m.rootGroups() {
		// Python waits for every non-daemon thread before the program
		// ends, joined or not.
		if !g.Daemon && !g.Joined && !g.Queried {
			waits = append(waits, ir.CallOf(ir.Sel(ir.Id(g.GoName), "Wait")))
		}
	}
	if deferWaits {
		for i := len(waits) - 1; i >= 0; i-- {
			b.Add(&ir.Defer{Call: waits[i]})
		}
	}
	b.Stmts = append(b.Stmts, c.finish(c.block(body)).Stmts...)
	if !deferWaits {
		for _, w := range waits {
			b.Add(&ir.ExprStmt{X: w})
		}
	}
	return &ir.FuncDecl{Name: "main", Body: b}
}

func (m *mapper) mainBody(body []ast.Stmt) []ast.Stmt {
	var out []ast.Stmt
	for _, st := range body {
		switch n := st.(type) {
		case *ast.FunctionDef, *ast.ClassDef, *ast.Import, *ast.ImportFrom:
			continue
		case *ast.If:
			if isMainGuard(n.Test) && len(n.Orelse) == 0 {
				out = append(out, m.mainBody(n.Body)...)
				continue
			}
		}
		out = append(out, st)
	}
	return out
}

func isMainGuard(e ast.Expr) bool {
	c, ok := e.(*ast.Compare)
	if !ok || len(c.Comparators) != 1 || c.Ops[0] != ast.Eq {
		return false
	}
	name, ok1 := c.Left.(*ast.Name)
	s, ok2 := c.Comparators[0].(*ast.Str)
	if !ok1 || !ok2 {
		name, ok1 = c.Comparators[0].(*ast.Name)
		s, ok2 = c.Left.(*ast.Str)
	}
	return ok1 && ok2 && string(name.Id) == "__name__" && string(s.S) == "__main__"
}

func (m *mapper) funcDecl(fn *Function) *ir.FuncDecl {
	c := m.newFnCtx(fn.Scope, fn, fn.Def.Body)
	c.bindParams(fn)
	ft := m.funcType(fn)
	body := m.localGroups(fn)
	body.Stmts = append(body.Stmts, m.childCopyStmts(fn)...)
	body.Stmts = append(body.Stmts, c.finish(c.block(fn.Def.Body)).Stmts...)
	return &ir.FuncDecl{
		Doc:      docComment(fn.GoName, fn.Def.Body),
		Name:     fn.GoName,
		Params:   ft.Params,
		Variadic: ft.Variadic,
		Results:  ft.Results,
		Body:     body,
	}
}

// localGroups declares the WaitGroups of the thread groups used only in fn
// (nil: main).
func (m *mapper) localGroups(fn *Function) *ir.Block {
	b := &ir.Block{}
	for _, g := range m.rootGroups() {
		if !g.Global && (!g.Daemon || g.Joined) && !g.Queried && g.fns[fn] {
			b.Add(&ir.VarStmt{Name: g.GoName, Type: waitGroupType})
		}
	}
	return b
}

// docComment turns a Python docstring into a Go doc comment.
func docComment(goName string, body []ast.Stmt) string {
	if len(body) == 0 {
		return ""
	}
	es, ok := body[0].(*ast.ExprStmt)
	if !ok {
		return ""
	}
	s, ok := es.Value.(*ast.Str)
	if !ok {
		return ""
	}
	lines := strings.Split(strings.TrimSpace(string(s.S)), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	text := strings.Join(lines, "\n")
	if text == "" {
		return ""
	}
	return goName + ": " + commentSafe(text)
}

// commentSafe spells the characters Go source cannot hold in a comment
// (control characters, a byte-order mark, invalid UTF-8) as escapes.
func commentSafe(text string) string {
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(text, "\ufffd") {
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f || r == 0xfeff:
			fmt.Fprintf(&b, "\\x%02x", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func sortedKeys[V any](mp map[string]V) []string {
	keys := make([]string, 0, len(mp))
	for k := range mp {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

// freeDecls declares what a fragment uses without defining: function
// variables for the functions it calls, zero-valued variables for the rest.
func (m *mapper) freeDecls() []ir.Decl {
	out := m.freeObjDecls()
	for _, fn := range m.external {
		ft := m.funcType(fn)
		m.notef(m.module.Syms[fn.Name].Def, "%s is not defined in this file; declared as a function variable to assign", fn.Name)
		out = append(out, &ir.VarDecl{
			Doc:  fn.GoName + " is defined elsewhere in the tutorial; assign it before use.",
			Name: fn.GoName,
			Type: ft,
		})
	}
	for _, sym := range m.freeVars {
		d := m.globalDecl(sym)
		m.notef(sym.Def, "%s is not defined in this file; declared as a package-level %s", sym.Name, sym.Type)
		if vd, ok := d.(*ir.VarDecl); ok {
			vd.Doc = sym.GoName + " is defined elsewhere in the tutorial."
		}
		out = append(out, d)
	}
	return out
}
