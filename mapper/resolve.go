package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/parser"
)

// resolver collects the names each scope binds, following Python's rules: a
// name bound anywhere in a function body is local to it unless declared
// global or nonlocal; class bodies bind class variables; imports bind
// modules or members.
type resolver struct {
	m *mapper
}

func (r *resolver) module(mod *ast.Module) {
	r.block(r.m.module, mod.Body)
}

func (r *resolver) block(s *Scope, body []ast.Stmt) {
	for _, st := range body {
		r.stmt(s, st)
	}
}

func (r *resolver) stmt(s *Scope, st ast.Stmt) {
	switch n := st.(type) {
	case *ast.FunctionDef:
		r.funcDef(s, n, nil)
	case *ast.ClassDef:
		r.classDef(s, n)
	case *ast.Assign:
		for _, t := range n.Targets {
			r.target(s, t, n)
		}
	case *parser.AnnAssign:
		r.target(s, n.Target, n)
	case *ast.AugAssign:
		r.target(s, n.Target, n)
	case *ast.For:
		r.target(s, n.Target, n)
		r.block(s, n.Body)
		r.block(s, n.Orelse)
	case *ast.While:
		r.block(s, n.Body)
		r.block(s, n.Orelse)
	case *ast.If:
		r.block(s, n.Body)
		r.block(s, n.Orelse)
	case *ast.With:
		for _, it := range n.Items {
			if it.OptionalVars != nil {
				r.target(s, it.OptionalVars, n)
			}
		}
		r.block(s, n.Body)
	case *ast.Try:
		r.block(s, n.Body)
		for _, h := range n.Handlers {
			if h.Name != "" {
				r.bind(s, string(h.Name), VarSym, h).ExcVar = true
			}
			r.block(s, h.Body)
		}
		r.block(s, n.Orelse)
		r.block(s, n.Finalbody)
	case *ast.Import:
		for _, a := range n.Names {
			name := string(a.Name)
			bound := name
			if a.AsName != "" {
				bound = string(a.AsName)
			} else if i := indexByte(name, '.'); i >= 0 {
				bound = name[:i]
				name = name[:i]
			}
			r.bind(s, bound, ImportSym, n).Import = name
		}
	case *ast.ImportFrom:
		for _, a := range n.Names {
			bound := string(a.Name)
			if a.AsName != "" {
				bound = string(a.AsName)
			}
			r.bind(s, bound, ImportSym, n).Import = string(n.Module) + "." + string(a.Name)
		}
	case *ast.Global:
		for _, id := range n.Names {
			s.globals[string(id)] = true
		}
	case *ast.Nonlocal:
		for _, id := range n.Names {
			s.nonlocs[string(id)] = true
		}
	}
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// target binds the names an assignment target stores to.
func (r *resolver) target(s *Scope, t ast.Expr, def ast.Ast) {
	switch n := t.(type) {
	case *ast.Name:
		sym := r.bind(s, string(n.Id), VarSym, def)
		sym.Stores++
		if s == r.m.module {
			sym.ModuleStores++
		}
	case *ast.Tuple:
		for _, e := range n.Elts {
			r.target(s, e, def)
		}
	case *ast.List:
		for _, e := range n.Elts {
			r.target(s, e, def)
		}
	case *ast.Starred:
		r.target(s, n.Value, def)
	}
}

// bind returns the symbol for name in s, creating it. Names declared global
// bind in the module scope; nonlocal ones in the enclosing function.
func (r *resolver) bind(s *Scope, name string, kind SymKind, def ast.Ast) *Symbol {
	target := s
	if s.globals[name] {
		target = r.m.module
	} else if s.nonlocs[name] {
		for p := s.Parent; p != nil && p.Fn != nil; p = p.Parent {
			if p.Syms[name] != nil {
				target = p
				break
			}
		}
	}
	if sym := target.Syms[name]; sym != nil {
		return sym
	}
	sym := &Symbol{Name: name, Kind: kind, Scope: target, Type: Unknown, Def: def}
	target.Syms[name] = sym
	return sym
}

func (r *resolver) funcDef(s *Scope, d *ast.FunctionDef, cls *Class) *Function {
	fn := &Function{Name: string(d.Name), Def: d, Class: cls, Ret: Unknown, Nested: s.Fn != nil}
	fn.Scope = newScope(s, fn)
	if cls == nil {
		sym := r.bind(s, fn.Name, FuncSym, d)
		sym.Kind, sym.Fn = FuncSym, fn
	}
	r.params(fn, d.Args)
	// Globals must be known before the body binds names.
	r.collectDecls(fn.Scope, d.Body)
	r.block(fn.Scope, d.Body)
	r.m.funcs = append(r.m.funcs, fn)
	return fn
}

func (r *resolver) params(fn *Function, a *ast.Arguments) {
	if a == nil {
		return
	}
	nd := len(a.Defaults)
	for i, p := range a.Args {
		sym := r.bind(fn.Scope, string(p.Arg), ParamSym, p)
		sym.Kind = ParamSym
		fn.Params = append(fn.Params, sym)
		var def ast.Expr
		if j := i - (len(a.Args) - nd); j >= 0 {
			def = a.Defaults[j]
		}
		fn.Defaults = append(fn.Defaults, def)
	}
	r.starParams(fn, a)
}

// collectDecls records global/nonlocal declarations anywhere in a body
// before names are bound (Python applies them to the whole function).
func (r *resolver) collectDecls(s *Scope, body []ast.Stmt) {
	for _, st := range body {
		switch n := st.(type) {
		case *ast.Global:
			for _, id := range n.Names {
				s.globals[string(id)] = true
			}
		case *ast.Nonlocal:
			for _, id := range n.Names {
				s.nonlocs[string(id)] = true
			}
		case *ast.If:
			r.collectDecls(s, n.Body)
			r.collectDecls(s, n.Orelse)
		case *ast.For:
			r.collectDecls(s, n.Body)
		case *ast.While:
			r.collectDecls(s, n.Body)
		case *ast.With:
			r.collectDecls(s, n.Body)
		case *ast.Try:
			r.collectDecls(s, n.Body)
			for _, h := range n.Handlers {
				r.collectDecls(s, h.Body)
			}
			r.collectDecls(s, n.Finalbody)
		}
	}
}

func (r *resolver) classDef(s *Scope, d *ast.ClassDef) {
	cls := &Class{Name: string(d.Name), Def: d, Methods: map[string]*Function{}, fieldIx: map[string]*Field{}}
	for _, b := range d.Bases {
		if bn, ok := b.(*ast.Name); ok {
			if base := r.m.excBase(s, string(bn.Id)); base != nil {
				cls.Exc, cls.ExcBase = &ExcClassT{Name: cls.Name, Class: cls}, base
			}
		}
		if qualifiedName(r.m, s, b) == "threading.Thread" {
			cls.BaseLib = "threading.Thread"
		}
	}
	sym := r.bind(s, cls.Name, ClassSym, d)
	sym.Kind, sym.Class = ClassSym, cls
	r.m.classes = append(r.m.classes, cls)
	body := newScope(s, nil)
	body.class = true
	for _, st := range d.Body {
		switch n := st.(type) {
		case *ast.FunctionDef:
			m := r.funcDef(body, n, cls)
			if m.kind() != staticMethod && len(m.Params) == 0 {
				// Every later stage indexes self: stop here.
				panic(bailout{r.m.file.Errorf(n, "unsupported: method %s without self; add self, or make it a @staticmethod", m.Name)})
			}
			r.selfParam(m, cls)
			cls.Methods[m.Name] = m
			cls.Order = append(cls.Order, m)
		case *ast.Assign:
			for _, t := range n.Targets {
				if nm, ok := t.(*ast.Name); ok {
					v := r.bind(body, string(nm.Id), VarSym, n)
					cls.ClassVars = append(cls.ClassVars, v)
				}
			}
		case *parser.AnnAssign:
			if nm, ok := n.Target.(*ast.Name); ok {
				v := r.bind(body, string(nm.Id), VarSym, n)
				cls.ClassVars = append(cls.ClassVars, v)
			}
		}
	}
}

// lookup finds the symbol a name refers to from scope s, following Python's
// LEGB rule; class scopes are skipped for names used inside methods.
func (m *mapper) lookup(s *Scope, name string) *Symbol {
	if s.globals[name] {
		sym := m.module.Syms[name]
		if sym != nil && sym.Kind == VarSym {
			sym.Global = true
		}
		return sym
	}
	for sc := s; sc != nil; sc = sc.Parent {
		if sc.class && sc != s {
			continue // methods do not see class variables by bare name
		}
		if sym := sc.Syms[name]; sym != nil {
			if sc == m.module && s.Fn != nil && sym.Kind == VarSym {
				sym.Global = true
			}
			return sym
		}
	}
	return nil
}

// qualifiedName returns the library name an expression refers to
// ("threading.Thread" for Thread after `from threading import Thread`, or
// for threading.Thread), or "".
func qualifiedName(m *mapper, s *Scope, e ast.Expr) string {
	switch n := e.(type) {
	case *ast.Name:
		if sym := m.lookup(s, string(n.Id)); sym != nil && sym.Kind == ImportSym {
			return sym.Import
		}
		if sym := m.lookup(s, string(n.Id)); sym == nil && threadingMembers[string(n.Id)] != "" {
			return threadingMembers[string(n.Id)] + "." + string(n.Id)
		}
	case *ast.Attribute:
		if base := qualifiedName(m, s, n.Value); base != "" {
			return base + "." + string(n.Attr)
		}
	}
	return ""
}
